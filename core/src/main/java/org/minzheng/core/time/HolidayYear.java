package org.minzheng.core.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One year's arrangement of days off, as the State Council General Office's notice
 * 《国务院办公厅关于XXXX年部分节假日安排的通知》 sets it: the days off (放假, including the days
 * moved there, 调休) and the make-up working days (调休上班, usually a Saturday or Sunday).
 *
 * <p><b>Which days are rest days (法定休假日, 民法典 第二百零三条).</b> A day is a rest day if the
 * notice gives it off, or if it is a Saturday or a Sunday that the notice does not make a working
 * day. Saturdays and Sundays are the weekly rest days of 《国务院关于职工工作时间的规定》 (1995);
 * the Supreme People's Court read the holiday rule of the General Principles of Civil Law so that
 * a Sunday or other holiday that is moved counts as moved: "期间的最后一天是星期日或者其他法定休假日，
 * 而星期日或者其他法定休假日有变通的，以实际休假日的次日为期间的最后一天" (最高人民法院关于贯彻执行
 * 《中华人民共和国民法通则》若干问题的意见（试行） 第198条第二款, quoted by a secondary commentary on
 * 民法典 第二百零三条; confidence medium). minzheng reads 第二百零三条 the same way: the days actually
 * off count, a make-up working day does not. NOT FOUND: any text on how 第二百零三条 itself is read
 * (the Opinions were made under the General Principles, which the Civil Code replaced). The policy
 * book states this reading ({@code docs/policy/en/deadlines.md} and {@code zh/deadlines.md}, from the core messages
 * {@code calendar.book.*}) with its sources, instruments {@code spc-gpcl-opinions-1988} and
 * {@code state-council-working-hours-1995} of the core pack
 * ({@code org.minzheng.core.program.Periods#REST_DAY_READING}).
 *
 * @param year        the calendar year
 * @param daysOff     the days off the notice sets, all in {@code year}, not null
 * @param workingDays the make-up working days the notice sets, all in {@code year}, none of them a day off, not null
 */
public record HolidayYear(int year, DateSet daysOff, DateSet workingDays) {

    /**
     * Validates the arrangement.
     *
     * @throws IllegalArgumentException if a date is outside the year or a day is both off and a working day
     */
    public HolidayYear {
        Objects.requireNonNull(daysOff, "daysOff");
        Objects.requireNonNull(workingDays, "workingDays");
        for (DateSet set : new DateSet[] {daysOff, workingDays}) {
            for (LocalDate d : set.dates()) {
                if (d.getYear() != year) {
                    throw new IllegalArgumentException("date " + d + " is not in " + year);
                }
                if (set == workingDays && daysOff.contains(d)) {
                    throw new IllegalArgumentException("date " + d + " is both a day off and a working day");
                }
            }
        }
    }

    /**
     * @param date a date in this year, not null
     * @return true if the date is a rest day: a day off of the notice, or a Saturday or Sunday that
     *         the notice does not make a working day
     * @throws IllegalArgumentException if the date is not in this year
     */
    public boolean isRestDay(LocalDate date) {
        if (date.getYear() != year) {
            throw new IllegalArgumentException("date " + date + " is not in " + year);
        }
        return daysOff.contains(date) || isWeekend(date) && !workingDays.contains(date);
    }

    /**
     * @param date a date, not null
     * @return true on a Saturday or a Sunday
     */
    public static boolean isWeekend(LocalDate date) {
        DayOfWeek d = date.getDayOfWeek();
        return d == DayOfWeek.SATURDAY || d == DayOfWeek.SUNDAY;
    }
}
