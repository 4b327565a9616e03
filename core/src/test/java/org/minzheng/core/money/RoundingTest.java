package org.minzheng.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.junit.jupiter.api.Test;

class RoundingTest {

    /** The long-arithmetic division gives exactly what BigDecimal gives, for every mode and unit. */
    @Test
    void divide_agreesWithBigDecimal_forEveryModeAndUnit() {
        qt().forAll(
                        longs().between(-10_000_000_000L, 10_000_000_000L),
                        longs().between(1, 27_720 * 12),
                        integers().between(0, RoundingMode.values().length - 2),
                        integers().between(0, 2))
                .checkAssert((num, den, m, u) -> {
                    RoundingMode mode = RoundingMode.values()[m];
                    if (mode == RoundingMode.UNNECESSARY) {
                        return;
                    }
                    MoneyUnit unit = MoneyUnit.values()[u];
                    Rounding r = Rounding.of(unit, mode);
                    BigDecimal exact = BigDecimal.valueOf(num)
                            .divide(BigDecimal.valueOf(den * unit.fen()), 0, mode)
                            .multiply(BigDecimal.valueOf(unit.fen()));
                    assertThat(r.divide(num, den).fen()).isEqualTo(exact.longValueExact());
                });
    }

    @Test
    void divide_ties() {
        // 5 / 2 = 2.5 fen, -5 / 2 = -2.5 fen
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_UP).divide(5, 2).fen())
                .isEqualTo(3);
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_UP)
                        .divide(-5, 2)
                        .fen())
                .isEqualTo(-3);
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_DOWN)
                        .divide(5, 2)
                        .fen())
                .isEqualTo(2);
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_EVEN)
                        .divide(5, 2)
                        .fen())
                .isEqualTo(2);
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_EVEN)
                        .divide(7, 2)
                        .fen())
                .isEqualTo(4);
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.HALF_EVEN)
                        .divide(-5, 2)
                        .fen())
                .isEqualTo(-2);
        assertThat(Rounding.of(MoneyUnit.YUAN, RoundingMode.CEILING)
                        .divide(34350, 100)
                        .fen())
                .isEqualTo(400);
        assertThatThrownBy(() ->
                        Rounding.of(MoneyUnit.FEN, RoundingMode.UNNECESSARY).divide(5, 2))
                .isInstanceOf(ArithmeticException.class);
        assertThat(Rounding.of(MoneyUnit.FEN, RoundingMode.UNNECESSARY)
                        .divide(6, 2)
                        .fen())
                .isEqualTo(3);
    }
}
