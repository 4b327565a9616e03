package org.minzheng.core.person;

/**
 * Self-care category (生活自理能力类别) by 特困人员认定办法 Art. 22: all six items of Art. 21 achieved
 * → {@link #FULL} (具备生活自理能力); three or fewer not achieved → {@link #PARTIAL} (部分丧失生活自理能力);
 * four or more not achieved → {@link #NONE} (完全丧失生活自理能力).
 *
 * <p>This is shared vocabulary: the 重度残疾人护理补贴 tiers use it too, and eldercare needs it.
 * It belongs in {@code minzheng-core}; it lives here until core takes it (core may not be changed
 * by this work).
 */
public enum SelfCareCategory {
    /** 具备生活自理能力: all six items achieved. */
    FULL,
    /** 部分丧失生活自理能力: one to three items not achieved. */
    PARTIAL,
    /** 完全丧失生活自理能力: four or more items not achieved. */
    NONE;

    /** The fewest failed items that make the category {@link #NONE} ("4项以上（含4项）", Art. 22). */
    public static final int NONE_FROM_FAILED = 4;

    /**
     * Obtains the category from the number of items not achieved (Art. 22).
     *
     * @param failed the number of the six items not achieved, 0 to 6
     * @return the category, not null
     * @throws IllegalArgumentException if failed is not 0 to 6
     */
    public static SelfCareCategory ofFailedItems(int failed) {
        if (failed < 0 || failed > SelfCareItem.values().length) {
            throw new IllegalArgumentException("failed items must be 0 to 6: " + failed);
        }
        if (failed == 0) {
            return FULL;
        }
        return failed >= NONE_FROM_FAILED ? NONE : PARTIAL;
    }
}
