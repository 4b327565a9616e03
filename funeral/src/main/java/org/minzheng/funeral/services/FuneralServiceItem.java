package org.minzheng.funeral.services;

import java.util.Locale;

/**
 * A basic funeral service item (基本殡葬服务项目). Which items are free, for whom and from when
 * is regional policy data ({@code basic-funeral.free.<item>}).
 *
 * <p>Known lists: Hangzhou's city districts, from 2023-08-01, six items for people with a
 * Zhejiang hukou (all six below); 88 Zhejiang counties by 2014, four items for all residents
 * (transport, storage, cremation, ash storage; a historical fact, not tied to named counties in
 * the source). Huzhou's list: NOT FOUND.
 */
public enum FuneralServiceItem {
    /** 遗体接运. */
    BODY_TRANSPORT,
    /** 遗体存放（冷藏）. */
    BODY_STORAGE,
    /** 遗体火化. */
    CREMATION,
    /** 骨灰寄存. */
    ASH_STORAGE,
    /** 守灵或告别厅 (vigil or farewell room). */
    FAREWELL_ROOM,
    /** 骨灰盒. */
    URN;

    /** @return the lower-case hyphenated form used in parameter keys, such as {@code body-transport} */
    public String keyName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
