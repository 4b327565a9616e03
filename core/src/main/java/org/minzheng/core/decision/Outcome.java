package org.minzheng.core.decision;

/**
 * What a program decided.
 */
public enum Outcome {
    /** Every condition is met: the benefit, status or grant applies. */
    ELIGIBLE,
    /** At least one condition is not met. */
    INELIGIBLE,
    /** The rules send the case to a person (for example 一事一议, case-by-case review). */
    NEEDS_REVIEW,
    /**
     * A value the law leaves to a locality is not configured for this region and date, so
     * nothing can be decided; the decision names the missing parameters. Never a guess.
     */
    UNDETERMINED;

    /**
     * Combines condition verdicts the usual way: any condition not met makes the case
     * INELIGIBLE (a missing parameter elsewhere cannot change that); otherwise any missing
     * parameter makes it UNDETERMINED; otherwise any review makes it NEEDS_REVIEW; otherwise
     * ELIGIBLE. NOT_APPLICABLE and INFO verdicts do not count.
     *
     * @param verdicts the verdicts of the conditions, not null
     * @return the outcome, not null
     */
    public static Outcome combine(Iterable<Verdict> verdicts) {
        boolean undetermined = false;
        boolean review = false;
        for (Verdict v : verdicts) {
            switch (v) {
                case NOT_MET:
                    return INELIGIBLE;
                case UNDETERMINED:
                    undetermined = true;
                    break;
                case NEEDS_REVIEW:
                    review = true;
                    break;
                default:
                    break;
            }
        }
        return undetermined ? UNDETERMINED : review ? NEEDS_REVIEW : ELIGIBLE;
    }
}
