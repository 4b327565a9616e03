package org.minzheng.eligibility.simulation;

import org.minzheng.core.money.Money;

/**
 * A household's per-capita monthly income as a multiple of the baseline dibao standard
 * (最低生活保障标准) in force for it, in quarter steps around the dibao line and the edge line
 * (1.5 × the standard, 最低生活保障审核确认办法 Art. 8): the bands in which a change of the standard
 * moves households. Bands are half-open, {@code [low, high)}: a household exactly at the standard is
 * in {@link #FROM_1_00}.
 *
 * <p>The per-capita income and the standard are those the baseline decision shows (the first of
 * the programs compared whose result states them: {@code dibao}, {@code low-income-edge}, or the
 * dibao result inside {@code assistance-screening}). The per-capita income shown is rounded to the
 * fen for display, so a household within half a fen of a band's edge may be banded on the other
 * side of it; eligibility itself is always decided exactly. A household whose baseline decision
 * states no income or no standard (a value it needs is not configured, nobody counts) is
 * {@link #UNKNOWN}.
 */
public enum IncomeBand {
    /** Below 0.5 × the standard. */
    BELOW_0_50("< 0.50", 2),
    /** [0.5, 0.75) × the standard. */
    FROM_0_50("0.50–0.75", 3),
    /** [0.75, 1) × the standard. */
    FROM_0_75("0.75–1.00", 4),
    /** [1, 1.25) × the standard: at or just above the dibao line. */
    FROM_1_00("1.00–1.25", 5),
    /** [1.25, 1.5) × the standard: below the edge line. */
    FROM_1_25("1.25–1.50", 6),
    /** [1.5, 2) × the standard. */
    FROM_1_50("1.50–2.00", 8),
    /** 2 × the standard or more. */
    FROM_2_00("≥ 2.00", Integer.MAX_VALUE),
    /** No per-capita income or standard stated by the baseline decision. */
    UNKNOWN("unknown", -1);

    private final String label;
    private final int quartersAbove;

    IncomeBand(String label, int quartersAbove) {
        this.label = label;
        this.quartersAbove = quartersAbove;
    }

    /** @return the band as printed: multiples of the standard such as {@code 0.75–1.00} */
    public String label() {
        return label;
    }

    /**
     * Obtains the band of a per-capita income against a standard, exactly: income × 4 &lt; standard × q.
     *
     * @param perCapita the per-capita monthly income, null if unknown
     * @param standard  the baseline dibao standard, null if unknown
     * @return the band, {@link #UNKNOWN} if either is null or the standard is not positive
     */
    public static IncomeBand of(Money perCapita, Money standard) {
        if (perCapita == null || standard == null || !standard.isPositive()) {
            return UNKNOWN;
        }
        long lhs = Math.multiplyExact(perCapita.fen(), 4L);
        for (IncomeBand b : values()) {
            if (b.quartersAbove == Integer.MAX_VALUE) {
                return b;
            }
            if (lhs < Math.multiplyExact(standard.fen(), (long) b.quartersAbove)) {
                return b;
            }
        }
        return UNKNOWN;
    }
}
