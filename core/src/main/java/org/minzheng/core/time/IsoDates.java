package org.minzheng.core.time;

import java.time.DateTimeException;
import java.time.LocalDate;
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
            int year = digits(text, 0, 4);
            int month = digits(text, 5, 7);
            int day = digits(text, 8, 10);
            if (year >= 0 && month >= 0 && day >= 0) {
                try {
                    return LocalDate.of(year, month, day);
                } catch (DateTimeException e) {
                    // no such date: the formatter's own exception and message
                    return LocalDate.parse(text);
                }
            }
        }
        return LocalDate.parse(text);
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
