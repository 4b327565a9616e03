package org.minzheng.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * The end of a period counted by {@link PeriodCount}.
 *
 * @param event              the day of the event the period runs from (not counted), not null
 * @param nominalLastDay     the last day by 民法典 第二百零一、二百零二条, before any extension, not null
 * @param lastDay            the last day in time, after the extension of 第二百零三条 (the same day if
 *                           the nominal last day is not a rest day), not null
 * @param yearsWithoutNotice the years the count looked at for which no holiday notice is configured
 *                           (only Saturdays and Sundays extended there), in order, not null
 */
public record Deadline(LocalDate event, LocalDate nominalLastDay, LocalDate lastDay, List<Integer> yearsWithoutNotice) {

    /** Validates and copies the components. */
    public Deadline {
        Objects.requireNonNull(event, "event");
        Objects.requireNonNull(nominalLastDay, "nominalLastDay");
        Objects.requireNonNull(lastDay, "lastDay");
        yearsWithoutNotice = List.copyOf(yearsWithoutNotice);
        if (lastDay.isBefore(nominalLastDay)) {
            throw new IllegalArgumentException(
                    "the last day " + lastDay + " is before the nominal last day " + nominalLastDay);
        }
    }

    /** @return true if 第二百零三条 moved the last day */
    public boolean extended() {
        return !lastDay.equals(nominalLastDay);
    }

    /**
     * @param act the day of the act (filing, report), not null
     * @return true if the act is on or before the last day
     */
    public boolean inTime(LocalDate act) {
        return !act.isAfter(lastDay);
    }

    /**
     * @param act the day of the act, not null
     * @return the days from the last day to the act: positive when late, zero or negative when in time
     */
    public long daysLate(LocalDate act) {
        return ChronoUnit.DAYS.between(lastDay, act);
    }
}
