package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * Each constraint kind the compiled plans understand, just inside, on and just outside its bound,
 * and null: the plan built by reflection, the validator generated at build time and Hibernate
 * Validator give the same paths, codes and messages (zh and en), and the expected ones.
 */
class ConstraintBoundariesTest {

    /** The plan's answer (reflection alone) as {@code path code}, after holding all three to one answer. */
    static List<String> found(Object facts) {
        ValidationAgreement.assertAgrees(facts);
        return InputValidator.get().validateWithPlans(facts, "facts").stream()
                .map(v -> v.path() + " " + v.code())
                .toList();
    }

    // ---------------------------------------------------------------- Min, Max, Positive, PositiveOrZero

    record AtLeastFive(
            @Min(5) int i,
            @Min(5) long l,
            @Min(5) short s,
            @Min(5) byte b,
            @Min(5) Integer boxedInt,
            @Min(5) Long boxedLong,
            @Min(5) Short boxedShort,
            @Min(5) Byte boxedByte,
            @Min(5) BigDecimal decimal,
            @Min(5) BigInteger big) {
        static AtLeastFive of(int v) {
            return new AtLeastFive(
                    v,
                    v,
                    (short) v,
                    (byte) v,
                    v,
                    (long) v,
                    (short) v,
                    (byte) v,
                    BigDecimal.valueOf(v),
                    BigInteger.valueOf(v));
        }
    }

    record AtMostFive(
            @Max(5) int i,
            @Max(5) long l,
            @Max(5) short s,
            @Max(5) byte b,
            @Max(5) Integer boxedInt,
            @Max(5) Long boxedLong,
            @Max(5) Short boxedShort,
            @Max(5) Byte boxedByte,
            @Max(5) BigDecimal decimal,
            @Max(5) BigInteger big) {
        static AtMostFive of(int v) {
            return new AtMostFive(
                    v,
                    v,
                    (short) v,
                    (byte) v,
                    v,
                    (long) v,
                    (short) v,
                    (byte) v,
                    BigDecimal.valueOf(v),
                    BigInteger.valueOf(v));
        }
    }

    record AboveZero(
            @Positive int i,
            @Positive long l,
            @Positive short s,
            @Positive byte b,
            @Positive Integer boxedInt,
            @Positive Long boxedLong,
            @Positive Short boxedShort,
            @Positive Byte boxedByte,
            @Positive BigDecimal decimal,
            @Positive BigInteger big) {
        static AboveZero of(int v) {
            return new AboveZero(
                    v,
                    v,
                    (short) v,
                    (byte) v,
                    v,
                    (long) v,
                    (short) v,
                    (byte) v,
                    BigDecimal.valueOf(v),
                    BigInteger.valueOf(v));
        }
    }

    record ZeroOrMore(
            @PositiveOrZero int i,
            @PositiveOrZero long l,
            @PositiveOrZero short s,
            @PositiveOrZero byte b,
            @PositiveOrZero Integer boxedInt,
            @PositiveOrZero Long boxedLong,
            @PositiveOrZero Short boxedShort,
            @PositiveOrZero Byte boxedByte,
            @PositiveOrZero BigDecimal decimal,
            @PositiveOrZero BigInteger big) {
        static ZeroOrMore of(int v) {
            return new ZeroOrMore(
                    v,
                    v,
                    (short) v,
                    (byte) v,
                    v,
                    (long) v,
                    (short) v,
                    (byte) v,
                    BigDecimal.valueOf(v),
                    BigInteger.valueOf(v));
        }
    }

    private static final List<String> NUMBER_PROPERTIES =
            List.of("b", "big", "boxedByte", "boxedInt", "boxedLong", "boxedShort", "decimal", "i", "l", "s");

    private static List<String> all(String code) {
        return NUMBER_PROPERTIES.stream().map(p -> "facts." + p + " " + code).toList();
    }

    @Test
    void min_onEveryIntegralType_refusesOnlyWhatIsBelowTheBound() {
        qt().forAll(integers().between(-2, 12))
                .checkAssert(v -> assertThat(found(AtLeastFive.of(v)))
                        .as("@Min(5) at %d", v)
                        .isEqualTo(v < 5 ? all("Min") : List.of()));
    }

    @Test
    void max_onEveryIntegralType_refusesOnlyWhatIsAboveTheBound() {
        qt().forAll(integers().between(-2, 12))
                .checkAssert(v -> assertThat(found(AtMostFive.of(v)))
                        .as("@Max(5) at %d", v)
                        .isEqualTo(v > 5 ? all("Max") : List.of()));
    }

    @Test
    void positive_onEveryIntegralType_refusesZeroAndBelow() {
        qt().forAll(integers().between(-3, 3))
                .checkAssert(v -> assertThat(found(AboveZero.of(v)))
                        .as("@Positive at %d", v)
                        .isEqualTo(v <= 0 ? all("Positive") : List.of()));
    }

    @Test
    void positiveOrZero_onEveryIntegralType_refusesOnlyNegatives() {
        qt().forAll(integers().between(-3, 3))
                .checkAssert(v -> assertThat(found(ZeroOrMore.of(v)))
                        .as("@PositiveOrZero at %d", v)
                        .isEqualTo(v < 0 ? all("PositiveOrZero") : List.of()));
    }

    @Test
    void nullNumbers_passEveryNumericConstraint_onlyNotNullRefusesThem() {
        assertThat(found(new AtLeastFive(5, 5, (short) 5, (byte) 5, null, null, null, null, null, null)))
                .isEmpty();
        assertThat(found(new AtMostFive(5, 5, (short) 5, (byte) 5, null, null, null, null, null, null)))
                .isEmpty();
        assertThat(found(new AboveZero(1, 1, (short) 1, (byte) 1, null, null, null, null, null, null)))
                .isEmpty();
        assertThat(found(new ZeroOrMore(0, 0, (short) 0, (byte) 0, null, null, null, null, null, null)))
                .isEmpty();
    }

    record Exact(
            @Min(-4) BigDecimal minDecimal,
            @Max(5) BigDecimal maxDecimal,
            @Positive BigDecimal positiveDecimal,
            @PositiveOrZero BigDecimal zeroDecimal,
            @Min(5) BigInteger minBig,
            @Max(5) BigInteger maxBig,
            @Positive BigInteger positiveBig,
            @PositiveOrZero BigInteger zeroBig) {}

    private static final BigInteger TWO_TO_64 = BigInteger.ONE.shiftLeft(64);

    @Test
    void decimalsAndBigIntegers_areComparedExactly_neverThroughALongThatCutsThemOff() {
        // each value's longValue() lies on the other side of the bound
        assertThat(found(new Exact(
                        new BigDecimal("-4.5"),
                        new BigDecimal("5.01"),
                        new BigDecimal("-0.5"),
                        new BigDecimal("-0.5"),
                        TWO_TO_64.negate().add(BigInteger.valueOf(7)),
                        TWO_TO_64.add(BigInteger.valueOf(3)),
                        TWO_TO_64.negate(),
                        TWO_TO_64.negate())))
                .containsExactly(
                        "facts.maxBig Max",
                        "facts.maxDecimal Max",
                        "facts.minBig Min",
                        "facts.minDecimal Min",
                        "facts.positiveBig Positive",
                        "facts.positiveDecimal Positive",
                        "facts.zeroBig PositiveOrZero",
                        "facts.zeroDecimal PositiveOrZero");
        assertThat(found(new Exact(
                        new BigDecimal("-3.99"),
                        new BigDecimal("4.99"),
                        new BigDecimal("0.5"),
                        new BigDecimal("0.00"),
                        TWO_TO_64,
                        TWO_TO_64.negate(),
                        TWO_TO_64,
                        TWO_TO_64)))
                .isEmpty();
        // on the bound
        assertThat(found(new Exact(
                        new BigDecimal("-4.000"),
                        new BigDecimal("5.000"),
                        new BigDecimal("0.01"),
                        new BigDecimal("-0.00"),
                        BigInteger.valueOf(5),
                        BigInteger.valueOf(5),
                        BigInteger.ONE,
                        BigInteger.ZERO)))
                .isEmpty();
        assertThat(found(new Exact(
                        new BigDecimal("-4.001"),
                        new BigDecimal("5.001"),
                        BigDecimal.ZERO,
                        new BigDecimal("-0.01"),
                        BigInteger.valueOf(4),
                        BigInteger.valueOf(6),
                        BigInteger.ZERO,
                        BigInteger.valueOf(-1))))
                .hasSize(8);
    }

    record Extremes(
            @Min(Long.MIN_VALUE) long lowest,
            @Max(Long.MAX_VALUE) long highest,
            @Min(0) int zero) {}

    @Test
    void theWidestBounds_acceptEveryLong() {
        assertThat(found(new Extremes(Long.MIN_VALUE, Long.MAX_VALUE, 0))).isEmpty();
        assertThat(found(new Extremes(0, 0, -1))).containsExactly("facts.zero Min");
    }

    record PrimitiveNotNull(@NotNull int count, @NotNull long total) {}

    @Test
    void notNull_onAPrimitive_neverFails() {
        assertThat(found(new PrimitiveNotNull(0, -1))).isEmpty();
        assertThat(InputValidator.get().presenceConstraints(PrimitiveNotNull.class))
                .containsExactly(Map.entry("count", "NotNull"), Map.entry("total", "NotNull"));
    }

    @Test
    void everyFixtureHere_isValidatedByThePlanItself_onEveryValueTypeItsConstraintsAccept() {
        for (Class<?> type : List.of(
                AtLeastFive.class,
                AtMostFive.class,
                AboveZero.class,
                ZeroOrMore.class,
                Exact.class,
                Extremes.class,
                PrimitiveNotNull.class,
                Texts.class,
                Sized.class,
                Amounts.class,
                EveryMessage.class,
                ContainerPathsTest.ElementChecks.class,
                ContainerPathsTest.Cascades.class,
                ContainerPathsTest.Top.class,
                ContainerPathsTest.Middle.class,
                ContainerPathsTest.Both.class,
                ContainerPathsTest.Unbound.class)) {
            assertThat(ConstraintPlan.build(type).fallbackReason())
                    .as(type.getSimpleName())
                    .isNull();
            assertThat(ValidationAgreement.generated(type))
                    .as(type.getSimpleName())
                    .isTrue();
        }
    }

    // ---------------------------------------------------------------- NotNull, NotEmpty, NotBlank, Size

    record Texts(
            @NotNull String required,
            @NotEmpty String some,
            @NotBlank String word,
            @Size(min = 2, max = 4) String sized,
            @NotBlank StringBuilder chars) {}

    @Test
    void notBlank_needsACharacterThatIsNotWhitespace_anywhereInTheText() {
        for (String blank : new String[] {"", " ", "\t", "\n \r", "\u001f", "    ", "\u3000", " \u2003\u3000 "}) {
            assertThat(found(new Texts("x", "x", blank, null, new StringBuilder(blank))))
                    .as("'%s' is blank", blank)
                    .containsExactly("facts.chars NotBlank", "facts.word NotBlank");
        }
        for (String text : new String[] {"!", " x", "    \u0021", "x ", "某", "\u00a0", "\u0000", "\u3000某\u3000"}) {
            assertThat(found(new Texts("x", "x", text, null, new StringBuilder(text))))
                    .as("'%s' is not blank", text)
                    .isEmpty();
        }
    }

    @Test
    void null_failsNotNullNotEmptyAndNotBlank_butNotSize() {
        assertThat(found(new Texts(null, null, null, null, null)))
                .containsExactly(
                        "facts.chars NotBlank", "facts.required NotNull", "facts.some NotEmpty", "facts.word NotBlank");
    }

    @Test
    void size_onText_countsCharacters_inclusiveAtBothEnds() {
        qt().forAll(integers().between(0, 7))
                .checkAssert(n -> assertThat(found(
                                new Texts("", "x".repeat(Math.max(n, 1)), "w", "字".repeat(n), new StringBuilder("b"))))
                        .as("a text of %d characters", n)
                        .isEqualTo(n < 2 || n > 4 ? List.of("facts.sized Size") : List.of()));
        assertThat(found(new Texts("", "", "w", "ab", new StringBuilder("b")))).containsExactly("facts.some NotEmpty");
    }

    record Sized(
            @Size(min = 1, max = 2) List<String> list,
            @Size(min = 1, max = 2) java.util.Set<String> set,
            @Size(min = 1, max = 2) Map<String, String> map,
            @NotEmpty List<String> someList,
            @NotEmpty Map<String, String> someMap,
            @NotEmpty java.util.Collection<String> someCollection) {}

    private static List<String> strings(int n) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add("e" + i);
        }
        return out;
    }

    private static Map<String, String> map(int n) {
        Map<String, String> out = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            out.put("k" + i, "v");
        }
        return out;
    }

    @Test
    void sizeAndNotEmpty_onListsSetsAndMaps_countTheElements() {
        qt().forAll(integers().between(0, 4)).checkAssert(n -> {
            List<String> expected = new ArrayList<>();
            if (n < 1 || n > 2) {
                expected.addAll(List.of("facts.list Size", "facts.map Size", "facts.set Size"));
            }
            if (n == 0) {
                expected.addAll(
                        List.of("facts.someCollection NotEmpty", "facts.someList NotEmpty", "facts.someMap NotEmpty"));
            }
            Collections.sort(expected);
            assertThat(found(new Sized(
                            strings(n), new java.util.TreeSet<>(strings(n)), map(n), strings(n), map(n), strings(n))))
                    .as("%d elements", n)
                    .isEqualTo(expected);
        });
        assertThat(found(new Sized(null, null, null, null, null, null)))
                .containsExactly("facts.someCollection NotEmpty", "facts.someList NotEmpty", "facts.someMap NotEmpty");
    }

    /**
     * A name of full-width spaces (全角空格, U+3000, what a Chinese input method types) is blank for
     * Hibernate Validator ({@code String.isBlank}, Unicode whitespace); a control character such as
     * U+0000 is not. The compiled plans and generated validators once tested {@code c > ' '}
     * instead and answered the other way round for both.
     */
    @Test
    void notBlank_fullWidthSpacesAreBlank_andAControlCharacterIsNot_asHibernateValidatorSays() {
        assertThat(InputValidator.get()
                        .validate(new Texts("x", "x", "\u3000\u3000", null, new StringBuilder("\u2003")), "facts"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.chars NotBlank", "facts.word NotBlank");
        assertThat(InputValidator.get()
                        .validateWithPlans(new Texts("x", "x", "\u3000", null, new StringBuilder("\u3000")), "facts"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.chars NotBlank", "facts.word NotBlank");
        assertThat(InputValidator.get()
                        .validate(new Texts("x", "x", "\u0000", null, new StringBuilder("\u0007")), "facts"))
                .isEmpty();
        assertThat(InputValidator.get()
                        .validateWithPlans(new Texts("x", "x", "\u0000", null, new StringBuilder("\u0007")), "facts"))
                .isEmpty();
    }

    // ---------------------------------------------------------------- NonNegativeMoney

    record Amounts(
            @NonNegativeMoney Money amount,
            @NotNull @NonNegativeMoney Money required) {}

    @Test
    void nonNegativeMoney_refusesOneFenBelowZero_andAcceptsZeroAndNull() {
        assertThat(found(new Amounts(Money.ofFen(-1), Money.ofFen(Long.MIN_VALUE + 1))))
                .containsExactly("facts.amount NonNegativeMoney", "facts.required NonNegativeMoney");
        assertThat(found(new Amounts(Money.ZERO, Money.ofFen(1)))).isEmpty();
        assertThat(found(new Amounts(null, null))).containsExactly("facts.required NotNull");
    }

    // ---------------------------------------------------------------- messages

    record EveryMessage(
            @NotNull String a,
            @NotEmpty String b,
            @NotBlank String c,
            @Size(min = 2, max = 4) String d,
            @Min(3) int e,
            @Max(-7) int f,
            @Positive int g,
            @PositiveOrZero int h,
            @NonNegativeMoney Money i) {}

    @Test
    void everyKindsMessage_inChineseAndEnglish_namesTheBound_neverTheValue() {
        List<Violation> vs = InputValidator.get()
                .validateWithPlans(
                        new EveryMessage(null, "", "  ", "secret-value", -98765, 4321, -5, -6, Money.ofFen(-1)),
                        "facts");
        assertThat(vs)
                .extracting(v -> v.path() + " | " + v.code() + " | " + v.messageZh() + " | " + v.messageEn())
                .containsExactly(
                        "facts.a | NotNull | 不能为空 | is required",
                        "facts.b | NotEmpty | 不能为空 | must not be empty",
                        "facts.c | NotBlank | 不能为空白 | must not be blank",
                        "facts.d | Size | 元素个数须在 2 到 4 之间 | must have between 2 and 4 elements",
                        "facts.e | Min | 不能小于 3 | must be at least 3",
                        "facts.f | Max | 不能大于 -7 | must be at most -7",
                        "facts.g | Positive | 须大于零 | must be greater than zero",
                        "facts.h | PositiveOrZero | 不能为负数 | must not be negative",
                        "facts.i | NonNegativeMoney | 金额不能为负数 | must not be a negative amount");
        assertThat(vs.toString()).doesNotContain("secret-value", "98765", "4321");
        ValidationAgreement.assertAgrees(
                new EveryMessage(null, "", "  ", "secret-value", -98765, 4321, -5, -6, Money.ofFen(-1)));
        assertThat(InputValidator.get()
                        .validate(new EveryMessage(null, "", "  ", "x", -1, 0, 0, -1, Money.ofFen(-1)), "facts"))
                .isEqualTo(InputValidator.get()
                        .validateWithPlans(
                                new EveryMessage(null, "", "  ", "x", -1, 0, 0, -1, Money.ofFen(-1)), "facts"));
    }
}
