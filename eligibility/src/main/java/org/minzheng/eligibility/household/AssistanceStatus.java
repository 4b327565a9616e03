package org.minzheng.eligibility.household;

/** The assistance a household (or person) currently receives, as recorded in the system. */
public enum AssistanceStatus {
    /** 特困人员. */
    EXTREME_POVERTY,
    /** 最低生活保障家庭. */
    DIBAO,
    /** 最低生活保障边缘家庭. */
    LOW_INCOME_EDGE,
    /** 刚性支出困难家庭. */
    RIGID_EXPENDITURE
}
