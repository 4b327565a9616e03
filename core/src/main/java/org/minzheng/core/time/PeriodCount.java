package org.minzheng.core.time;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The one day count of minzheng: a period (期间) of days or months for a party's act, counted as
 * 民法典 第一编 第十章 counts it. Every deadline of every module that is such a period goes through
 * here (programs through {@code org.minzheng.core.program.Periods}, which also records the calendar
 * data read).
 *
 * <ul>
 *   <li>第二百零一条: "开始的当日不计入，自下一日开始计算" — the day of the event is not counted, so a
 *       period of {@code n} days ends on {@code event + n};</li>
 *   <li>第二百零二条: "到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日" — a period of
 *       {@code n} months ends on the same day of the month {@code n} months later, or on that month's
 *       last day if it has no such day (31 January + 1 month = 28 or 29 February);</li>
 *   <li>第二百零三条第一款: "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日" — if
 *       that day is a rest day, the period ends on the first day after the rest days that is not
 *       itself a rest day (which day is a rest day: see {@link HolidayYear}).</li>
 * </ul>
 * Where no notice is configured for a year the count looks at, only Saturdays and Sundays extend
 * the period, and the {@link Deadline} names the year (programs then warn). 第二百零三条第二款 (the
 * day ends at 24:00, or at the close of business) is not modelled: acts are dated, not timed.
 * 第二百零四条 lets another law or the parties' agreement count otherwise; none of the texts the
 * programs implement does.
 */
public final class PeriodCount {

    private PeriodCount() {}

    /**
     * Counts a period of days from an event.
     *
     * @param event    the day of the event (signing, change, termination), not null; not counted
     * @param days     the length of the period in days, zero or more
     * @param calendar the holiday arrangements, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if days is negative
     */
    public static Deadline days(LocalDate event, int days, HolidayCalendar calendar) {
        Objects.requireNonNull(event, "event");
        if (days < 0) {
            throw new IllegalArgumentException("days must not be negative: " + days);
        }
        return extend(event, event.plusDays(days), calendar);
    }

    /**
     * Counts a period of months from an event.
     *
     * @param event    the day of the event, not null; not counted
     * @param months   the length of the period in months, zero or more
     * @param calendar the holiday arrangements, not null
     * @return the deadline, not null
     * @throws IllegalArgumentException if months is negative
     */
    public static Deadline months(LocalDate event, int months, HolidayCalendar calendar) {
        Objects.requireNonNull(event, "event");
        if (months < 0) {
            throw new IllegalArgumentException("months must not be negative: " + months);
        }
        // LocalDate.plusMonths keeps the day of the month or, where the month is shorter, takes its last day
        return extend(event, event.plusMonths(months), calendar);
    }

    /** 第二百零三条: from the nominal last day, past every rest day. */
    private static Deadline extend(LocalDate event, LocalDate nominal, HolidayCalendar calendar) {
        Objects.requireNonNull(calendar, "calendar");
        List<Integer> without = new ArrayList<>(1);
        LocalDate day = nominal;
        int year = day.getYear();
        HolidayYear arrangement = lookUp(calendar, year, without);
        while (isRestDay(day, arrangement)) {
            day = day.plusDays(1);
            if (day.getYear() != year) {
                year = day.getYear();
                arrangement = lookUp(calendar, year, without);
            }
        }
        return new Deadline(event, nominal, day, without);
    }

    private static HolidayYear lookUp(HolidayCalendar calendar, int year, List<Integer> without) {
        HolidayYear y = calendar.year(year);
        if (y == null) {
            without.add(year);
        } else if (y.year() != year) {
            throw new IllegalStateException("the calendar gave the arrangement of " + y.year() + " for " + year);
        }
        return y;
    }

    /**
     * @param date        a date, not null
     * @param arrangement the arrangement of the date's year, null if none is configured
     * @return true if the date is a rest day; without an arrangement, true on Saturdays and Sundays
     */
    public static boolean isRestDay(LocalDate date, HolidayYear arrangement) {
        return arrangement == null ? HolidayYear.isWeekend(date) : arrangement.isRestDay(date);
    }
}
