package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A snapshot tells a stale value by comparing its source date with the newest stale source date of
 * the snapshot's date ({@link PolicySnapshot#staleThrough}), computed once, instead of adding
 * {@link PolicySnapshot#STALENESS_HORIZON_MONTHS} months to each value read: the answer is the
 * same for every pair of dates, the ends of months and leap days included.
 */
class StaleThroughTest {

    private static boolean byMonths(LocalDate date, LocalDate source) {
        return date.isAfter(source.plusMonths(PolicySnapshot.STALENESS_HORIZON_MONTHS));
    }

    private static boolean byThreshold(LocalDate date, LocalDate source) {
        return !source.isAfter(PolicySnapshot.staleThrough(date));
    }

    @ParameterizedTest
    @CsvSource({
        "2025-12-31, 2024-12-30",
        "2026-01-01, 2024-12-31",
        "2025-03-01, 2024-02-29",
        "2025-02-28, 2024-02-27",
        "2024-02-29, 2023-02-28",
        "2025-03-31, 2024-03-30",
        "2025-04-30, 2024-04-29",
        "2025-05-01, 2024-04-30",
    })
    void theNewestStaleSourceDate_atTheEndsOfMonthsAndLeapDays(LocalDate date, LocalDate through) {
        assertThat(PolicySnapshot.staleThrough(date)).isEqualTo(through);
        assertThat(byMonths(date, through)).isTrue();
        assertThat(byMonths(date, through.plusDays(1))).isFalse();
    }

    @Test
    void aSourceDate_isStaleByTheThreshold_exactlyWhenItIsByAddingTheMonths() {
        LocalDate origin = LocalDate.of(2019, 1, 1);
        qt().withExamples(20_000)
                .forAll(integers().between(0, 12 * 366), integers().between(-900, 900))
                .checkAssert((day, back) -> {
                    LocalDate date = origin.plusDays(day);
                    LocalDate source = date.minusDays(365 + back);
                    assertThat(byThreshold(date, source)).isEqualTo(byMonths(date, source));
                });
    }

    @Test
    void atTheEdgesOfTheCalendar_thereIsNoThreshold_andTheMonthsAreAddedAsBefore() {
        assertThat(PolicySnapshot.staleThrough(LocalDate.MIN)).isNull();
        assertThat(PolicySnapshot.staleThrough(LocalDate.MIN.plusMonths(2))).isNull();
        assertThat(PolicySnapshot.staleThrough(LocalDate.MAX))
                .isEqualTo(LocalDate.MAX.minusMonths(12).minusDays(1));
    }
}
