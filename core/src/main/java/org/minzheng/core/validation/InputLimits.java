package org.minzheng.core.validation;

import java.time.LocalDate;

/**
 * The documented limits of input that minzheng decides: anything beyond them is rejected as a
 * violation before any rule runs, so an implausible value (a birth date in year 0, a decision
 * date in 9999, an amount that would overflow, a household of 200,000 members) never yields a
 * decision and never costs unbounded time or memory.
 *
 * <p>The limits are wide: real cases sit far inside them. They are checked by the one JSON
 * reader ({@link org.minzheng.core.json.Json}) and by the case runner; the README states them.
 */
public final class InputLimits {

    /** The earliest date any fact may carry (a birth date of a person alive today lies after it). */
    public static final LocalDate MIN_DATE = LocalDate.of(1900, 1, 1);
    /** The latest date any fact or decision date may carry. */
    public static final LocalDate MAX_DATE = LocalDate.of(2099, 12, 31);
    /** The earliest decision (policy) date: no shipped policy value is older. */
    public static final LocalDate MIN_DECISION_DATE = LocalDate.of(2000, 1, 1);
    /**
     * The largest amount, in fen, that a fact may carry: 999,999,999,999.99 yuan (just under a
     * trillion yuan), either sign. A thousand such amounts, times twelve months, still fit a
     * {@code long} of fen.
     */
    public static final long MAX_AMOUNT_FEN = 99_999_999_999_999L;
    /** The most elements a list in the facts may have (members, incomes, events…). */
    public static final int MAX_LIST_SIZE = 1_000;
    /** The deepest nesting of JSON objects and arrays. */
    public static final int MAX_NESTING_DEPTH = 64;
    /** The longest JSON string value, in characters. */
    public static final int MAX_STRING_LENGTH = 65_536;
    /** The longest JSON number, in characters. */
    public static final int MAX_NUMBER_LENGTH = 40;
    /** The longest JSON field name, in characters. */
    public static final int MAX_NAME_LENGTH = 256;
    /** The longest JSON document (a case file or one screening line), in characters. */
    public static final long MAX_DOCUMENT_LENGTH = 8L * 1024 * 1024;

    private InputLimits() {}

    /**
     * @param date a fact's date, not null
     * @return true if it lies in [{@link #MIN_DATE}, {@link #MAX_DATE}]
     */
    public static boolean plausible(LocalDate date) {
        return !date.isBefore(MIN_DATE) && !date.isAfter(MAX_DATE);
    }

    /**
     * Checks a decision date.
     *
     * @param date the decision date, not null
     * @param path its path, such as {@code date}
     * @return the violation, or null if the date lies in [{@link #MIN_DECISION_DATE}, {@link #MAX_DATE}]
     */
    public static Violation checkDecisionDate(LocalDate date, String path) {
        if (date.isBefore(MIN_DECISION_DATE) || date.isAfter(MAX_DATE)) {
            return InputValidator.get()
                    .violation(path, "input.date-range", java.util.Map.of("min", MIN_DECISION_DATE, "max", MAX_DATE));
        }
        return null;
    }
}
