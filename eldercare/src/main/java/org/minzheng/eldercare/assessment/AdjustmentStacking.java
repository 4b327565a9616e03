package org.minzheng.eldercare.assessment;

/**
 * Whether the two raises of GB/T 42195-2022 C.4 (a mental-disorder diagnosis; two or more
 * care-risk events) add up when both apply: the policy switch {@code ability.adjustment-stacking}.
 *
 * <p>The sources do not settle it: each clause says "raise by one level" and C.5 only says the
 * final level combines C.3 and C.4. The official pack therefore leaves the switch absent and a
 * decision where the two readings differ is UNDETERMINED. See {@code docs/eldercare.md}.
 */
public enum AdjustmentStacking {
    /** Both raises count: +2, capped at level 4. */
    CUMULATIVE,
    /** At most one step however many clauses apply. */
    ONE_STEP;

    /**
     * @param raises how many raising clauses apply, 0–2
     * @return the number of steps to raise by
     */
    public int steps(int raises) {
        return this == CUMULATIVE ? raises : Math.min(1, raises);
    }
}
