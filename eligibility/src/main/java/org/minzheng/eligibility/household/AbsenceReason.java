package org.minzheng.eligibility.household;

/**
 * Why a person who would otherwise be a member is not counted (最低生活保障审核确认办法 Art. 7,
 * second paragraph).
 */
public enum AbsenceReason {
    /** 宗教教职人员, living apart from the family; counts as absent only after three years or more. */
    CLERGY_LIVING_APART,
    /** 在监狱内服刑, serving a prison sentence. */
    IN_PRISON,
    /** 在戒毒所强制隔离戒毒, in compulsory isolated drug rehabilitation. */
    COMPULSORY_REHABILITATION,
    /** 宣告失踪, declared missing by a court. */
    DECLARED_MISSING
}
