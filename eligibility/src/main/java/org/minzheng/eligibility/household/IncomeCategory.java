package org.minzheng.eligibility.household;

/** The four categories of household income (最低生活保障审核确认办法 Art. 13). */
public enum IncomeCategory {
    /** 工资性收入, wages net of necessary employment costs. */
    WAGES,
    /** 经营净收入, net business income. */
    BUSINESS_NET,
    /** 财产净收入, net property income. */
    PROPERTY_NET,
    /** 转移净收入, net transfer income (pensions, support payments, compensation…). */
    TRANSFER_NET,
    /** 其他应当计入家庭收入的项目. */
    OTHER
}
