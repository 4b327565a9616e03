package org.minzheng.eligibility.household;

/** Kinds of rigid expenditure (刚性支出). */
public enum ExpenditureType {
    /** 生活支出, necessary living costs (刚性支出困难家庭认定办法 Art. 5 (1)). */
    LIVING,
    /** 医疗, medical costs borne by the household. */
    MEDICAL,
    /** 教育, education costs. */
    EDUCATION,
    /** 残疾康复, disability rehabilitation. */
    REHABILITATION,
    /** 灾害或意外, disasters and accidents. */
    DISASTER,
    /** 其他. */
    OTHER
}
