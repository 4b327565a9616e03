package org.minzheng.core.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.chrono.IsoChronology;
import java.time.format.DateTimeParseException;

/**
 * Reads an ISO date ({@code yyyy-MM-dd}) exactly as {@link LocalDate#parse(CharSequence)} does, without
 * its formatter where the text is four digits, a hyphen, two digits, a hyphen and two digits: the
 * first use of a {@code java.time.format.DateTimeFormatter} loads and runs about sixty classes, tens
 * of milliseconds in a fresh JVM, and pack files and the holiday calendar are read on the way to a
 * first decision. Any other text, and a date that does not exist (2025-02-29), goes to
 * {@link LocalDate#parse(CharSequence)}, which gives the result or the exception.
 */
public final class IsoDates {

    private IsoDates() {}

    /**
     * @param text the text, not null
     * @return the date, as {@link LocalDate#parse(CharSequence)} gives it
     * @throws DateTimeParseException as {@link LocalDate#parse(CharSequence)} throws it
     */
    public static LocalDate parse(CharSequence text) {
        if (text.length() == 10 && text.charAt(4) == '-' && text.charAt(7) == '-') {
            LocalDate d = of(digits(text, 0, 4), digits(text, 5, 7), digits(text, 8, 10));
            if (d != null) {
                return d;
            }
        }
        // another form, or no such date: the formatter's own result or exception and message
        return LocalDate.parse(text);
    }

    /**
     * Reads {@code yyyy-MM-dd} strictly from a character array (a JSON parser's text buffer):
     * exactly ten characters, ASCII digits but for the two hyphens, a date that exists in the
     * proleptic ISO calendar — what {@link LocalDate#parse(CharSequence)} accepts of that shape,
     * with the same value, and nothing else.
     *
     * @param c the characters
     * @param off where the text starts
     * @param len its length
     * @return the date, or null if the text is not one
     */
    public static LocalDate parseStrict(char[] c, int off, int len) {
        if (len != 10 || c[off + 4] != '-' || c[off + 7] != '-') {
            return null;
        }
        return of(digits(c, off, 4), digits(c, off + 5, 2), digits(c, off + 8, 2));
    }

    /** @return the date of year, month and day (each -1 if not digits), or null if there is none */
    private static LocalDate of(int year, int month, int day) {
        if (year < 0 || month < 1 || month > 12 || day < 1) {
            return null;
        }
        if (day > 28 && day > Month.of(month).length(IsoChronology.INSTANCE.isLeapYear(year))) {
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    /** @return the number the n ASCII digits from {@code from} make, or -1 if one is not a digit */
    private static int digits(char[] c, int from, int n) {
        int v = 0;
        for (int i = from; i < from + n; i++) {
            char ch = c[i];
            if (ch < '0' || ch > '9') {
                return -1;
            }
            v = v * 10 + (ch - '0');
        }
        return v;
    }

    /** @return the ASCII digits from start (inclusive) to end as a number, or -1 if one is not a digit */
    private static int digits(CharSequence text, int start, int end) {
        int n = 0;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }
}
