package org.minzheng.eldercare.assessment;

/**
 * The five ability levels of GB/T 42195-2022 (C.3 and C.5), from 0 (intact) to 4 (complete
 * loss). A higher number is a worse level. The initial level follows from the total score:
 *
 * <table>
 *   <caption>C.3 初步等级</caption>
 *   <tr><th>level</th><th>name</th><th>total</th></tr>
 *   <tr><td>0</td><td>能力完好</td><td>90</td></tr>
 *   <tr><td>1</td><td>能力轻度受损（轻度失能）</td><td>66–89</td></tr>
 *   <tr><td>2</td><td>能力中度受损（中度失能）</td><td>46–65</td></tr>
 *   <tr><td>3</td><td>能力重度受损（重度失能）</td><td>30–45</td></tr>
 *   <tr><td>4</td><td>能力完全丧失（完全失能）</td><td>0–29</td></tr>
 * </table>
 *
 * <p>Source: REFERENCE.md §6.1 (medium-high). The bands define the standard's scale, so they are
 * code (like the item maxima), not policy parameters.
 */
public enum AbilityLevel {
    /** 0 能力完好 — intact: total 90. */
    INTACT(90, 90, "能力完好"),
    /** 1 能力轻度受损（轻度失能）— mild: total 66–89. */
    MILD(66, 89, "能力轻度受损（轻度失能）"),
    /** 2 能力中度受损（中度失能）— moderate: total 46–65. */
    MODERATE(46, 65, "能力中度受损（中度失能）"),
    /** 3 能力重度受损（重度失能）— severe: total 30–45. */
    SEVERE(30, 45, "能力重度受损（重度失能）"),
    /** 4 能力完全丧失（完全失能）— complete loss: total 0–29. */
    COMPLETE_LOSS(0, 29, "能力完全丧失（完全失能）");

    private final int minTotal;
    private final int maxTotal;
    private final String nameZh;

    AbilityLevel(int minTotal, int maxTotal, String nameZh) {
        this.minTotal = minTotal;
        this.maxTotal = maxTotal;
        this.nameZh = nameZh;
    }

    /**
     * Obtains the initial level of a total score (C.3).
     *
     * @param total the total score, 0–90
     * @return the level, not null
     * @throws IllegalArgumentException if the total is outside 0–90
     */
    public static AbilityLevel initialForTotal(int total) {
        if (total < 0 || total > AbilityItem.MAXIMUM_TOTAL) {
            throw new IllegalArgumentException("total must be 0-" + AbilityItem.MAXIMUM_TOTAL + ", got " + total);
        }
        for (AbilityLevel level : values()) {
            if (total >= level.minTotal) {
                return level;
            }
        }
        throw new AssertionError("the bands cover 0-90");
    }

    /**
     * Obtains a level by its number.
     *
     * @param number 0–4
     * @return the level, not null
     * @throws IllegalArgumentException if the number is outside 0–4
     */
    public static AbilityLevel ofNumber(int number) {
        if (number < 0 || number >= values().length) {
            throw new IllegalArgumentException("ability level must be 0-4, got " + number);
        }
        return values()[number];
    }

    /** @return the level number, 0 (intact) to 4 (complete loss) */
    public int number() {
        return ordinal();
    }

    /** @return the lowest total score of the band */
    public int minTotal() {
        return minTotal;
    }

    /** @return the highest total score of the band */
    public int maxTotal() {
        return maxTotal;
    }

    /** @return the Chinese name as the standard writes it */
    public String nameZh() {
        return nameZh;
    }

    /**
     * @param steps the number of levels to raise by, zero or more
     * @return the level that many steps worse, capped at {@link #COMPLETE_LOSS}
     */
    public AbilityLevel raisedBy(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative");
        }
        return ofNumber(Math.min(COMPLETE_LOSS.number(), number() + steps));
    }

    /**
     * @param other another level, not null
     * @return true if this level is the same as or worse than the other
     */
    public boolean isAtLeast(AbilityLevel other) {
        return number() >= other.number();
    }

    /**
     * @param a a level, not null
     * @param b a level, not null
     * @return the worse of the two
     */
    public static AbilityLevel worse(AbilityLevel a, AbilityLevel b) {
        return a.number() >= b.number() ? a : b;
    }
}
