package org.minzheng.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DateRangeTest {

    private static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    private static final LocalDate JAN_1 = LocalDate.of(2025, 1, 1);

    @Test
    void contains_isHalfOpen() {
        DateRange r = DateRange.of(JUNE_1, JAN_1);
        assertThat(r.contains(JUNE_1)).isTrue();
        assertThat(r.contains(JUNE_1.minusDays(1))).isFalse();
        assertThat(r.contains(JAN_1.minusDays(1))).isTrue();
        assertThat(r.contains(JAN_1)).isFalse();
        assertThat(r.lengthInDays()).contains(214L);
    }

    @Test
    void openRange_hasNoEnd() {
        DateRange r = DateRange.startingAt(JUNE_1);
        assertThat(r.isOpen()).isTrue();
        assertThat(r.contains(LocalDate.of(2999, 1, 1))).isTrue();
        assertThat(r.lengthInDays()).isEmpty();
    }

    @Test
    void overlaps_sharesADate() {
        DateRange a = DateRange.of(JUNE_1, JAN_1);
        assertThat(a.overlaps(DateRange.of(JAN_1, JAN_1.plusDays(1)))).isFalse();
        assertThat(a.overlaps(DateRange.of(JAN_1.minusDays(1), JAN_1.plusDays(1))))
                .isTrue();
        assertThat(a.overlaps(DateRange.startingAt(JUNE_1.minusYears(1)))).isTrue();
        assertThat(DateRange.startingAt(JAN_1).overlaps(DateRange.of(JUNE_1, JAN_1)))
                .isFalse();
    }

    @Test
    void parse_roundTrips() {
        assertThat(DateRange.parse("2024-06-01/2025-01-01")).isEqualTo(DateRange.of(JUNE_1, JAN_1));
        assertThat(DateRange.parse("2024-06-01/..")).isEqualTo(DateRange.startingAt(JUNE_1));
        assertThat(DateRange.parse(DateRange.of(JUNE_1, JAN_1).toString())).isEqualTo(DateRange.of(JUNE_1, JAN_1));
        assertThatThrownBy(() -> DateRange.parse("2024-06-01")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DateRange.parse("2024-06-01/2024-06-01")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equality_openness_andJson() {
        DateRange closed = DateRange.parse("2024-06-01/2025-01-01");
        DateRange open = DateRange.parse("2024-06-01/..");
        assertThat(closed)
                .isEqualTo(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 1)))
                .hasSameHashCodeAs(DateRange.of(LocalDate.of(2024, 6, 1), LocalDate.of(2025, 1, 1)))
                .isNotEqualTo(open)
                .isNotEqualTo(DateRange.parse("2024-06-02/2025-01-01"))
                .isNotEqualTo("x");
        assertThat(closed.hashCode())
                .isNotEqualTo(open.hashCode())
                .isNotEqualTo(DateRange.parse("2024-06-02/2025-01-01").hashCode());
        assertThat(closed.isOpen()).isFalse();
        assertThat(open.isOpen()).isTrue();
        assertThat(closed.start()).isEqualTo(LocalDate.of(2024, 6, 1));
        String json = org.minzheng.core.json.Json.mapper().valueToTree(closed).toString();
        assertThat(json).contains("\"start\":\"2024-06-01\"").contains("\"endExclusive\":\"2025-01-01\"");
    }
}
