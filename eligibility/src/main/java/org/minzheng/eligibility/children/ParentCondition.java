package org.minzheng.eligibility.children;

/**
 * A parent's situation as the orphan opinion (2010) and the de-facto-unsupported-child opinion
 * (民发〔2019〕62号, 一) describe it.
 */
public enum ParentCondition {
    /** None of the situations below: the parent can raise the child. */
    NONE,
    /** 死亡: natural death, or declared dead by a court. */
    DEAD,
    /** 失踪: declared missing by a court. */
    DECLARED_MISSING,
    /** 查找不到: the biological parent cannot be found (e.g. an abandoned infant). */
    NOT_FOUND,
    /** 重残: grade 1 or 2, or grade 3–4 psychiatric or intellectual disability. */
    SEVERE_DISABILITY,
    /** 重病: a serious illness as the locality defines it (大病、地方病). */
    SERIOUS_ILLNESS,
    /** 服刑在押: serving a sentence or held in custody, for a term of 6 months or more. */
    IMPRISONED_OR_DETAINED,
    /** 强制隔离戒毒: compulsory isolated drug rehabilitation, for 6 months or more. */
    COMPULSORY_REHABILITATION,
    /** 被执行其他限制人身自由的措施: another restriction of liberty, for 6 months or more. */
    OTHER_RESTRICTION,
    /** 失联: no contact and no care for 6 months or more, counted from the police registration date. */
    LOST_CONTACT
}
