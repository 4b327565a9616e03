package org.minzheng.charity.matching;

/** How far a need was met. */
public enum NeedStatus {
    /** Met in full. */
    COVERED,
    /** Met in part: the funds that fit ran out. */
    PARTLY_COVERED,
    /** Not met: funds fit its purpose and region, but none had money left. */
    FUNDS_EXHAUSTED,
    /** Not met: no fund serves its purpose in its region. */
    NO_MATCHING_FUND
}
