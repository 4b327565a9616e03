package org.minzheng.eligibility.temporary;

/**
 * The two kinds of temporary assistance (2020 reform opinion, 二（四）15; 国发〔2014〕47号).
 */
public enum AssistanceType {
    /** 急难型: a sudden event (accident, sudden serious illness…) makes basic living seriously hard. */
    EMERGENCY,
    /** 支出型: necessary expenditure (medical, education…) rises suddenly beyond what the household can bear. */
    EXPENDITURE
}
