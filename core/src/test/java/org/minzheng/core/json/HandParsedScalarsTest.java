package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InputLimits;
import org.quicktheories.core.Gen;

/**
 * Dates and amounts are read by hand (issue 18: {@code LocalDate.parse} and {@code Money.parse}'s
 * regular expression with {@code BigDecimal} were a visible part of reading a household). The
 * hand-written readers must accept exactly what the old ones accepted, with the same value, and
 * refuse the rest with the same violation code: each property below runs the old reader (kept
 * here as the reference, word for word) and the new one over generated valid and invalid text.
 */
class HandParsedScalarsTest {

    /** The text of an amount as {@code Money.parse} checked it before (issue 18). */
    private static final Pattern OLD_MONEY = Pattern.compile("-?\\d{1,15}(\\.\\d{1,2})?");

    /** The old {@code Money.parse}: the fen, or null if refused. */
    private static Long oldFen(String s) {
        if (!OLD_MONEY.matcher(s).matches()) {
            return null;
        }
        return Money.of(new BigDecimal(s)).fen();
    }

    private static Long newFen(String s) {
        try {
            return Money.parse(s).fen();
        } catch (IllegalArgumentException e) {
            // the old message, word for word: the length, never the text
            assertThat(e.getMessage())
                    .isEqualTo(
                            "Not a CNY amount with at most two decimal places (text of " + s.length() + " characters)");
            return null;
        }
    }

    /** The old date reader: the shape check, then {@code LocalDate.parse}; the date or its violation code. */
    private static Object oldDate(String s) {
        LocalDate d = null;
        if (s.length() == 10 && s.charAt(4) == '-' && s.charAt(7) == '-' && shapeDigits(s)) {
            try {
                d = LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                d = null;
            }
        }
        if (d == null) {
            return "json.date-format";
        }
        return InputLimits.plausible(d) ? d : "input.date-range";
    }

    private static boolean shapeDigits(String s) {
        for (int i = 0; i < 10; i++) {
            char c = s.charAt(i);
            if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                return false;
            }
        }
        return true;
    }

    /** The old amount reader's outcome: the fen or its violation code. */
    private static Object oldAmount(String s) {
        Long fen = oldFen(s);
        if (fen == null) {
            return "json.amount-format";
        }
        return Math.abs(fen) > InputLimits.MAX_AMOUNT_FEN ? "input.amount-range" : (Object) fen;
    }

    /** What the mapper's reader now answers for a JSON string: the value or the violation code. */
    private static Object read(String s, Class<?> type) {
        String json = "\"" + s + "\"";
        try {
            Object v = Json.mapper().readValue(json, type);
            return v instanceof Money m ? (Object) m.fen() : v;
        } catch (InputProblem e) {
            return e.code();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** The same through a tree, as {@code Json.convert} reads a refused document. */
    private static Object readFromTree(String s, Class<?> type) {
        JsonNode node = Json.mapper().getNodeFactory().textNode(s);
        try {
            Object v = Json.mapper().treeToValue(node, type);
            return v instanceof Money m ? (Object) m.fen() : v;
        } catch (InputProblem e) {
            return e.code();
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new AssertionError(e);
        }
    }

    /** Characters an amount or a date might be mistyped with, digits weighted up; non-ASCII digits among them. */
    private static final String ALPHABET = "0123456789012345678901234567890123456789-.-.+e ,\u0660\uFF11\u00B2";

    private static Gen<String> noise(int maxLength) {
        return lists().of(integers().between(0, ALPHABET.length() - 1))
                .ofSizeBetween(0, maxLength)
                .map(ix -> {
                    StringBuilder sb = new StringBuilder();
                    ix.forEach(i -> sb.append(ALPHABET.charAt(i)));
                    return sb.toString();
                });
    }

    /** Amounts of the right shape or nearly: a sign, 0–17 integer digits, a point, 0–3 decimals. */
    private static Gen<String> amountLike() {
        return booleans()
                .all()
                .zip(integers().between(0, 17), integers().between(-1, 3), (neg, ints, decimals) ->
                        new int[] {neg ? 1 : 0, ints, decimals})
                .zip(lists().of(integers().between(0, 9)).ofSize(20), (shape, digits) -> {
                    StringBuilder sb = new StringBuilder(shape[0] == 1 ? "-" : "");
                    for (int i = 0; i < shape[1]; i++) {
                        sb.append(digits.get(i));
                    }
                    if (shape[2] >= 0) {
                        sb.append('.');
                        for (int i = 0; i < shape[2]; i++) {
                            sb.append(digits.get(17 + i));
                        }
                    }
                    return sb.toString();
                });
    }

    /** Dates of the right shape: any four-digit year, months 00–13, days 00–32 (impossible ones among them). */
    private static Gen<String> dateLike() {
        return integers()
                .between(0, 9999)
                .zip(
                        integers().between(0, 13),
                        integers().between(0, 32),
                        (y, m, d) -> String.format(java.util.Locale.ROOT, "%04d-%02d-%02d", y, m, d));
    }

    @Test
    void amounts_generatedNearlyRight_areAcceptedAndValuedAsTheRegexAndBigDecimalDid() {
        qt().withExamples(20_000).forAll(amountLike()).checkAssert(s -> {
            assertThat(newFen(s)).as(s).isEqualTo(oldFen(s));
            assertThat(read(s, Money.class)).as(s).isEqualTo(oldAmount(s));
        });
    }

    @Test
    void amounts_anyText_areAcceptedAndRefusedAsBefore() {
        qt().withExamples(20_000).forAll(noise(20)).checkAssert(s -> {
            assertThat(newFen(s)).as(s).isEqualTo(oldFen(s));
            assertThat(read(s, Money.class)).as(s).isEqualTo(oldAmount(s));
            assertThat(readFromTree(s, Money.class)).as(s).isEqualTo(oldAmount(s));
        });
    }

    @Test
    void dates_ofTheRightShape_areAcceptedValuedAndRangeCheckedAsLocalDateParseDid() {
        qt().withExamples(20_000).forAll(dateLike()).checkAssert(s -> {
            assertThat(read(s, LocalDate.class)).as(s).isEqualTo(oldDate(s));
            assertThat(readFromTree(s, LocalDate.class)).as(s).isEqualTo(oldDate(s));
        });
    }

    @Test
    void dates_anyText_areAcceptedAndRefusedAsBefore() {
        qt().withExamples(20_000).forAll(noise(12)).checkAssert(s -> {
            assertThat(read(s, LocalDate.class)).as(s).isEqualTo(oldDate(s));
        });
        // text of date length with one character replaced
        qt().withExamples(20_000)
                .forAll(dateLike(), integers().between(0, 9), integers().between(0, ALPHABET.length() - 1))
                .checkAssert((d, at, c) -> {
                    String s = d.substring(0, at) + ALPHABET.charAt(c) + d.substring(at + 1);
                    assertThat(read(s, LocalDate.class)).as(s).isEqualTo(oldDate(s));
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2024-02-29", "2023-02-29", "2000-02-29", "1900-02-29", "0000-02-29", "1899-12-31", "1900-01-01",
                "2099-12-31", "2100-01-01", "2024-04-31", "2024-00-10", "2024-13-01", "2024-01-00", "9999-12-31",
                "2024-1-01", "+024-01-01", "2024/01/01", "2024-01-01T00:00"
            })
    void dates_edgeCases_asBefore(String s) {
        assertThat(read(s, LocalDate.class)).isEqualTo(oldDate(s));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "-",
                "-0",
                "-0.00",
                "0.0",
                "000000000000001.01",
                "999999999999999.99",
                "-999999999999999.99",
                "1000000000000000",
                "999999999999999.999",
                "1.",
                ".5",
                "+1",
                "1e3",
                "\u0661",
                "\uFF11.00",
                "1 ",
                " 1",
                "99999999999999.99",
                "999999999999999"
            })
    void amounts_edgeCases_asBefore(String s) {
        assertThat(newFen(s)).isEqualTo(oldFen(s));
        assertThat(read(s, Money.class)).isEqualTo(oldAmount(s));
    }

    @Test
    void theReferenceReadersThemselvesStillTellGoodFromBad() {
        // the properties above would pass vacuously if both sides refused everything
        assertThat(List.of(oldDate("2024-02-29"), oldDate("2023-02-29"), oldDate("1899-12-31")))
                .containsExactly(LocalDate.of(2024, 2, 29), "json.date-format", "input.date-range");
        assertThat(List.of(oldAmount("1145.5"), oldAmount("1.005"), oldAmount("999999999999999.99")))
                .containsExactly(114550L, "json.amount-format", "input.amount-range");
    }
}
