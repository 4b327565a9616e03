package org.minzheng.charity.matching;

/** Where a charity fund's money sits; it decides which article binds its use. */
public enum FundKind {
    /** Property of a charitable trust, used according to the trust purpose (慈善法 Art. 49 para 1). */
    CHARITABLE_TRUST,
    /** Property of a charitable organisation, used for its charitable purposes (慈善法 Art. 53). */
    CHARITABLE_ORGANISATION
}
