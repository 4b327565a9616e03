package org.minzheng.funeral.burial;

/**
 * The kinds of land-saving ecological burial (节地生态安葬) in 《关于推行节地生态安葬的指导意见》
 * (民发〔2016〕21号), plus {@link #CONVENTIONAL} for burial that is none of them.
 */
public enum BurialCategory {
    /** 立体安葬: multi-storey or wall storage of ashes in buildings, corridors, halls, towers or walls (楼、廊、堂、塔、墙). */
    VERTICAL_STORAGE(true),
    /** 节地型墓位: a grave smaller than the standard, without a hard vault, with a small or flat headstone. */
    LAND_SAVING_PLOT(true),
    /** 不保留骨灰: tree, flower and lawn burial in degradable containers, scattering at sea or on land, ash crystals. */
    ASHES_NOT_KEPT(true),
    /** 深埋不留坟头: in burial-reform (土葬改革) areas, deep burial without a mound. */
    DEEP_BURIAL_WITHOUT_MOUND(true),
    /** Not an ecological form: a conventional grave (传统墓位). */
    CONVENTIONAL(false);

    private final boolean ecological;

    BurialCategory(boolean ecological) {
        this.ecological = ecological;
    }

    /** @return true for the four kinds of 节地生态安葬 */
    public boolean ecological() {
        return ecological;
    }
}
