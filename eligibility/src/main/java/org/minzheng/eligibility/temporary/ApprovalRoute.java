package org.minzheng.eligibility.temporary;

/** Who approves the assistance (社会救助暂行办法 Art. 48; 2020 reform opinion 二（四）15). */
public enum ApprovalRoute {
    /** The amount is small: the township (street office) may approve; an emergency may be paid first and explained after (小金额先行救助). */
    SMALL_AMOUNT_FAST_TRACK,
    /** The county civil-affairs department approves after review and publication. */
    COUNTY_APPROVAL,
    /** The county coordination mechanism decides case by case (一事一议). */
    CASE_BY_CASE
}
