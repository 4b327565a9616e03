package org.minzheng.funeral.afterdeath;

/**
 * The department that handles an after-death task. The assignment follows the task itself
 * (a hukou is cancelled by the police's household registration office, a pension account is
 * settled by the social-insurance agency) as the typical item sets of the 身后一件事 service
 * list them (REFERENCE.md §9); Huzhou's DB3305/T 113—2019 sets out department duties for its
 * one-stop workflow.
 */
public enum Department {
    /** 公安机关户口登记机关 (the police station's household registration office). */
    PUBLIC_SECURITY,
    /** 公安机关交通管理部门 (traffic police). */
    TRAFFIC_POLICE,
    /** 民政部门 and 乡镇人民政府（街道办事处）: social assistance, allowances. */
    CIVIL_AFFAIRS,
    /** 人力资源和社会保障部门 / 社会保险经办机构: pension insurance. */
    HUMAN_RESOURCES_AND_SOCIAL_SECURITY,
    /** 医疗保障部门: medical insurance. */
    HEALTHCARE_SECURITY,
    /** 住房公积金管理中心. */
    HOUSING_PROVIDENT_FUND_CENTRE
}
