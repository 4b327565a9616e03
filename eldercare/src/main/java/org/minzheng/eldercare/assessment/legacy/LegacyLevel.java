package org.minzheng.eldercare.assessment.legacy;

/**
 * The four overall levels of MZ/T 039-2013, 0 (intact) to 3 (severe, the top of that scale).
 */
public enum LegacyLevel {
    /** 0 能力完好. */
    INTACT("能力完好"),
    /** 1 轻度失能. */
    MILD("轻度失能"),
    /** 2 中度失能. */
    MODERATE("中度失能"),
    /** 3 重度失能 — the top level of MZ/T 039-2013. */
    SEVERE("重度失能");

    private final String nameZh;

    LegacyLevel(String nameZh) {
        this.nameZh = nameZh;
    }

    /**
     * @param number 0–3
     * @return the level
     * @throws IllegalArgumentException if the number is outside 0–3
     */
    public static LegacyLevel ofNumber(int number) {
        if (number < 0 || number >= values().length) {
            throw new IllegalArgumentException("MZ/T 039-2013 level must be 0-3, got " + number);
        }
        return values()[number];
    }

    /** @return the level number */
    public int number() {
        return ordinal();
    }

    /** @return the Chinese name */
    public String nameZh() {
        return nameZh;
    }

    /**
     * @param steps levels to raise by, zero or more
     * @return the level that many steps worse, never beyond {@link #SEVERE} ("no further raise")
     */
    public LegacyLevel raisedBy(int steps) {
        if (steps < 0) {
            throw new IllegalArgumentException("steps must not be negative");
        }
        return ofNumber(Math.min(SEVERE.number(), number() + steps));
    }
}
