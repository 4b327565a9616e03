package org.minzheng.eligibility.poverty;

/** Why a person has no capacity to work for 特困 purposes, or none. */
public enum WorkCapacityGround {
    /** Art. 5(1): aged 60 or over. */
    ELDERLY,
    /** Art. 5(2): under 16. */
    MINOR,
    /** 2020 reform opinion, item 5: 16 or 17, covered as a minor up to 18. */
    MINOR_EXTENDED,
    /** Art. 5(3): a qualifying disability grade. */
    DISABILITY,
    /** Over the coverage age but still in school, where the locality continues support. */
    STUDENT_CONTINUATION,
    /** Art. 5(4): a case the province defines, claimed by the caseworker. */
    PROVINCIAL_CASE,
    /** No ground applies. */
    NONE
}
