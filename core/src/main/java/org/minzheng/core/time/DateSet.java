package org.minzheng.core.time;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * An immutable, sorted set of dates, such as the days off that a year's holiday notice sets.
 *
 * <p>The text form lists single dates and inclusive runs {@code FIRST..LAST}, separated by
 * spaces: {@code 2024-01-01 2024-02-10..2024-02-17}. {@link #toString()} writes the canonical
 * form (runs of consecutive dates joined, in date order) and {@link #parse(CharSequence)} reads
 * any form back; {@code none} is the empty set.
 */
public final class DateSet {

    /** The empty set, written {@code none}. */
    public static final DateSet EMPTY = new DateSet(new LocalDate[0]);

    private final LocalDate[] dates;

    private DateSet(LocalDate[] sorted) {
        this.dates = sorted;
    }

    /**
     * Obtains a set of the given dates.
     *
     * @param dates the dates, not null, no null element; duplicates are kept once
     * @return the set, not null
     */
    public static DateSet of(Collection<LocalDate> dates) {
        TreeSet<LocalDate> sorted = new TreeSet<>();
        for (LocalDate d : dates) {
            sorted.add(Objects.requireNonNull(d, "date"));
        }
        return sorted.isEmpty() ? EMPTY : new DateSet(sorted.toArray(new LocalDate[0]));
    }

    /**
     * Parses the text form.
     *
     * @param text dates and runs {@code FIRST..LAST} separated by spaces, or {@code none}; not null
     * @return the set, not null
     * @throws IllegalArgumentException if an item is not an ISO date or a run whose last date is
     *                                  before its first, or a date is listed twice
     */
    public static DateSet parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString().trim();
        if (s.equals("none")) {
            return EMPTY;
        }
        if (s.isEmpty()) {
            throw new IllegalArgumentException("an empty date set is written 'none'");
        }
        TreeSet<LocalDate> set = new TreeSet<>();
        // items between runs of spaces (s.split(" +") without compiling a pattern: the holiday
        // calendar is read on the way to a first decision)
        for (int start = 0; start < s.length(); ) {
            int end = s.indexOf(' ', start);
            if (end < 0) {
                end = s.length();
            }
            String item = s.substring(start, end);
            start = end;
            while (start < s.length() && s.charAt(start) == ' ') {
                start++;
            }
            int dots = item.indexOf("..");
            try {
                LocalDate first = IsoDates.parse(dots < 0 ? item : item.substring(0, dots));
                LocalDate last = dots < 0 ? first : IsoDates.parse(item.substring(dots + 2));
                if (last.isBefore(first)) {
                    throw new IllegalArgumentException("run '" + item + "' ends before it starts");
                }
                for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
                    if (!set.add(d)) {
                        throw new IllegalArgumentException("date " + d + " is listed twice");
                    }
                }
            } catch (DateTimeParseException e) {
                throw new IllegalArgumentException("'" + item + "' is not a date (yyyy-MM-dd) or a run FIRST..LAST", e);
            }
        }
        return new DateSet(set.toArray(new LocalDate[0]));
    }

    /**
     * @param date a date, not null
     * @return true if the set holds it (binary search)
     */
    public boolean contains(LocalDate date) {
        return Arrays.binarySearch(dates, Objects.requireNonNull(date, "date")) >= 0;
    }

    /** @return the number of dates */
    public int size() {
        return dates.length;
    }

    /** @return true if the set holds no date */
    public boolean isEmpty() {
        return dates.length == 0;
    }

    /** @return the dates in order, unmodifiable */
    public List<LocalDate> dates() {
        return List.of(dates);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateSet d && Arrays.equals(d.dates, dates);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(dates);
    }

    /** @return the canonical text form: runs of consecutive dates joined, or {@code none} */
    @Override
    public String toString() {
        if (dates.length == 0) {
            return "none";
        }
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < dates.length) {
            int j = i;
            while (j + 1 < dates.length && dates[j + 1].equals(dates[j].plusDays(1))) {
                j++;
            }
            if (sb.length() > 0) {
                sb.append(' ');
            }
            sb.append(dates[i]);
            if (j > i) {
                sb.append("..").append(dates[j]);
            }
            i = j + 1;
        }
        return sb.toString();
    }
}
