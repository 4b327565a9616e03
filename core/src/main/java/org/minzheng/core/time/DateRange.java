package org.minzheng.core.time;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;

/**
 * A half-open range of dates {@code [start, endExclusive)}; an absent end means "open, no end".
 *
 * <p>Policy values, grants and recognitions are valid over such ranges: a value with
 * {@code since 2024-06-01} and {@code until 2025-01-01} applies on 2024-12-31 and not on
 * 2025-01-01. The text form is {@code 2024-06-01/2025-01-01} or {@code 2024-06-01/..}.
 */
public final class DateRange {

    private final LocalDate start;
    private final LocalDate endExclusive;

    private DateRange(LocalDate start, LocalDate endExclusive) {
        this.start = start;
        this.endExclusive = endExclusive;
    }

    /**
     * Obtains the range {@code [start, endExclusive)}.
     *
     * @param start        the first date in the range, not null
     * @param endExclusive the first date after the range, null for an open end
     * @return the range, not null
     * @throws IllegalArgumentException if the end is not after the start
     */
    @JsonCreator
    public static DateRange of(
            @JsonProperty("start") LocalDate start, @JsonProperty("endExclusive") LocalDate endExclusive) {
        Objects.requireNonNull(start, "start");
        if (endExclusive != null && !endExclusive.isAfter(start)) {
            throw new IllegalArgumentException("Range end " + endExclusive + " must be after its start " + start);
        }
        return new DateRange(start, endExclusive);
    }

    /**
     * Obtains an open range starting at the given date.
     *
     * @param start the first date, not null
     * @return the range {@code [start, ..)}, not null
     */
    public static DateRange startingAt(LocalDate start) {
        return of(start, null);
    }

    /**
     * Parses the text form {@code START/END} where END is a date or {@code ..}.
     *
     * @param text the text, not null
     * @return the range, not null
     * @throws IllegalArgumentException if the text is malformed
     */
    public static DateRange parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        int slash = s.indexOf('/');
        if (slash < 0) {
            throw new IllegalArgumentException("Date range must be START/END or START/.., got '" + s + "'");
        }
        try {
            LocalDate start = LocalDate.parse(s.substring(0, slash));
            String end = s.substring(slash + 1);
            return of(start, "..".equals(end) ? null : LocalDate.parse(end));
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("Malformed date range '" + s + "'", e);
        }
    }

    /** @return the first date in the range, not null */
    @JsonProperty("start")
    public LocalDate start() {
        return start;
    }

    /** @return the first date after the range, empty when the range is open */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Optional<LocalDate> endExclusive() {
        return Optional.ofNullable(endExclusive);
    }

    @JsonProperty("endExclusive")
    LocalDate endOrNull() {
        return endExclusive;
    }

    /**
     * @param date the date, not null
     * @return true if {@code start <= date < endExclusive}
     */
    public boolean contains(LocalDate date) {
        return !date.isBefore(start) && (endExclusive == null || date.isBefore(endExclusive));
    }

    /**
     * @param other another range, not null
     * @return true if the two ranges share at least one date
     */
    public boolean overlaps(DateRange other) {
        boolean thisEndsBeforeOther = endExclusive != null && !endExclusive.isAfter(other.start);
        boolean otherEndsBeforeThis = other.endExclusive != null && !other.endExclusive.isAfter(start);
        return !thisEndsBeforeOther && !otherEndsBeforeThis;
    }

    /** @return true if the range has no end */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isOpen() {
        return endExclusive == null;
    }

    /** @return the number of days in the range, empty when it is open */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public Optional<Long> lengthInDays() {
        return endExclusive().map(e -> ChronoUnit.DAYS.between(start, e));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DateRange r && r.start.equals(start) && Objects.equals(r.endExclusive, endExclusive);
    }

    @Override
    public int hashCode() {
        return start.hashCode() * 31 + Objects.hashCode(endExclusive);
    }

    /** @return the text form {@code START/END} or {@code START/..} */
    @Override
    public String toString() {
        return start + "/" + (endExclusive == null ? ".." : endExclusive.toString());
    }
}
