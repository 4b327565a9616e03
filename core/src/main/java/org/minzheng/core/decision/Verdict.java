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
        boolean undetermined = false;
        boolean review = false;
        for (Verdict v : parts) {
            if (v == NOT_MET) {
                return NOT_MET;
            }
            undetermined |= v == UNDETERMINED;
            review |= v == NEEDS_REVIEW;
        }
        return undetermined ? UNDETERMINED : review ? NEEDS_REVIEW : MET;
    }
}
