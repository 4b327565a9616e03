package org.minzheng.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class DateSetTest {

    @Test
    void parse_runsAndSingles_roundTripToTheCanonicalForm() {
        DateSet s = DateSet.parse(" 2024-10-03 2024-10-01..2024-10-02  2024-12-31 ");
        assertThat(s.size()).isEqualTo(4);
        assertThat(s.toString()).isEqualTo("2024-10-01..2024-10-03 2024-12-31");
        assertThat(DateSet.parse(s.toString())).isEqualTo(s).hasSameHashCodeAs(s);
        assertThat(s.contains(LocalDate.of(2024, 10, 2))).isTrue();
        assertThat(s.contains(LocalDate.of(2024, 10, 4))).isFalse();
        assertThat(s.dates()).first().isEqualTo(LocalDate.of(2024, 10, 1));
        assertThat(s.isEmpty()).isFalse();
    }

    @Test
    void none_isTheEmptySet() {
        assertThat(DateSet.parse("none")).isSameAs(DateSet.EMPTY);
        assertThat(DateSet.EMPTY.toString()).isEqualTo("none");
        assertThat(DateSet.EMPTY.isEmpty()).isTrue();
        assertThat(DateSet.of(List.of())).isSameAs(DateSet.EMPTY);
        assertThat(DateSet.of(List.of(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 1))))
                .hasToString("2024-01-01..2024-01-02");
    }

    @Test
    void malformed_isRefused() {
        assertThatThrownBy(() -> DateSet.parse("")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateSet.parse("2024-02-30")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateSet.parse("2024-10-03..2024-10-01"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("ends before");
        assertThatThrownBy(() -> DateSet.parse("2024-10-01 2024-10-01..2024-10-02"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("twice");
    }

    @Test
    void holidayYear_refusesDatesOutsideTheYear_andDaysBothOffAndWorking() {
        assertThatThrownBy(() -> new HolidayYear(2024, DateSet.parse("2023-12-31"), DateSet.EMPTY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayYear(2024, DateSet.EMPTY, DateSet.parse("2025-01-04")))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new HolidayYear(2024, DateSet.parse("2024-10-12"), DateSet.parse("2024-10-12")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("both");
        HolidayYear y = new HolidayYear(2024, DateSet.EMPTY, DateSet.EMPTY);
        assertThatThrownBy(() -> y.isRestDay(LocalDate.of(2025, 1, 1))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalSets_areEqual_andDifferentOnesAreNot() {
        DateSet a = DateSet.parse("2024-10-01..2024-10-07");
        assertThat(a)
                .isEqualTo(DateSet.parse("2024-10-01 2024-10-02..2024-10-07"))
                .hasSameHashCodeAs(DateSet.parse("2024-10-01 2024-10-02..2024-10-07"));
        assertThat(a)
                .isNotEqualTo(DateSet.parse("2024-10-01..2024-10-06"))
                .isNotEqualTo("2024-10-01..2024-10-07")
                .isNotEqualTo(null);
        assertThat(a.hashCode())
                .isNotEqualTo(DateSet.parse("2024-10-01..2024-10-06").hashCode());
    }
}
