package org.minzheng.funeral.cases;

/** A part of an estate-query case that a {@link CaseView} may show. */
public enum CaseField {
    /** The case state. */
    STATE,
    /** The deceased's masked identity number. */
    DECEASED,
    /** The applicant's masked identity number. */
    APPLICANT,
    /** The applicant's relation to the deceased. */
    RELATION,
    /** The documents the applicant holds. */
    EVIDENCE,
    /** The refusal and what it names as missing. */
    REFUSAL,
    /** The grant's scope, dates and legal basis (not the grantee). */
    GRANT_SCOPE,
    /** The answers within the grant's scope and dates, with balances. */
    ASSET_RECORDS,
    /** How many answers are disclosable and how many are withheld, without content. */
    RECORD_COUNTS,
    /** The audit trail. */
    AUDIT_TRAIL
}
