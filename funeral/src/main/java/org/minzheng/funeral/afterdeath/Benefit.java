package org.minzheng.funeral.afterdeath;

/** A regular payment the deceased (or the deceased's household) received that a death affects. */
public enum Benefit {
    /** 最低生活保障 (the deceased was a member of a dibao household). */
    DIBAO,
    /** 特困人员救助供养. */
    EXTREME_POVERTY_SUPPORT,
    /** 困难残疾人生活补贴. */
    DISABILITY_LIVING_ALLOWANCE,
    /** 重度残疾人护理补贴. */
    SEVERE_DISABILITY_CARE_ALLOWANCE,
    /** 高龄津贴. */
    OLD_AGE_ALLOWANCE
}
