package org.minzheng.funeral.cases;

/**
 * Who looks at an estate-query case. What each role sees is {@link CaseViewPolicy}'s matrix,
 * minzheng's design (not a rule of law).
 */
public enum Role {
    /** 申请人: the applicant the grant is issued to. */
    APPLICANT,
    /** 其他继承人: another heir of the same deceased, not party to this application. */
    CO_HEIR,
    /** 经办人员: the official handling the case. */
    OFFICIAL,
    /** 审计人员: an auditor checking the process. */
    AUDITOR
}
