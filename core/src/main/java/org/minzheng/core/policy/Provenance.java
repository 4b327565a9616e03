package org.minzheng.core.policy;

/**
 * How a parameter value is known: its provenance grade.
 */
public enum Provenance {
    /** Stated by the cited official text. */
    OFFICIAL,
    /** Computed from an official value by a cited rule (e.g. 30% of the dibao standard, rounded up). */
    DERIVED,
    /**
     * A placeholder so that the examples run end to end. Never silent: every decision that
     * reads an illustrative value carries a warning saying so. Never shipped in an official pack.
     */
    ILLUSTRATIVE
}
