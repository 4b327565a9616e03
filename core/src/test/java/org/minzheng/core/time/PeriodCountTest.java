package org.minzheng.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * 民法典 第二百零一条 "按照年、月、日计算期间的，开始的当日不计入，自下一日开始计算"; 第二百零二条
 * "到期月的对应日为期间的最后一日；没有对应日的，月末日为期间的最后一日"; 第二百零三条
 * "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日". Frozen fixture
 * arrangements (not the shipped data) so that a policy update breaks only the data tests.
 */
class PeriodCountTest {

    /** The 2024 arrangement of 国办发明电〔2023〕7号, as a fixture. */
    static final HolidayYear Y2024 = new HolidayYear(
            2024,
            DateSet.parse("2024-01-01 2024-02-10..2024-02-17 2024-04-04..2024-04-06 2024-05-01..2024-05-05 2024-06-10"
                    + " 2024-09-15..2024-09-17 2024-10-01..2024-10-07"),
            DateSet.parse("2024-02-04 2024-02-18 2024-04-07 2024-04-28 2024-05-11 2024-09-14 2024-09-29 2024-10-12"));

    static final HolidayCalendar ONLY_2024 = year -> year == 2024 ? Y2024 : null;

    @Test
    void art201_signedOnMondayThe1st_sevenDays_endOnMondayThe8th() {
        Deadline d = PeriodCount.days(LocalDate.of(2024, 7, 1), 7, ONLY_2024);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2024, 7, 8));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 7, 8));
        assertThat(d.extended()).isFalse();
        assertThat(d.inTime(LocalDate.of(2024, 7, 8))).isTrue();
        assertThat(d.inTime(LocalDate.of(2024, 7, 9))).isFalse();
        assertThat(d.daysLate(LocalDate.of(2024, 7, 10))).isEqualTo(2);
        assertThat(d.yearsWithoutNotice()).isEmpty();
    }

    @Test
    void art203_signed28September2024_lastDayInNationalDayHoliday_movesTo8October() {
        Deadline d = PeriodCount.days(LocalDate.of(2024, 9, 28), 7, ONLY_2024);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(d.extended()).isTrue();
        assertThat(d.inTime(LocalDate.of(2024, 10, 8))).isTrue();
        assertThat(d.inTime(LocalDate.of(2024, 10, 9))).isFalse();
    }

    @Test
    void art203_lastDayOnSaturday_movesToMonday() {
        // 2024-07-13 is a Saturday
        Deadline d = PeriodCount.days(LocalDate.of(2024, 7, 6), 7, ONLY_2024);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2024, 7, 13));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 7, 15));
    }

    @Test
    void makeUpWorkingSunday_isNotARestDay_theDeadlineStays() {
        // 2024-09-29 is a Sunday the notice makes a working day
        Deadline d = PeriodCount.days(LocalDate.of(2024, 9, 22), 7, ONLY_2024);
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 9, 29));
        assertThat(d.extended()).isFalse();
    }

    @Test
    void dayOffOnAWeekday_extends() {
        // 2024-06-10 (Monday) is the 端午节 day off; Saturday 8 and Sunday 9 before it
        Deadline d = PeriodCount.days(LocalDate.of(2024, 6, 1), 7, ONLY_2024);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2024, 6, 8));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 6, 11));
    }

    @Test
    void yearWithoutNotice_weekendsStillExtend_andTheYearIsNamed() {
        // 2027-10-02 is a Saturday; no notice for 2027: 1 October (a Friday) is not known as a holiday
        Deadline d = PeriodCount.days(LocalDate.of(2027, 9, 25), 7, ONLY_2024);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2027, 10, 2));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2027, 10, 4));
        assertThat(d.yearsWithoutNotice()).containsExactly(2027);
        assertThat(PeriodCount.days(LocalDate.of(2027, 9, 23), 7, HolidayCalendar.NONE)
                        .lastDay())
                .isEqualTo(LocalDate.of(2027, 9, 30));
    }

    @Test
    void extensionAcrossNewYear_looksAtBothYears() {
        // 2023-12-30 is a Saturday, 31 a Sunday, 2024-01-01 a day off: the last day is 2 January 2024
        Deadline d = PeriodCount.days(LocalDate.of(2023, 12, 23), 7, ONLY_2024);
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 1, 2));
        assertThat(d.yearsWithoutNotice()).containsExactly(2023);
    }

    @Test
    void art202_monthEnd_31JanuaryPlusOneMonth_isTheLastDayOfFebruary() {
        Deadline d = PeriodCount.months(LocalDate.of(2024, 1, 31), 1, ONLY_2024);
        // 29 February 2024 is a Thursday
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(PeriodCount.months(LocalDate.of(2024, 1, 15), 1, ONLY_2024).lastDay())
                .isEqualTo(LocalDate.of(
                        2024, 2, 18)); // 15 Feb is in the Spring Festival days off; 18 Feb is a working Sunday
    }

    @Test
    void zeroDays_endOnTheEventDay_negativeIsRejected() {
        assertThat(PeriodCount.days(LocalDate.of(2024, 7, 1), 0, ONLY_2024).lastDay())
                .isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(PeriodCount.months(LocalDate.of(2024, 7, 1), 0, ONLY_2024).lastDay())
                .isEqualTo(LocalDate.of(2024, 7, 1));
        assertThatThrownBy(() -> PeriodCount.days(LocalDate.of(2024, 7, 1), -1, ONLY_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
        assertThatThrownBy(() -> PeriodCount.months(LocalDate.of(2024, 7, 1), -1, ONLY_2024))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("-1");
    }

    @Test
    void aCalendarGivingTheWrongYear_isRefused() {
        HolidayCalendar wrong = year -> Y2024;
        assertThatThrownBy(() -> PeriodCount.days(LocalDate.of(2025, 7, 1), 7, wrong))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("2025");
    }

    @Test
    void restDays_withAndWithoutArrangement() {
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 12), Y2024)).isFalse(); // working Saturday
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 12), null)).isTrue();
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 2), Y2024)).isTrue();
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 2), null)).isFalse();
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 8), Y2024)).isFalse();
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 19), Y2024)).isTrue(); // ordinary Saturday
        assertThat(PeriodCount.isRestDay(LocalDate.of(2024, 10, 20), Y2024)).isTrue(); // ordinary Sunday
    }

    @Test
    void deadline_copiesItsYears_andRefusesALastDayBeforeTheNominal() {
        java.util.ArrayList<Integer> years = new java.util.ArrayList<>(List.of(2030));
        Deadline d = new Deadline(LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 8), LocalDate.of(2030, 1, 8), years);
        years.add(2031);
        assertThat(d.yearsWithoutNotice()).containsExactly(2030);
        assertThatThrownBy(() -> new Deadline(
                        LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 8), LocalDate.of(2030, 1, 7), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
