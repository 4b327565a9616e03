package org.minzheng.core.time;

/**
 * The holiday arrangements known for each year. The shipped calendar is policy data (the keys
 * {@code calendar.days-off} and {@code calendar.working-days} of the core pack, one row per year,
 * each citing that year's notice); {@code org.minzheng.core.policy.PolicyCalendar} reads it.
 */
@FunctionalInterface
public interface HolidayCalendar {

    /** A calendar that knows no year: only Saturdays and Sundays are rest days. */
    HolidayCalendar NONE = year -> null;

    /**
     * @param year a calendar year
     * @return the year's arrangement, or null if no notice is configured for that year
     */
    HolidayYear year(int year);
}
