package org.minzheng.eligibility.children;

/** Which parent a finding is about. */
public enum Parent {
    /** 父亲. */
    FATHER,
    /** 母亲. */
    MOTHER
}
