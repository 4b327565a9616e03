package org.minzheng.funeral.cases;

import java.util.Objects;

/**
 * An estate-query case was asked to make a move its lifecycle does not allow: from its current
 * state, at that date, or without the decision the move needs. The case is unchanged. The
 * message names the case id, the state, the action and the reason, never personal data.
 */
public final class IllegalTransitionException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the move is not allowed. */
    public enum Reason {
        /** The lifecycle does not allow the move from the current state. */
        NOT_ALLOWED_FROM_STATE,
        /** The decision does not grant (it is undetermined or not eligible). */
        NOT_GRANTED_BY_DECISION,
        /** The date is outside the grant's validity. */
        OUTSIDE_VALIDITY,
        /** Expiry was asked for before the grant's validity ended. */
        VALIDITY_NOT_ENDED,
        /** The date is before the case's last event. */
        DATE_BEFORE_LAST_EVENT
    }

    private final String caseId;
    private final CaseState state;
    private final String action;
    private final Reason reason;

    /**
     * @param caseId the case id (not personal data)
     * @param state  the current state
     * @param action the action asked for, such as {@code GRANT}
     * @param reason why it is not allowed
     */
    public IllegalTransitionException(String caseId, CaseState state, String action, Reason reason) {
        super("Case " + caseId + ": cannot " + action + " in state " + state + ": " + reason);
        this.caseId = Objects.requireNonNull(caseId);
        this.state = Objects.requireNonNull(state);
        this.action = Objects.requireNonNull(action);
        this.reason = Objects.requireNonNull(reason);
    }

    /** @return the case id */
    public String caseId() {
        return caseId;
    }

    /** @return the state the case was (and still is) in */
    public CaseState state() {
        return state;
    }

    /** @return the action asked for */
    public String action() {
        return action;
    }

    /** @return why it is not allowed */
    public Reason reason() {
        return reason;
    }
}
