package org.minzheng.eligibility.household;

/**
 * Kinds of income that are not counted (最低生活保障审核确认办法 Art. 13, second paragraph). Whether
 * a kind is exempt in a region on a date is a policy parameter ({@code income.exempt.*}), so that
 * dated items (the residents' basic pension "during the 14th Five-Year Plan") and local lists are
 * data, not code.
 */
public enum IncomeExemption {
    /** 国家规定的优待抚恤金. */
    PREFERENTIAL_CARE,
    /** 计划生育奖励与扶助金. */
    FAMILY_PLANNING,
    /** 奖学金. */
    SCHOLARSHIP,
    /** 见义勇为等奖励性补助. */
    BRAVERY_AWARD,
    /** 政府发放的各类社会救助款物. */
    SOCIAL_ASSISTANCE,
    /** "十四五"期间中央确定的城乡居民基本养老保险基础养老金. */
    RESIDENT_BASIC_PENSION,
    /** 设区的市级以上地方人民政府规定的其他收入 (a local list). */
    LOCAL_LIST
}
