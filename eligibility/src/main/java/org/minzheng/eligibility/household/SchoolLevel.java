package org.minzheng.eligibility.household;

/** Level of education a member is enrolled in. */
public enum SchoolLevel {
    /** 学前教育. */
    PRESCHOOL,
    /** 小学. */
    PRIMARY,
    /** 初中. */
    JUNIOR_SECONDARY,
    /** 高中. */
    SENIOR_SECONDARY,
    /** 中等职业教育. */
    SECONDARY_VOCATIONAL,
    /** 专科 (高职). */
    JUNIOR_COLLEGE,
    /** 本科. */
    BACHELOR,
    /** 研究生. */
    POSTGRADUATE;

    /**
     * @return true for bachelor level and below (最低生活保障审核确认办法 Art. 7(3): "全日制本科及以下学历教育")
     */
    public boolean bachelorOrBelow() {
        return this != POSTGRADUATE;
    }
}
