package org.minzheng.eligibility.temporary;

/** Who approves the assistance (社会救助暂行办法 Art. 48; 2020 reform opinion 二（四）15). */
public enum ApprovalRoute {
    /**
     * The amount is small (救助金额较小): the county civil-affairs department may entrust the township
     * government or street office with approving it (社会救助暂行办法 Art. 48, 可以委托).
     */
    SMALL_AMOUNT_FAST_TRACK,
    /** The county civil-affairs department approves after review and publication. */
    COUNTY_APPROVAL,
    /** The county coordination mechanism decides case by case (一事一议). */
    CASE_BY_CASE
}
