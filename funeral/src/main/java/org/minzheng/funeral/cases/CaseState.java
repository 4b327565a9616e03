package org.minzheng.funeral.cases;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The states of an estate-query case and the moves between them:
 *
 * <pre>
 * SUBMITTED ─verify─▶ VERIFIED ─grant─▶ GRANTED ─dispatch─▶ DISPATCHED ─answer─▶ ANSWERED ─close─▶ CLOSED
 *     │                                    │                    │                    │
 *     └─verify (refused)─▶ REFUSED         └──── expire ─▶ EXPIRED / revoke ─▶ REVOKED ┘
 * </pre>
 *
 * <p>SUBMITTED may move to VERIFIED (documents complete) or REFUSED; VERIFIED to GRANTED;
 * GRANTED, DISPATCHED and ANSWERED move forward, or to EXPIRED (the grant's dates have passed)
 * or REVOKED. CLOSED, REFUSED, EXPIRED and REVOKED are final. Any other move is an
 * {@link IllegalTransitionException}. This lifecycle is minzheng's design of the authorised
 * query, not a procedure stated by law.
 */
public enum CaseState {
    /** 已受理: the application is received. */
    SUBMITTED,
    /** 已核验: the documents the relation requires are all held. */
    VERIFIED,
    /** 已授权: a grant is issued. */
    GRANTED,
    /** 已发起查询: the query is sent to the institutions in the grant's scope. */
    DISPATCHED,
    /** 已反馈: the institutions have answered. */
    ANSWERED,
    /** 已办结. */
    CLOSED,
    /** 不予受理/不予授权: the application is refused. */
    REFUSED,
    /** 授权已过期. */
    EXPIRED,
    /** 授权已撤销. */
    REVOKED;

    /** @return the states this one may move to, empty for a final state */
    public Set<CaseState> successors() {
        switch (this) {
            case SUBMITTED:
                return Collections.unmodifiableSet(EnumSet.of(VERIFIED, REFUSED));
            case VERIFIED:
                return Collections.unmodifiableSet(EnumSet.of(GRANTED));
            case GRANTED:
                return Collections.unmodifiableSet(EnumSet.of(DISPATCHED, EXPIRED, REVOKED));
            case DISPATCHED:
                return Collections.unmodifiableSet(EnumSet.of(ANSWERED, EXPIRED, REVOKED));
            case ANSWERED:
                return Collections.unmodifiableSet(EnumSet.of(CLOSED, EXPIRED, REVOKED));
            default:
                return Collections.emptySet();
        }
    }

    /**
     * @param target a state, not null
     * @return true if the lifecycle allows moving from this state to target
     */
    public boolean canMoveTo(CaseState target) {
        return successors().contains(target);
    }

    /** @return true for CLOSED, REFUSED, EXPIRED and REVOKED */
    public boolean isFinal() {
        return successors().isEmpty();
    }
}
