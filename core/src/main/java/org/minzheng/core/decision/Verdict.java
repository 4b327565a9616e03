package org.minzheng.core.decision;

/** The verdict of one condition (finding) in a decision. */
public enum Verdict {
    /** The condition is met. */
    MET,
    /** The condition is not met. */
    NOT_MET,
    /** The condition does not apply to this case (e.g. an exception that is not triggered). */
    NOT_APPLICABLE,
    /** The condition sends the case to a person. */
    NEEDS_REVIEW,
    /** The condition cannot be evaluated: a parameter is not configured. */
    UNDETERMINED,
    /** Not a condition: a computed fact the explanation shows (members counted, amount…). */
    INFO
}
