package org.minzheng.charity.trust;

import java.time.LocalDate;
import java.util.Objects;

/**
 * How a period of days "from" an event is counted. minzheng uses one convention for every
 * charitable-trust deadline, {@link #CALENDAR_DAYS_START_EXCLUDED}.
 *
 * <p>The texts say "自…之日起七日内" (慈善法 Arts. 45 and 48) and "十五日内" (Trust Law) without
 * saying working days, so the days are calendar days (REFERENCE.md §7: "treat as calendar days
 * unless told otherwise"). The day of the event itself is not counted and the last day of the
 * period is included: a trust signed on the 1st with a seven-day deadline may be filed up to and
 * including the 8th; filed on the 9th it is late. Not applied: any extension when the last day
 * falls on a public holiday, which no source in the project states.
 */
public enum DayCount {

    /** Calendar days; the event day is not counted; the last day is {@code event + days}, inclusive. */
    CALENDAR_DAYS_START_EXCLUDED;

    /**
     * Obtains the last day on which an act is still in time.
     *
     * @param event the day of the event (signing, change, termination), not null
     * @param days  the period in days, zero or more
     * @return the last day in time, inclusive
     * @throws IllegalArgumentException if days is negative
     */
    public LocalDate lastDay(LocalDate event, int days) {
        Objects.requireNonNull(event, "event");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return event.plusDays(days);
    }

    /**
     * @param event the day of the event, not null
     * @param days  the period in days, zero or more
     * @param act   the day of the act (filing, report), not null
     * @return true if the act is on or before the last day
     */
    public boolean inTime(LocalDate event, int days, LocalDate act) {
        return !act.isAfter(lastDay(event, days));
    }
}
