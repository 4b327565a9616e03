package org.minzheng.eligibility.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.Books;

/** The household line of a population file: screen's line, with the synthetic flag. */
class HouseholdLineTest {

    static final String HOUSEHOLD =
            "{\"members\":[{\"relation\":\"APPLICANT\",\"birthDate\":\"1970-01-01\"}],\"incomes\":[{\"member\":0,\"category\":\"WAGES\",\"amount\":\"500.00\"}]}";

    static List<Violation> problems(String line) {
        try {
            HouseholdLine.read(line, null, null);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        throw new AssertionError("accepted: " + line);
    }

    @Test
    void aSyntheticWrappedLine_isRead() {
        HouseholdLine l = HouseholdLine.read(
                "{\"id\":\"syn-1\",\"region\":\"330502\",\"date\":\"2025-01-01\",\"synthetic\":true,\"facts\":{\"household\":"
                        + HOUSEHOLD + "}}",
                null,
                null);
        assertThat(l.id()).isEqualTo("syn-1");
        assertThat(l.region()).isEqualTo(RegionCode.of("330502"));
        assertThat(l.date()).isEqualTo(LocalDate.of(2025, 1, 1));
        assertThat(l.wrapped()).isTrue();
        assertThat(l.facts().household().members()).hasSize(1);
    }

    @Test
    void aBareLine_takesTheDefaults_andItsProblemsHavePathsOnTheLine() {
        HouseholdLine l =
                HouseholdLine.read("{\"household\":" + HOUSEHOLD + "}", Books.HUZHOU, LocalDate.of(2025, 1, 1));
        assertThat(l.wrapped()).isFalse();
        assertThat(problems("{\"household\":{\"members\":[]}}"))
                .extracting(Violation::path)
                .contains("region", "date")
                .noneMatch(p -> p.startsWith("facts"));
        String bad = "{\"household\":{\"members\":[{\"relation\":\"APPLICANT\",\"birthDate\":\"2030-01-01\"}]}}";
        HouseholdLine future = HouseholdLine.read(bad, Books.HUZHOU, LocalDate.of(2025, 1, 1));
        assertThatThrownBy(() -> future.compare(SimulationTest.HUZHOU_1200))
                .isInstanceOf(InvalidInputException.class)
                .satisfies(e -> assertThat(((InvalidInputException) e).violations())
                        .extracting(Violation::path)
                        .allMatch(p -> p.startsWith("household")));
    }

    @Test
    void synthetic_mustBeABoolean_andUnknownFieldsAreRefused() {
        assertThat(problems(
                        "{\"region\":\"330502\",\"date\":\"2025-01-01\",\"synthetic\":\"yes\",\"other\":1,\"facts\":{\"household\":"
                                + HOUSEHOLD + "}}"))
                .extracting(Violation::path)
                .containsExactly("other", "synthetic");
    }

    @Test
    void aPersonalId_isRefused_andNeverEchoed() {
        String idNumber = "11010519491231002X";
        List<Violation> vs = problems("{\"id\":\"" + idNumber
                + "\",\"region\":\"330502\",\"date\":\"2025-01-01\",\"facts\":{\"household\":" + HOUSEHOLD + "}}");
        assertThat(vs).extracting(Violation::path).containsExactly("id");
        assertThat(vs.toString()).doesNotContain(idNumber).doesNotContain("1949");
        assertThat(HouseholdLine.personal("张三")).isTrue();
        assertThat(HouseholdLine.personal("syn-synthetic-12")).isFalse();
    }

    /** {@code personal} before its ASCII shortcut (issue 18), word for word: the reference. */
    private static boolean personalBefore(String id) {
        if (id.length() > 64 || org.minzheng.core.id.ResidentIdNumber.isValid(id)) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits >= 15
                    || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                    || Character.isSurrogate(c)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The ASCII shortcut changes no answer: ids drawn from digits, letters, punctuation, Latin-1,
     * Han, other scripts and lone or paired surrogates, of 0 to 70 characters.
     */
    @Test
    void personal_withItsAsciiShortcut_answersAsBefore() {
        String alphabet = "0123456789-_ aZ.\u00e9\u00ff\u4e09\u5f20\u3400\u0430\u0e01\ud83d\ude00\ud800xX";
        org.quicktheories.QuickTheory.qt()
                .withExamples(20_000)
                .forAll(
                        org.quicktheories.generators.SourceDSL.integers().between(0, 70),
                        org.quicktheories.generators.SourceDSL.integers().all())
                .checkAssert((n, seed) -> {
                    java.util.Random r = new java.util.Random(seed);
                    StringBuilder sb = new StringBuilder();
                    boolean digitsOnly = r.nextInt(4) == 0;
                    for (int k = 0; k < n; k++) {
                        sb.append(
                                digitsOnly
                                        ? (char) ('0' + r.nextInt(10))
                                        : alphabet.charAt(r.nextInt(alphabet.length())));
                    }
                    String id = sb.toString();
                    assertThat(HouseholdLine.personal(id)).as("%s", id.length()).isEqualTo(personalBefore(id));
                });
        assertThat(HouseholdLine.personal("11010519491231002X")).isTrue();
        assertThat(HouseholdLine.personal("case-\ud83d\ude00")).isTrue();
    }
}
