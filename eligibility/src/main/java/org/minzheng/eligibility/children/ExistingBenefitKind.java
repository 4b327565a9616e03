package org.minzheng.eligibility.children;

/**
 * Benefits a de-facto unsupported child may already receive, over which the child allowance is
 * paid as a top-up (补差发放, 民发〔2019〕62号 三（一）).
 */
public enum ExistingBenefitKind {
    /** 最低生活保障金 (the child's share). */
    DIBAO,
    /** 特困人员救助供养金. */
    EXTREME_POVERTY,
    /** 困难残疾人生活补贴. */
    DISABILITY_LIVING_ALLOWANCE
}
