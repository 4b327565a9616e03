package org.minzheng.eligibility.poverty;

/** Why a legal supporter cannot support (特困人员认定办法 Art. 8), or that they can. */
public enum SupporterInability {
    /** Art. 8(1): the supporter is in extreme poverty. */
    EXTREME_POVERTY,
    /** Art. 8(2): a dibao recipient aged 60 or over. */
    ELDERLY_ON_DIBAO,
    /** Art. 8(3): aged 70 or over, income and assets low. */
    ELDERLY_LOW_INCOME,
    /** Art. 8(4): severely disabled (or grade-3 intellectual/psychiatric), income and assets low. */
    DISABLED_LOW_INCOME,
    /** Art. 8(5): without civil capacity, declared missing or in prison, assets low. */
    INCAPACITATED,
    /** Art. 8(6): a case the province defines. */
    PROVINCIAL_CASE,
    /** No case of Art. 8 applies: the supporter is able to support. */
    ABLE
}
