package org.minzheng.eligibility.children;

/** How one parent's situation counts for the child's category. */
public enum ParentStanding {
    /** Dead (naturally, or declared dead by a court). */
    DEAD,
    /** Declared missing by a court. */
    DECLARED_MISSING,
    /** Cannot be found. */
    NOT_FOUND,
    /** Meets one of the six de-facto conditions, with its length or grade. */
    CONDITION_MET,
    /** A condition is stated but its length or grade falls short. */
    CONDITION_NOT_MET,
    /** No condition. */
    NO_CONDITION,
    /** A parameter the test needs is not configured. */
    UNDETERMINED
}
