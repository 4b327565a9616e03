package org.minzheng.charity.trust;

/**
 * Cash or non-cash trust property. Cash must be held by a commercial bank in a dedicated account
 * under a custody agreement (《慈善信托管理办法》 Art. 18 item 5); non-cash property (equity, real
 * estate, other rights) needs no custody agreement.
 */
public enum PropertyKind {
    /** 资金: money. */
    CASH,
    /** 非资金: equity, real estate, securities, other property rights, at their recorded value. */
    NON_CASH
}
