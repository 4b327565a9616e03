package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;

/**
 * The helpers generated validators call ({@link GeneratedValidator}): exact comparisons of every
 * number type with a bound, the blank test, the paths they build, the depth limit and the rules'
 * messages — the contract between the annotation processor's output and {@code core}.
 */
class GeneratedValidatorContractTest {

    @Test
    void atLeastAndAtMost_compareLongsExactly_atEveryBound() {
        qt().forAll(longs().between(-1_000, 1_000), longs().between(-1_000, 1_000))
                .checkAssert((v, bound) -> {
                    assertThat(GeneratedValidator.atLeast(v, bound)).isEqualTo(v >= bound);
                    assertThat(GeneratedValidator.atMost(v, bound)).isEqualTo(v <= bound);
                    assertThat(GeneratedValidator.atLeast((int) (long) v, bound))
                            .isEqualTo(v >= bound);
                    assertThat(GeneratedValidator.atMost((short) (long) v, bound))
                            .isEqualTo(v <= bound);
                });
        assertThat(GeneratedValidator.atLeast(Long.MIN_VALUE, Long.MIN_VALUE)).isTrue();
        assertThat(GeneratedValidator.atMost(Long.MAX_VALUE, Long.MAX_VALUE)).isTrue();
    }

    @Test
    void atLeastAndAtMost_compareDecimalsAndBigIntegersExactly_notTheirLongValue() {
        qt().forAll(integers().between(-2_000, 2_000), integers().between(-20, 20))
                .checkAssert((hundredths, bound) -> {
                    BigDecimal d = BigDecimal.valueOf(hundredths, 2);
                    assertThat(GeneratedValidator.atLeast(d, bound))
                            .isEqualTo(d.compareTo(BigDecimal.valueOf(bound)) >= 0);
                    assertThat(GeneratedValidator.atMost(d, bound))
                            .isEqualTo(d.compareTo(BigDecimal.valueOf(bound)) <= 0);
                });
        BigInteger huge = BigInteger.ONE.shiftLeft(64);
        assertThat(GeneratedValidator.atMost(huge.add(BigInteger.TWO), 5)).isFalse();
        assertThat(GeneratedValidator.atMost(BigInteger.valueOf(5), 5)).isTrue();
        assertThat(GeneratedValidator.atMost(BigInteger.valueOf(6), 5)).isFalse();
        assertThat(GeneratedValidator.atLeast(huge.negate().add(BigInteger.TEN), 5))
                .isFalse();
        assertThat(GeneratedValidator.atLeast(BigInteger.valueOf(5), 5)).isTrue();
        assertThat(GeneratedValidator.atLeast(BigInteger.valueOf(4), 5)).isFalse();
        assertThat(GeneratedValidator.atLeast(new BigDecimal("-4.5"), -4)).isFalse();
        assertThat(GeneratedValidator.atMost(new BigDecimal("5.01"), 5)).isFalse();
    }

    @Test
    void sign_isTheExactSign_ofEveryNumberType() {
        BigInteger huge = BigInteger.ONE.shiftLeft(64);
        assertThat(GeneratedValidator.sign(huge)).isEqualTo(1);
        assertThat(GeneratedValidator.sign(huge.negate())).isEqualTo(-1);
        assertThat(GeneratedValidator.sign(BigInteger.ZERO)).isZero();
        assertThat(GeneratedValidator.sign(new BigDecimal("0.01"))).isEqualTo(1);
        assertThat(GeneratedValidator.sign(new BigDecimal("-0.01"))).isEqualTo(-1);
        assertThat(GeneratedValidator.sign(new BigDecimal("0.00"))).isZero();
        qt().forAll(longs().all())
                .checkAssert(v -> assertThat(GeneratedValidator.sign(v)).isEqualTo(Long.signum(v)));
        assertThat(GeneratedValidator.sign((byte) -3)).isEqualTo(-1);
    }

    @Test
    void notBlank_andNonNegative_asTheConstraintsDefineThem() {
        assertThat(GeneratedValidator.notBlank("")).isFalse();
        assertThat(GeneratedValidator.notBlank(" \t\n")).isFalse();
        assertThat(GeneratedValidator.notBlank("  !")).isTrue();
        assertThat(GeneratedValidator.notBlank("x  ")).isTrue();
        assertThat(GeneratedValidator.notBlank("\u0020")).isFalse();
        assertThat(GeneratedValidator.notBlank("\u0021")).isTrue();
        // Unicode whitespace, as String.isBlank (Hibernate Validator's test) sees it
        assertThat(GeneratedValidator.notBlank("\u3000")).isFalse();
        assertThat(GeneratedValidator.notBlank("\u2003 \u3000")).isFalse();
        assertThat(GeneratedValidator.notBlank("\u00a0")).isTrue();
        assertThat(GeneratedValidator.notBlank("\u0000")).isTrue();
        assertThat(GeneratedValidator.notBlank(new StringBuilder("\u3000x"))).isTrue();
        qt().forAll(integers().between(0, 0x3100), integers().between(0, 3)).checkAssert((c, n) -> {
            String s = String.valueOf((char) (int) c).repeat(n);
            assertThat(GeneratedValidator.notBlank(s)).as("U+%04X × %d", c, n).isEqualTo(!s.isBlank());
        });
        assertThat(GeneratedValidator.nonNegative(Money.ofFen(-1))).isFalse();
        assertThat(GeneratedValidator.nonNegative(Money.ZERO)).isTrue();
        assertThat(GeneratedValidator.nonNegative(Money.ofFen(1))).isTrue();
    }

    private static final GeneratedValidator.Rule NOT_NULL = GeneratedValidator.Rule.of("NotNull");

    private static List<String> paths(GeneratedValidator.Trail t, String root) {
        return t.list().stream().map(f -> f.violation(root).path()).toList();
    }

    @Test
    void prefixIndexAndKey_nameOnlyTheViolationsFoundSinceTheMark() {
        assertThat(GeneratedValidator.mark(null)).isZero();
        assertThat(GeneratedValidator.prefix(null, 0, ".a")).isNull();
        assertThat(GeneratedValidator.index(null, 0, 1)).isNull();
        assertThat(GeneratedValidator.key(null, 0, "k")).isNull();
        GeneratedValidator.Trail t = GeneratedValidator.fail(null, NOT_NULL);
        assertThat(GeneratedValidator.mark(t)).isEqualTo(1);
        t = GeneratedValidator.fail(t, NOT_NULL);
        assertThat(GeneratedValidator.mark(t)).isEqualTo(2);
        assertThat(GeneratedValidator.prefix(t, 1, ".b")).isSameAs(t);
        GeneratedValidator.index(t, 1, 4);
        GeneratedValidator.key(t, 1, "k");
        GeneratedValidator.prefix(t, 2, ".none");
        GeneratedValidator.index(t, 2, 9);
        GeneratedValidator.key(t, 2, "none");
        GeneratedValidator.prefix(t, 0, ".all");
        assertThat(paths(t, "facts")).containsExactly("facts.all", "facts.all[k][4].b");
        Violation v = t.get(0).violation("");
        assertThat(v).isEqualTo(new Violation(".all", "NotNull", "不能为空", "is required"));
    }

    @Test
    void theRulesMessages_areRenderedOnce_withTheirBounds_inBothLanguages() {
        GeneratedValidator.Rule min = GeneratedValidator.Rule.of("Min", -3);
        assertThat(min.code).isEqualTo("Min");
        assertThat(min.zh).isEqualTo("不能小于 -3");
        assertThat(min.en).isEqualTo("must be at least -3");
        GeneratedValidator.Rule size = GeneratedValidator.Rule.size(0, 2147483647);
        assertThat(size.code).isEqualTo("Size");
        assertThat(size.en).isEqualTo("must have between 0 and 2147483647 elements");
        assertThat(size.zh).isEqualTo("元素个数须在 0 到 2147483647 之间");
        GeneratedValidator.Rule positive = GeneratedValidator.Rule.of("Positive");
        assertThat(positive.en).isEqualTo("must be greater than zero");
        assertThat(positive.zh).isEqualTo("须大于零");
    }

    @Test
    void theDepthLimit_isAHundredLevels() {
        GeneratedValidator.depth(0);
        GeneratedValidator.depth(100);
        assertThatThrownBy(() -> GeneratedValidator.depth(101)).isInstanceOf(ConstraintPlan.TooDeep.class);
    }

    @Test
    void aCascadedObjectWithoutAGeneratedValidator_isValidatedByItsPlan() {
        record Local(@jakarta.validation.constraints.NotNull String name) {}
        assertThat(GeneratedValidator.of(Local.class)).isNull();
        GeneratedValidator.Trail t = GeneratedValidator.plan(new Local(null), null, 1);
        assertThat(paths(t, "facts")).containsExactly("facts.name");
        assertThat(GeneratedValidator.plan(new Local("x"), null, 1)).isNull();
        assertThat(GeneratedValidator.of(ConstraintBoundariesTest.Amounts.class))
                .isNotNull();
        assertThat(GeneratedValidator.of(ConstraintBoundariesTest.Amounts.class).presence())
                .isEqualTo(Map.of("required", List.of("NotNull")));
    }
}
