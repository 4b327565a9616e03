package org.minzheng.funeral.afterdeath;

/**
 * Where the deceased lived, in the two categories of 户口登记条例 Art. 8 ("城市在葬前，农村在一个月以内"):
 * in a city the death is registered before the burial, in the countryside within one month.
 */
public enum Settlement {
    /** 城市. */
    URBAN,
    /** 农村. */
    RURAL
}
