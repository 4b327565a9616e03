package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The text checks written by hand for the policy loader (keys, decimals, whole numbers, code
 * words) accept exactly what the regular expressions they stand for accept.
 */
class HandWrittenChecksTest {

    private static final String ALPHABET = "az09-._AZ+ .x";

    private static void agree(Pattern regex, java.util.function.Predicate<String> check) {
        qt().withExamples(20_000)
                .forAll(lists().of(integers().between(0, ALPHABET.length() - 1)).ofSizeBetween(0, 12))
                .checkAssert(picks -> {
                    StringBuilder b = new StringBuilder();
                    for (int p : picks) {
                        b.append(ALPHABET.charAt(p));
                    }
                    String s = b.toString();
                    assertThat(check.test(s))
                            .as("'%s'", s)
                            .isEqualTo(regex.matcher(s).matches());
                });
    }

    @Test
    void keyNames() {
        agree(Pattern.compile("[a-z][a-z0-9-]*(\\.[a-z0-9][a-z0-9-]*)+"), ParameterKey::isDottedName);
        assertThat(ParameterKey.isDottedName("dibao.standard")).isTrue();
        assertThat(ParameterKey.isDottedName("dibao.income-exempt.pension-2026"))
                .isTrue();
        assertThat(ParameterKey.isDottedName("dibao")).isFalse();
        assertThat(ParameterKey.isDottedName("Dibao.standard")).isFalse();
        assertThat(ParameterKey.isDottedName("dibao..standard")).isFalse();
    }

    @Test
    void decimalsWholeNumbersAndCodeWords() {
        agree(Pattern.compile("-?\\d+(\\.\\d+)?"), ParameterType::isPlainDecimal);
        agree(Pattern.compile("-?\\d{1,9}"), ParameterType::isWholeNumber);
        agree(Pattern.compile("[A-Z][A-Z0-9_]*"), ParameterType::isCodeWord);
        for (String s : List.of("1.5", "-0.30", "12", "-7")) {
            assertThat(ParameterType.isPlainDecimal(s)).isTrue();
        }
        assertThat(ParameterType.isWholeNumber("1234567890")).isFalse();
        assertThat(ParameterType.isCodeWord("FIRST_TIER")).isTrue();
    }
}
