package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.time.DateSet;
import org.minzheng.core.time.HolidayYear;

/**
 * The shipped holiday calendar (core pack, {@link CalendarParameters}): which years, how many
 * dates, and that each year's notice gives off every statutory holiday of the 放假办法 in force
 * that year (2013 revision, 国务院令第644号, to 2024: 春节 正月初一至初三, 劳动节 5月1日; 2024 revision
 * from 2025-01-01: 春节 除夕、正月初一至初三, 劳动节 5月1日、2日; 新年 1月1日, 清明, 端午, 中秋 and
 * 国庆 10月1日至3日 in both). The lunar dates below are an independent table (the notices confirm
 * some: 除夕 2024-02-09, 2025-01-28, 2026-02-16 as the day before 正月初一 2026-02-17).
 */
class HolidayCalendarDataTest {

    static final RegionCode NATION = RegionCode.of("000000");

    /** Year → {days off, working days} as shipped: change these only with the data. */
    static final Map<Integer, int[]> SHIPPED = new LinkedHashMap<>();

    static {
        SHIPPED.put(2023, new int[] {26, 7});
        SHIPPED.put(2024, new int[] {28, 8});
        SHIPPED.put(2025, new int[] {28, 5});
        SHIPPED.put(2026, new int[] {33, 6});
    }

    /** The statutory holidays of each shipped year under the 放假办法 in force that year. */
    static Stream<Object[]> statutoryHolidays() {
        return Stream.of(
                new Object[] {
                    2023,
                    "2023-01-01 2023-01-22..2023-01-24 2023-04-05 2023-05-01 2023-06-22 2023-09-29 2023-10-01..2023-10-03"
                },
                new Object[] {
                    2024,
                    "2024-01-01 2024-02-10..2024-02-12 2024-04-04 2024-05-01 2024-06-10 2024-09-17 2024-10-01..2024-10-03"
                },
                new Object[] {
                    2025,
                    "2025-01-01 2025-01-28..2025-01-31 2025-04-04 2025-05-01..2025-05-02 2025-05-31 2025-10-06 2025-10-01..2025-10-03"
                },
                new Object[] {
                    2026,
                    "2026-01-01 2026-02-16..2026-02-19 2026-04-05 2026-05-01..2026-05-02 2026-06-19 2026-09-25 2026-10-01..2026-10-03"
                });
    }

    @Test
    void shipsTheYearsWhoseNoticesAreSourced_andNoOther() {
        PolicyBook book = PolicyBook.loadDefault();
        List<Integer> years = new ArrayList<>();
        for (Timeline<DateSet> t : book.timelines(CalendarParameters.DAYS_OFF).values()) {
            for (ParameterValue<DateSet> v : t.transitions()) {
                years.add(v.since().getYear());
                assertThat(v.since()).isEqualTo(LocalDate.of(v.since().getYear(), 1, 1));
                assertThat(v.until()).isEqualTo(v.since().plusYears(1));
                assertThat(v.grade()).isEqualTo(Provenance.OFFICIAL);
                assertThat(v.citation().instrument())
                        .isEqualTo("gov-office-holidays-" + v.since().getYear());
            }
        }
        assertThat(years).containsExactlyElementsOf(SHIPPED.keySet());
        assertThat(book.timelines(CalendarParameters.DAYS_OFF)).containsOnlyKeys(NATION);
        assertThat(book.timelines(CalendarParameters.WORKING_DAYS)).containsOnlyKeys(NATION);
        for (Integer y : SHIPPED.keySet()) {
            HolidayYear h = PolicyCalendar.of(book, NATION).year(y);
            assertThat(h).as("year %s", y).isNotNull();
            assertThat(h.daysOff().size()).as("days off %s", y).isEqualTo(SHIPPED.get(y)[0]);
            assertThat(h.workingDays().size()).as("working days %s", y).isEqualTo(SHIPPED.get(y)[1]);
            assertThat(book.instruments()
                            .find("gov-office-holidays-" + y)
                            .orElseThrow()
                            .issuer())
                    .isEqualTo("国务院办公厅");
        }
        assertThat(PolicyCalendar.of(book, NATION).year(2022)).isNull();
        assertThat(PolicyCalendar.of(book, NATION).year(2027)).isNull();
    }

    @ParameterizedTest
    @MethodSource("statutoryHolidays")
    void everyStatutoryHoliday_isADayOffOfThatYearsNotice(int year, String statutory) {
        HolidayYear h = PolicyCalendar.of(PolicyBook.loadDefault(), NATION).year(year);
        for (LocalDate d : DateSet.parse(statutory).dates()) {
            boolean weekend = d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
            // a statutory holiday on a weekend is a rest day anyway; the notice gives a weekday in lieu
            assertThat(h.daysOff().contains(d) || weekend && !h.workingDays().contains(d))
                    .as("%s is a statutory holiday of %s", d, year)
                    .isTrue();
            assertThat(h.isRestDay(d)).as("%s is a rest day", d).isTrue();
        }
        assertThat(DateSet.parse(statutory).size()).isEqualTo(year >= 2025 ? 13 : 11);
    }

    @Test
    void makeUpWorkingDays_areWeekendDays_andNotDaysOff() {
        PolicyBook book = PolicyBook.loadDefault();
        for (Integer y : SHIPPED.keySet()) {
            HolidayYear h = PolicyCalendar.of(book, NATION).year(y);
            for (LocalDate d : h.workingDays().dates()) {
                assertThat(HolidayYear.isWeekend(d)).as("%s", d).isTrue();
                assertThat(h.daysOff().contains(d)).isFalse();
            }
        }
    }

    @Test
    void policyCalendar_remembersTheRowsItRead_once() {
        PolicyCalendar c = PolicyCalendar.of(PolicyBook.loadDefault(), RegionCode.of("330503"));
        c.year(2024);
        c.year(2024);
        c.year(2030);
        assertThat(c.valuesRead())
                .extracting(v -> v.key().name())
                .containsExactly("calendar.days-off", "calendar.working-days");
    }

    @Test
    void theCalendarKeys_areDeclaredByTheCorePack_andTheReadingCitesLoadedInstruments() {
        assertThat(CalendarParameters.all())
                .containsExactly(CalendarParameters.DAYS_OFF, CalendarParameters.WORKING_DAYS);
        assertThat(new CorePolicyData().keys()).containsAll(CalendarParameters.all());
        // the policy book cites these for the day count and for the reading of 法定休假日: each resolves
        PolicyBook book = PolicyBook.loadDefault();
        List<org.minzheng.core.citation.Citation> cited =
                new ArrayList<>(org.minzheng.core.program.Periods.COUNT_BASIS);
        cited.addAll(org.minzheng.core.program.Periods.REST_DAY_READING);
        for (org.minzheng.core.citation.Citation c : cited) {
            assertThat(book.instruments().find(c.instrument()))
                    .as(c.instrument())
                    .isPresent();
        }
        assertThat(book.instruments()
                        .find("state-council-working-hours-1995")
                        .orElseThrow()
                        .documentNumber())
                .isEqualTo("国务院令第146号");
    }
}
