package org.minzheng.core.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.json.Json;

class MoneyTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of("1145", 114500L, "1145.00"),
                Arguments.of("1145.5", 114550L, "1145.50"),
                Arguments.of("0.05", 5L, "0.05"),
                Arguments.of("-3.05", -305L, "-3.05"),
                Arguments.of("0", 0L, "0.00"));
    }

    @ParameterizedTest
    @MethodSource("texts")
    void parse_readsDecimalYuan(String text, long fen, String canonical) {
        Money m = Money.parse(text);
        assertThat(m.fen()).isEqualTo(fen);
        assertThat(m.toString()).isEqualTo(canonical);
        assertThat(Money.parse(m.toString())).isEqualTo(m);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "1.005", "1,145.00", "1e3", "abc", " 1", "1.", ".5", "+1"})
    void parse_rejectsMalformed(String text) {
        assertThatThrownBy(() -> Money.parse(text)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void of_rejectsFractionsOfAFen() {
        assertThatThrownBy(() -> Money.of(new BigDecimal("0.001"))).isInstanceOf(ArithmeticException.class);
        assertThat(Money.of(new BigDecimal("343.500"))).isEqualTo(Money.parse("343.50"));
    }

    @Test
    void arithmetic_isExact() {
        Money standard = Money.ofYuan(1145);
        assertThat(standard.times(3)).isEqualTo(Money.parse("3435.00"));
        assertThat(standard.minus(Money.parse("1145.01"))).isEqualTo(Money.parse("-0.01"));
        assertThat(standard.minus(Money.parse("1145.01")).atLeastZero()).isEqualTo(Money.ZERO);
        assertThat(Money.parse("0.10").plus(Money.parse("0.20"))).isEqualTo(Money.parse("0.30"));
        assertThatThrownBy(() -> Money.ofFen(Long.MAX_VALUE).plus(Money.ofFen(1)))
                .isInstanceOf(ArithmeticException.class);
    }

    @Test
    void zhejiangDisabilityAllowance_30PercentOf1145RoundedUpToYuan_is344() {
        Rounding up = Rounding.of(MoneyUnit.YUAN, RoundingMode.CEILING);
        assertThat(Money.ofYuan(1145).times(new BigDecimal("0.30"), up)).isEqualTo(Money.ofYuan(344));
        assertThat(Money.ofYuan(1145).times(new BigDecimal("0.30"), Rounding.FEN_HALF_UP))
                .isEqualTo(Money.parse("343.50"));
    }

    @Test
    void dividedBy_roundsOnlyByTheNamedRounding() {
        assertThat(Money.ofYuan(100).dividedBy(3, Rounding.FEN_HALF_UP)).isEqualTo(Money.parse("33.33"));
        assertThat(Money.ofYuan(100).dividedBy(3, Rounding.of(MoneyUnit.FEN, RoundingMode.CEILING)))
                .isEqualTo(Money.parse("33.34"));
        assertThat(Money.ofYuan(100).dividedBy(3, Rounding.of(MoneyUnit.JIAO, RoundingMode.DOWN)))
                .isEqualTo(Money.parse("33.30"));
        assertThatThrownBy(() -> Money.ofYuan(100).dividedBy(3, Rounding.of(MoneyUnit.FEN, RoundingMode.UNNECESSARY)))
                .isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.ofYuan(1).dividedBy(0, Rounding.FEN_HALF_UP))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void rounding_roundTripsItsText() {
        Rounding r = Rounding.parse("YUAN:CEILING");
        assertThat(r.unit()).isEqualTo(MoneyUnit.YUAN);
        assertThat(r.mode()).isEqualTo(RoundingMode.CEILING);
        assertThat(Rounding.parse(r.toString())).isEqualTo(r);
        assertThatThrownBy(() -> Rounding.parse("CEILING")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Rounding.parse("CENT:UP")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void equalsAndOrder() {
        new EqualsTester()
                .addEqualityGroup(Money.ofYuan(1), Money.parse("1.00"), Money.ofFen(100))
                .addEqualityGroup(Money.ZERO, Money.ofFen(0))
                .addEqualityGroup(Money.parse("-1"))
                .testEquals();
        assertThat(Money.ofFen(1)).isGreaterThan(Money.ZERO);
        assertThat(Money.max(Money.ofFen(1), Money.ofFen(2))).isEqualTo(Money.ofFen(2));
        assertThat(Money.min(Money.ofFen(1), Money.ofFen(2))).isEqualTo(Money.ofFen(1));
    }

    @Test
    void json_isADecimalString() throws Exception {
        assertThat(Json.compact(Money.parse("1635"))).isEqualTo("\"1635.00\"");
        assertThat(Json.mapper().readValue("\"12.5\"", Money.class)).isEqualTo(Money.parse("12.50"));
    }

    @Test
    void property_toStringParseRoundTrip() {
        qt().forAll(longs().between(-999_999_999_999_99L, 999_999_999_999_99L))
                .checkAssert(fen -> assertThat(
                                Money.parse(Money.ofFen(fen).toString()).fen())
                        .isEqualTo(fen));
    }

    @Test
    void property_plusMinusInverse() {
        qt().forAll(longs().between(-1_000_000_000L, 1_000_000_000L), longs().between(-1_000_000_000L, 1_000_000_000L))
                .checkAssert(
                        (a, b) -> assertThat(Money.ofFen(a).plus(Money.ofFen(b)).minus(Money.ofFen(b)))
                                .isEqualTo(Money.ofFen(a)));
    }

    /**
     * The hand-written check of {@link Money#parse}'s form accepts exactly what the regular
     * expression it replaced accepts: texts over minus, point, ASCII digits, another script's digit
     * and a letter, up to 20 characters (most of them near the form: digits are most of the alphabet).
     */
    @Test
    void property_amountTextCheckedByHandAgreesWithTheRegularExpression() {
        java.util.regex.Pattern regex = java.util.regex.Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");
        String alphabet = "-.0123456789\u0663x";
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 20))
                .checkAssert(indexes -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : indexes) {
                        sb.append(alphabet.charAt(i));
                    }
                    String text = sb.toString();
                    assertThat(Money.isAmountText(text))
                            .as(text)
                            .isEqualTo(regex.matcher(text).matches());
                });
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "-0", "1145", "1145.5", "-3.05", "999999999999999.99"})
    void amountTextsOfTheFormAreAccepted(String text) {
        assertThat(Money.isAmountText(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "-", ".5", "1.", "1.234", "1000000000000000", "--1", "1-", "+1", "1.2.3", "\u0663"})
    void textsOutsideTheFormAreRefused(String text) {
        assertThat(Money.isAmountText(text)).isFalse();
    }
}
