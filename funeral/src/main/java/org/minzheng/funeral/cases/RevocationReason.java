package org.minzheng.funeral.cases;

/** Why a grant is revoked (minzheng's categories; no source lists them). */
public enum RevocationReason {
    /** The applicant withdrew the application (申请人撤回). */
    WITHDRAWN_BY_APPLICANT,
    /** A document was found not to be genuine (材料不实). */
    EVIDENCE_NOT_GENUINE,
    /** A court or notary took over the estate matter (进入诉讼或公证程序). */
    SUPERSEDED_BY_COURT_OR_NOTARY,
    /** Any other reason the official records. */
    OTHER
}
