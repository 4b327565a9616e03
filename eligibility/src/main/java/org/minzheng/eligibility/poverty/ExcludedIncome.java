package org.minzheng.eligibility.poverty;

/**
 * Kinds of income not counted for 特困 status (特困人员认定办法 Art. 6, second paragraph). The
 * article fixes the list nationally and without a time limit, so it is code, not a parameter.
 */
public enum ExcludedIncome {
    /** 中央确定的城乡居民基本养老保险基础养老金 (only the centrally set base pension; local top-ups count). */
    RESIDENT_BASIC_PENSION_BASE,
    /** 基本医疗保险等社会保险 (payments of basic medical insurance and other social insurance). */
    SOCIAL_INSURANCE,
    /** 优待抚恤金 (preferential-care and pension payments). */
    PREFERENTIAL_CARE,
    /** 高龄津贴 (old-age allowance). */
    OLD_AGE_ALLOWANCE
}
