package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shared domain checks give one message per problem, from the bundle, in both languages. */
class ChecksTest {

    static final LocalDate DECIDED = LocalDate.of(2024, 12, 31);

    @Test
    void aDateAfterTheDecisionDate_isOneViolation_namingTheDecisionDate_notTheValue() {
        List<Violation> vs = new ArrayList<>();
        assertThat(Checks.notAfterDecisionDate("facts.birthDate", LocalDate.of(2025, 3, 7), DECIDED, vs))
                .isFalse();
        assertThat(Checks.notAfterDecisionDate("facts.other", DECIDED, DECIDED, vs))
                .isTrue();
        assertThat(Checks.notAfterDecisionDate("facts.absent", null, DECIDED, vs))
                .isFalse();
        assertThat(vs)
                .containsExactly(new Violation(
                        "facts.birthDate",
                        "date.after-decision",
                        "不能晚于认定日期 2024-12-31",
                        "must not be after the decision date 2024-12-31"));
        assertThat(vs.get(0).toString()).doesNotContain("2025-03-07");
    }

    @Test
    void aMembersBirthDateAfterTheDecisionDate_namesTheMembersIndex_andTheDayItselfPasses() {
        List<Violation> vs = new ArrayList<>();
        assertThat(Checks.notAfterDecisionDate("facts", ".members", 2, ".birthDate", DECIDED.plusDays(1), DECIDED, vs))
                .isFalse();
        assertThat(Checks.notAfterDecisionDate("facts", ".members", 0, ".birthDate", DECIDED, DECIDED, vs))
                .isTrue();
        assertThat(Checks.notAfterDecisionDate("facts", ".members", 1, ".birthDate", null, DECIDED, vs))
                .isFalse();
        assertThat(vs)
                .containsExactly(new Violation(
                        "facts.members[2].birthDate",
                        "date.after-decision",
                        "不能晚于认定日期 2024-12-31",
                        "must not be after the decision date 2024-12-31"));
    }

    @Test
    void aDateInAListElement_isCheckedAsTheSameDateAtItsFullPath() {
        // the list form builds the path only on failure; its answer is the plain form's at the full path
        qt().forAll(integers().between(-3, 3), integers().between(0, 12)).checkAssert((days, index) -> {
            LocalDate date = DECIDED.plusDays(days);
            List<Violation> listed = new ArrayList<>();
            List<Violation> plain = new ArrayList<>();
            boolean a = Checks.notAfterDecisionDate("facts", ".members", index, ".birthDate", date, DECIDED, listed);
            boolean b = Checks.notAfterDecisionDate("facts.members[" + index + "].birthDate", date, DECIDED, plain);
            assertThat(a).isEqualTo(b).isEqualTo(days <= 0);
            assertThat(listed).isEqualTo(plain).hasSize(days <= 0 ? 0 : 1);
        });
    }

    @Test
    void aDateBeforeOneItCannotPrecede_namesTheOtherPath() {
        List<Violation> vs = new ArrayList<>();
        assertThat(Checks.notBefore(
                        "facts.filedOn", LocalDate.of(2024, 1, 1), LocalDate.of(2024, 2, 1), "facts.signedOn", vs))
                .isFalse();
        assertThat(Checks.notBefore(
                        "facts.filedOn", LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 1), "facts.signedOn", vs))
                .isTrue();
        assertThat(vs)
                .extracting(Violation::code, Violation::messageEn, Violation::messageZh)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(
                        "date.before-other", "must not be before facts.signedOn", "不能早于 facts.signedOn"));
    }

    @Test
    void aDateBeforeAnAbsentOne_isNotCheckedAndNotInOrder() {
        List<Violation> vs = new ArrayList<>();
        assertThat(Checks.notBefore("facts.filedOn", LocalDate.of(2024, 1, 1), null, "facts.signedOn", vs))
                .isFalse();
        assertThat(Checks.notBefore("facts.filedOn", null, LocalDate.of(2024, 1, 1), "facts.signedOn", vs))
                .isFalse();
        assertThat(vs).isEmpty();
    }

    @Test
    void aModuleCode_inOneLanguageOnly_isRefused_andOneInBoth_isRenderedInEach() {
        ClassLoader loader = ChecksTest.class.getClassLoader();
        String bundle = "org.minzheng.core.validation.onesided";
        for (String code : new String[] {"only.en", "only.zh"}) {
            assertThatThrownBy(() -> InputValidator.get().violation(bundle, loader, "facts.x", code, Map.of()))
                    .as(code)
                    .isInstanceOf(java.util.MissingResourceException.class)
                    .hasMessageContaining(code)
                    .hasMessageContaining("both languages");
        }
        assertThat(InputValidator.get().violation(bundle, loader, "facts.x", "both.code", Map.of("what", 7)))
                .isEqualTo(new Violation("facts.x", "both.code", "中文的 7", "is 7 in English"));
        Messages module = new Messages(
                Messages.bundle(bundle, java.util.Locale.SIMPLIFIED_CHINESE, loader),
                Messages.bundle(bundle, java.util.Locale.ENGLISH, loader));
        assertThat(module.hasBoth("both.code")).isTrue();
        assertThat(module.hasBoth("only.en")).isFalse();
        assertThat(module.hasBoth("only.zh")).isFalse();
        assertThat(Messages.core().hasBoth("NotNull")).isTrue();
    }

    @Test
    void validatingNothing_isRefused() {
        assertThatThrownBy(() -> InputValidator.get().validate(null, "facts"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the object to validate must not be null");
    }

    @Test
    void aModuleCode_comesFromTheModulesBundle_inBothLanguages_orIsRefused() {
        Violation v = InputValidator.get()
                .violation(
                        "org.minzheng.core.validation.messages",
                        ChecksTest.class.getClassLoader(),
                        "facts.x",
                        "input.too-many",
                        Map.of("max", 3));
        assertThat(v.messageEn()).isEqualTo("must have at most 3 elements");
        assertThat(v.messageZh()).isNotBlank().isNotEqualTo(v.messageEn());
        assertThatThrownBy(() -> InputValidator.get()
                        .violation(
                                "org.minzheng.core.validation.messages",
                                ChecksTest.class.getClassLoader(),
                                "facts.x",
                                "no.such-code",
                                Map.of()))
                .isInstanceOf(java.util.MissingResourceException.class)
                .hasMessageContaining("no.such-code");
    }
}
