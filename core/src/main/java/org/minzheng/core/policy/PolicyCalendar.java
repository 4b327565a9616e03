package org.minzheng.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.time.HolidayCalendar;
import org.minzheng.core.time.HolidayYear;

/**
 * The holiday calendar of a policy book at one region ({@link CalendarParameters}), remembering
 * which rows it read so that a decision can record them. A year is configured when both keys have
 * a value on its 1 January. One per count; not thread-safe.
 */
public final class PolicyCalendar implements HolidayCalendar {

    private final PolicyBook book;
    private final RegionCode region;
    private final List<ParameterValue<?>> read = new ArrayList<>(2);

    private PolicyCalendar(PolicyBook book, RegionCode region) {
        this.book = book;
        this.region = region;
    }

    /**
     * Obtains the calendar of a book at a region.
     *
     * @param book   the book, not null
     * @param region the region, not null; must be in the book's region table
     * @return a new calendar, not null
     */
    public static PolicyCalendar of(PolicyBook book, RegionCode region) {
        return new PolicyCalendar(Objects.requireNonNull(book, "book"), Objects.requireNonNull(region, "region"));
    }

    @Override
    public HolidayYear year(int year) {
        PolicySnapshot s = book.snapshot(region, LocalDate.of(year, 1, 1));
        ParameterValue<org.minzheng.core.time.DateSet> off = s.find(CalendarParameters.DAYS_OFF);
        ParameterValue<org.minzheng.core.time.DateSet> work = s.find(CalendarParameters.WORKING_DAYS);
        if (off == null || work == null) {
            return null;
        }
        add(off);
        add(work);
        return new HolidayYear(year, off.value(), work.value());
    }

    private void add(ParameterValue<?> v) {
        if (!read.contains(v)) {
            read.add(v);
        }
    }

    /** @return the calendar rows read so far, in the order they were read */
    public List<ParameterValue<?>> valuesRead() {
        return List.copyOf(read);
    }
}
