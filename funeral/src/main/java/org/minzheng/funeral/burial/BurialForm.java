package org.minzheng.funeral.burial;

import java.util.Locale;

/**
 * A form of burial (安葬方式), with its kind under 民发〔2016〕21号 and whether the ashes are
 * kept at a place the family can visit.
 *
 * <p>The mapping of each form to a kind follows the 2016 guiding opinion as the Ministry of
 * Civil Affairs restated it in 2023 (REFERENCE.md §8): storage in halls, walls and towers is
 * 立体安葬; a small plot without a hard vault is 节地型墓位; tree, flower and lawn burial,
 * scattering at sea or on land and ash crystals are 不保留骨灰; deep burial without a mound is
 * the form for burial-reform areas. Bamboo-grove burial (竹林葬) is a Huzhou form (Huzhou Daily
 * 2023-04-05) that the 2016 text does not name; minzheng classes it with tree burial, as the
 * bureau presents it among the burials "without keeping the ashes". Ash crystals are listed by
 * the restated classification under 不保留骨灰 although the family keeps the crystal; this enum
 * follows the classification.
 */
public enum BurialForm {
    /** 骨灰堂（楼、廊）安放: a columbarium hall. */
    COLUMBARIUM_HALL(BurialCategory.VERTICAL_STORAGE, true),
    /** 壁葬: a wall niche. */
    WALL(BurialCategory.VERTICAL_STORAGE, true),
    /** 塔葬: a tower. */
    TOWER(BurialCategory.VERTICAL_STORAGE, true),
    /** 节地型墓位: a small plot, no hard vault, small or flat headstone. */
    SMALL_PLOT(BurialCategory.LAND_SAVING_PLOT, true),
    /** 树葬. */
    TREE(BurialCategory.ASHES_NOT_KEPT, false),
    /** 竹林葬 (Huzhou). Classed with tree burial; see the class comment. */
    BAMBOO_GROVE(BurialCategory.ASHES_NOT_KEPT, false),
    /** 花葬. */
    FLOWER(BurialCategory.ASHES_NOT_KEPT, false),
    /** 草坪葬. */
    LAWN(BurialCategory.ASHES_NOT_KEPT, false),
    /** 海葬（撒海）. */
    SEA_SCATTER(BurialCategory.ASHES_NOT_KEPT, false),
    /** 撒散 on land. */
    LAND_SCATTER(BurialCategory.ASHES_NOT_KEPT, false),
    /** 骨灰晶石. Listed under 不保留骨灰; see the class comment. */
    ASH_CRYSTAL(BurialCategory.ASHES_NOT_KEPT, false),
    /** 深埋不留坟头 (burial-reform areas; a body burial, so there are no ashes to keep). */
    DEEP_BURIAL_NO_MOUND(BurialCategory.DEEP_BURIAL_WITHOUT_MOUND, false),
    /** 传统墓位: a conventional grave. Not ecological. */
    TRADITIONAL_PLOT(BurialCategory.CONVENTIONAL, true);

    private final BurialCategory category;
    private final boolean keepsAshes;

    BurialForm(BurialCategory category, boolean keepsAshes) {
        this.category = category;
        this.keepsAshes = keepsAshes;
    }

    /** @return the kind under 民发〔2016〕21号 */
    public BurialCategory category() {
        return category;
    }

    /** @return true if the form counts as 节地生态安葬 under 民发〔2016〕21号 */
    public boolean isEcoBurial() {
        return category.ecological();
    }

    /** @return true if the ashes are kept at a place the family can visit (hall, wall, tower, plot) */
    public boolean keepsAshes() {
        return keepsAshes;
    }

    /** @return the lower-case hyphenated form used in parameter keys, such as {@code sea-scatter} */
    public String keyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
