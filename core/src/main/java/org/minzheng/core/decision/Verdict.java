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
    INFO;

    /**
     * Combines the verdicts of the parts of one condition (the financial, car and home limits of a
     * property test, say) the way {@link Outcome#combine(Iterable)} combines conditions: NOT_MET if
     * any part is, else UNDETERMINED if any is, else NEEDS_REVIEW if any is, else MET. Parts that
     * are null (not tested), MET, NOT_APPLICABLE or INFO do not hold the condition back.
     *
     * @param parts the verdicts of the parts, any of them null
     * @return the verdict of the condition, not null
     */
    public static Verdict worst(Verdict... parts) {
        int worst = 0;
        for (Verdict v : parts) {
            worst = Math.max(worst, severity(v));
        }
        return ofSeverity(worst);
    }

    /**
     * {@link #worst(Verdict...)} of two parts, without an array (rule code on the screening path
     * calls it for every household).
     *
     * @param a a part's verdict, or null
     * @param b a part's verdict, or null
     * @return the verdict of the condition
     */
    public static Verdict worst(Verdict a, Verdict b) {
        return ofSeverity(Math.max(severity(a), severity(b)));
    }

    /**
     * {@link #worst(Verdict...)} of three parts, without an array.
     *
     * @param a a part's verdict, or null
     * @param b a part's verdict, or null
     * @param c a part's verdict, or null
     * @return the verdict of the condition
     */
    public static Verdict worst(Verdict a, Verdict b, Verdict c) {
        return ofSeverity(Math.max(Math.max(severity(a), severity(b)), severity(c)));
    }

    /**
     * {@link #worst(Verdict...)} of four parts, without an array.
     *
     * @param a a part's verdict, or null
     * @param b a part's verdict, or null
     * @param c a part's verdict, or null
     * @param d a part's verdict, or null
     * @return the verdict of the condition
     */
    public static Verdict worst(Verdict a, Verdict b, Verdict c, Verdict d) {
        return ofSeverity(Math.max(Math.max(severity(a), severity(b)), Math.max(severity(c), severity(d))));
    }

    /** How far a part holds its condition back: NOT_MET 3, UNDETERMINED 2, NEEDS_REVIEW 1, any other (or none) 0. */
    private static int severity(Verdict v) {
        return v == NOT_MET ? 3 : v == UNDETERMINED ? 2 : v == NEEDS_REVIEW ? 1 : 0;
    }

    private static Verdict ofSeverity(int s) {
        return s == 3 ? NOT_MET : s == 2 ? UNDETERMINED : s == 1 ? NEEDS_REVIEW : MET;
    }
}
