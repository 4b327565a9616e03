package org.minzheng.core.policy;

import java.util.List;
import org.minzheng.core.time.DateSet;

/**
 * The holiday calendar as policy data: for each year whose State Council General Office notice
 * 《国务院办公厅关于XXXX年部分节假日安排的通知》 is sourced, one row of each key, valid from 1 January
 * to the next 1 January and citing that notice. A year with no row is "not configured": deadlines
 * there are extended over Saturdays and Sundays only, and the decision warns
 * ({@code calendar.notice-not-configured}). Integrators add a year in an overlay pack.
 */
public final class CalendarParameters {

    /** The days off (放假, including 调休) a year's notice sets. */
    public static final ParameterKey<DateSet> DAYS_OFF = ParameterKey.withGaps(
            "calendar.days-off",
            ParameterType.DATES,
            "dates",
            "国务院办公厅部分节假日安排通知确定的放假日期（含调休）",
            "days off (statutory holidays and the days moved to join them) set by the year's holiday notice");

    /** The make-up working days (调休上班) a year's notice sets: Saturdays or Sundays that are working days. */
    public static final ParameterKey<DateSet> WORKING_DAYS = ParameterKey.withGaps(
            "calendar.working-days",
            ParameterType.DATES,
            "dates",
            "国务院办公厅部分节假日安排通知确定的调休上班日期",
            "make-up working days (Saturdays or Sundays worked) set by the year's holiday notice");

    /**
     * A day the notice gives off is not also one of its make-up working days (a
     * {@link org.minzheng.core.time.HolidayYear} holding both could not say whether the day is a
     * rest day).
     */
    public static final KeyConstraint OFF_NOT_WORKING = KeyConstraint.disjoint(
            DAYS_OFF,
            WORKING_DAYS,
            "节假日安排通知中的放假日期不能同时是调休上班日期",
            "a day the holiday notice gives off is not also one of its make-up working days");

    private CalendarParameters() {}

    /** @return the calendar keys */
    public static List<ParameterKey<?>> all() {
        return List.of(DAYS_OFF, WORKING_DAYS);
    }
}
