package org.minzheng.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.time.Period;
import org.junit.jupiter.api.Test;

class AgesTest {

    private static final long FROM = LocalDate.of(1900, 1, 1).toEpochDay();
    private static final long TO = LocalDate.of(2100, 12, 31).toEpochDay();

    @Test
    void agreesWithPeriodBetweenOnAnyTwoDates() {
        qt().withExamples(20_000)
                .forAll(longs().between(FROM, TO), longs().between(FROM, TO))
                .checkAssert((b, d) -> {
                    LocalDate birth = LocalDate.ofEpochDay(b);
                    LocalDate date = LocalDate.ofEpochDay(d);
                    assertThat(Ages.completedYears(birth, date))
                            .as("%s → %s", birth, date)
                            .isEqualTo(Period.between(birth, date).getYears());
                });
    }

    @Test
    void birthdaysAndLeapDays() {
        LocalDate birth = LocalDate.of(2008, 3, 15);
        assertThat(Ages.completedYears(birth, LocalDate.of(2026, 3, 14))).isEqualTo(17);
        assertThat(Ages.completedYears(birth, LocalDate.of(2026, 3, 15))).isEqualTo(18);
        LocalDate leap = LocalDate.of(2008, 2, 29);
        assertThat(Ages.completedYears(leap, LocalDate.of(2026, 2, 28))).isEqualTo(17);
        assertThat(Ages.completedYears(leap, LocalDate.of(2026, 3, 1))).isEqualTo(18);
        assertThat(Ages.completedYears(leap, LocalDate.of(2028, 2, 29))).isEqualTo(20);
        assertThat(Ages.completedYears(LocalDate.of(2030, 1, 1), LocalDate.of(2026, 1, 2)))
                .isEqualTo(-3);
    }
}
