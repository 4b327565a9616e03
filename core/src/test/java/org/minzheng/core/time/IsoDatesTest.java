package org.minzheng.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** {@link IsoDates#parse} gives what {@link LocalDate#parse(CharSequence)} gives, result or exception. */
class IsoDatesTest {

    /** The same date, or the same exception with the same message. */
    private static void agrees(String text) {
        Object expected;
        try {
            expected = LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            expected = e.getClass().getName() + ": " + e.getMessage();
        }
        Object actual;
        try {
            actual = IsoDates.parse(text);
        } catch (DateTimeParseException e) {
            actual = e.getClass().getName() + ": " + e.getMessage();
        }
        assertThat(actual).as(text).isEqualTo(expected);
    }

    @Test
    void property_datesOfTheShapeAgreeWithTheFormatter() {
        // every year, month 0..99 and day 0..99: dates that exist, and those that do not (2025-02-29, 2024-13-01)
        qt().withExamples(20_000)
                .forAll(
                        integers().between(0, 9999),
                        integers().between(0, 99),
                        integers().between(0, 99))
                .checkAssert((y, m, d) -> agrees(String.format(Locale.ROOT, "%04d-%02d-%02d", y, m, d)));
    }

    @Test
    void property_textsNearTheShapeAgreeWithTheFormatter() {
        String alphabet = "0123456789-+ x\u0663";
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, alphabet.length() - 1)).ofSizeBetween(0, 13))
                .checkAssert(indexes -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : indexes) {
                        sb.append(alphabet.charAt(i));
                    }
                    agrees(sb.toString());
                });
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "2025-03-01",
                "2024-02-29",
                "0000-01-01",
                "9999-12-31",
                "+10000-01-01",
                "2025-02-29",
                "2025-3-01",
                "2025-03-01 ",
                "2025/03/01",
                "",
                "20250301",
                "2025-\u06633-01"
            })
    void examplesAgreeWithTheFormatter(String text) {
        agrees(text);
    }

    @Test
    void aDateThatDoesNotExistIsTheFormattersError() {
        assertThatThrownBy(() -> IsoDates.parse("2025-02-29"))
                .isInstanceOf(DateTimeParseException.class)
                .hasMessageContaining("2025-02-29");
    }
}
