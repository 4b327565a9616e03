package org.minzheng.eligibility.household;

/** A member's relation to the applicant (申请人). */
public enum Relation {
    /** 申请人, the applicant. */
    APPLICANT,
    /** 配偶, spouse. */
    SPOUSE,
    /** 子女, child (incl. adopted and step-children with a support relationship). */
    CHILD,
    /** 父母, parent. */
    PARENT,
    /** 祖父母/外祖父母, grandparent. */
    GRANDPARENT,
    /** 孙子女/外孙子女, grandchild. */
    GRANDCHILD,
    /** 兄弟姐妹, sibling. */
    SIBLING,
    /** 其他亲属, another relative. */
    OTHER_RELATIVE
}
