package org.minzheng.eligibility.household;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.quicktheories.core.Gen;

/** Exact monthly amounts: value equality across denominators, sums, comparisons and roundings against BigDecimal. */
class MonthlyAmountTest {

    /** An amount in fen and its period in months. */
    record Item(long fen, int months) {
        BigDecimal monthly() {
            return BigDecimal.valueOf(fen).divide(BigDecimal.valueOf(months), MathContext.DECIMAL128);
        }
    }

    static Gen<Item> items() {
        return longs().between(-10_000_000L, 100_000_000L).zip(integers().between(1, 12), Item::new);
    }

    static MonthlyAmount sumByPlus(List<Item> items) {
        MonthlyAmount total = MonthlyAmount.ZERO;
        for (Item i : items) {
            total = total.plus(MonthlyAmount.of(Money.ofFen(i.fen()), i.months()));
        }
        return total;
    }

    static BigDecimal exact(MonthlyAmount m) {
        return BigDecimal.valueOf(m.numeratorFen()).divide(BigDecimal.valueOf(m.denominator()), MathContext.DECIMAL128);
    }

    @Test
    void sum_equalsTheSumByPlus_andTheBigDecimalSum() {
        qt().forAll(lists().of(items()).ofSizeBetween(0, 8)).checkAssert(list -> {
            MonthlyAmount.Sum sum = new MonthlyAmount.Sum();
            BigDecimal expected = BigDecimal.ZERO;
            for (Item i : list) {
                sum.add(Money.ofFen(i.fen()), i.months());
                expected = expected.add(i.monthly());
            }
            MonthlyAmount total = sum.total();
            assertThat(total).isEqualTo(sumByPlus(list)).hasSameHashCodeAs(sumByPlus(list));
            assertThat(exact(total).subtract(expected).abs()).isLessThan(new BigDecimal("1E-20"));
            if (list.stream().allMatch(i -> i.months() == 1)) {
                assertThat(total.denominator()).isEqualTo(1);
            }
        });
    }

    @Test
    void displayRoundingAndComparison_agreeWithBigDecimal() {
        qt().forAll(lists().of(items()).ofSizeBetween(1, 6), integers().between(1, 9), longs().between(0, 5_000_00))
                .checkAssert((list, n, standardFen) -> {
                    MonthlyAmount total = sumByPlus(list);
                    BigDecimal value = exact(total);
                    assertThat(total.dividedBy(n, Rounding.FEN_HALF_UP).fen())
                            .isEqualTo(value.divide(BigDecimal.valueOf(n), MathContext.DECIMAL128)
                                    .setScale(0, java.math.RoundingMode.HALF_UP)
                                    .longValueExact());
                    assertThat(Integer.signum(total.compareTo(Money.ofFen(standardFen), n)))
                            .isEqualTo(value.compareTo(BigDecimal.valueOf(standardFen * n)));
                    MonthlyAmount gap = total.subtractedFromFen(standardFen * n);
                    assertThat(gap)
                            .isEqualTo(MonthlyAmount.ofFen(standardFen * n).minus(total));
                    assertThat(total.minusFen(standardFen * n))
                            .isEqualTo(total.minus(MonthlyAmount.ofFen(standardFen * n)));
                });
    }

    @Test
    void equality_isByValue() {
        assertThat(new MonthlyAmount(3, 1))
                .isEqualTo(new MonthlyAmount(3 * 27_720, 27_720))
                .hasSameHashCodeAs(new MonthlyAmount(3 * 27_720, 27_720));
        assertThat(MonthlyAmount.of(Money.ofFen(1200), 12)).isEqualTo(MonthlyAmount.ofFen(100));
        assertThat(MonthlyAmount.of(Money.ofFen(100), 3)).isNotEqualTo(MonthlyAmount.ofFen(33));
        assertThat(MonthlyAmount.of(Money.ofFen(100), 3).isWholeFen()).isFalse();
        assertThat(MonthlyAmount.of(Money.ofFen(100), 1).exact()).isEqualTo(Money.ofFen(100));
        assertThatThrownBy(() -> MonthlyAmount.of(Money.ofFen(100), 3).exact()).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> MonthlyAmount.of(Money.ofFen(100), 13)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> MonthlyAmount.of(Money.ofFen(100), 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new MonthlyAmount.Sum().total()).isEqualTo(MonthlyAmount.ZERO);
        assertThat(new MonthlyAmount.Sum()
                        .add(Money.ofFen(5), 1)
                        .add(Money.ofFen(7), 1)
                        .total())
                .isEqualTo(MonthlyAmount.ofFen(12));
        assertThat(MonthlyAmount.ofFen(-1).isNegative()).isTrue();
        assertThat(MonthlyAmount.ZERO.isNegative()).isFalse();
        assertThat(MonthlyAmount.ofFen(7).hashCode())
                .isNotEqualTo(MonthlyAmount.ofFen(8).hashCode());
        assertThat(MonthlyAmount.ofFen(7)).hasToString("7 fen");
        assertThat(MonthlyAmount.of(Money.ofFen(100), 3)).hasToString("924000/27720 fen");
    }
}
