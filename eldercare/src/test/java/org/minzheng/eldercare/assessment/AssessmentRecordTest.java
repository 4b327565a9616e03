package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.assessment.legacy.LegacyLevel;

class AssessmentRecordTest {

    /** A 社会服务机构 registered by civil affairs in Wuxing district (synthetic). */
    static final UnifiedSocialCreditCode INSTITUTION = UnifiedSocialCreditCode.parse(
            "52330502MJ5402138" + IdGenerators.creditCodeCheckCharacter("52330502MJ5402138"));

    static final String SUBJECT = "330502194003150027";

    static String subjectWithCheck() {
        return SUBJECT.substring(0, 17) + IdGenerators.residentIdCheckCharacter(SUBJECT.substring(0, 17));
    }

    static AssessmentRecord record(AssessmentScheme scheme, LocalDate on, int level, String... assessors) {
        return AssessmentRecord.of(
                scheme, on, INSTITUTION, ResidentIdNumber.parse(subjectWithCheck()), List.of(assessors), level);
    }

    @Test
    void toString_neverPrintsPersonalData() {
        AssessmentRecord r =
                record(AssessmentScheme.GB_T_42195_2022, LocalDate.of(2024, 11, 20), 2, "PG-0417-ZHANG", "PG-0533");
        String s = r.toString();
        assertThat(s)
                .doesNotContain(subjectWithCheck())
                .doesNotContain("19400315")
                .doesNotContain("PG-0417")
                .doesNotContain("ZHANG")
                .doesNotContain("PG-0533");
        assertThat(s)
                .contains(ResidentIdNumber.parse(subjectWithCheck()).masked())
                .contains("assessors=2")
                .contains(INSTITUTION.value())
                .contains("2024-11-20");
    }

    @Test
    void toString_neverPrintsPersonalData_forAnySubject() {
        qt().withFixedSeed(11643L)
                .withExamples(200)
                .forAll(IdGenerators.residentIdNumbersBornBetween(LocalDate.of(1920, 1, 1), LocalDate.of(1965, 1, 1)))
                .checkAssert(id -> {
                    AssessmentRecord r = AssessmentRecord.of(
                            AssessmentScheme.GB_T_42195_2022,
                            LocalDate.of(2024, 1, 2),
                            INSTITUTION,
                            id,
                            List.of("A-1"),
                            1);
                    assertThat(r.toString())
                            .doesNotContain(id.value())
                            .doesNotContain(id.value().substring(6, 14));
                });
    }

    @Test
    void everyProblemIsListed_andNoValueIsRepeated() {
        assertThatThrownBy(() -> AssessmentRecord.of(
                        AssessmentScheme.MZ_T_039_2013, null, INSTITUTION, null, List.of("secret-1", "secret-1"), 4))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.code())
                            .containsExactly(
                                    "record.assessedOn NotNull",
                                    "record.assessorIds record.too-few-assessors",
                                    "record.assessorIds[1] record.assessor-duplicate",
                                    "record.finalLevel record.level-out-of-range",
                                    "record.subject NotNull");
                    assertThat(e.getMessage()).doesNotContain("secret");
                });
    }

    @Test
    void levels_areOnTheRecordsScale() {
        assertThat(record(AssessmentScheme.GB_T_42195_2022, LocalDate.of(2024, 1, 1), 4, "a")
                        .abilityLevel())
                .contains(AbilityLevel.COMPLETE_LOSS);
        AssessmentRecord legacy = record(AssessmentScheme.MZ_T_039_2013, LocalDate.of(2019, 1, 1), 3, "a", "b");
        assertThat(legacy.legacyLevel()).contains(LegacyLevel.SEVERE);
        assertThat(legacy.abilityLevel()).isEmpty();
    }

    @Test
    void jsonRoundTrip() {
        AssessmentRecord r = record(AssessmentScheme.MZ_T_039_2013, LocalDate.of(2019, 6, 30), 1, "a", "b");
        AssessmentRecord back = Json.convert(Json.readTree(Json.pretty(r), "$"), AssessmentRecord.class, "record");
        assertThat(back).isEqualTo(r).hasSameHashCodeAs(r);
    }

    @Test
    void mzt039_reassessmentIsDueAfterSixMonths() {
        AssessmentRecord r = record(AssessmentScheme.MZ_T_039_2013, LocalDate.of(2021, 8, 31), 1, "a", "b");
        ReassessmentDue due = ReassessmentSchedule.due(r, Books.official(), Books.HUZHOU);
        assertThat(due.dueDate()).contains(LocalDate.of(2022, 2, 28));
        assertThat(due.intervalMonths()).isEqualTo(6);
        assertThat(due.basis().grade()).isEqualTo(Provenance.OFFICIAL);
        assertThat(due.basis().citation().instrument()).isEqualTo("mz-t-039-2013");
        assertThat(due.missing()).isNull();
    }

    @Test
    void gbt42195_reassessmentInterval_isNotFound_soTheDueDateIsUnknown() {
        AssessmentRecord r = record(AssessmentScheme.GB_T_42195_2022, LocalDate.of(2024, 3, 1), 2, "a");
        ReassessmentDue due = ReassessmentSchedule.due(r, Books.official(), Books.HUZHOU);
        assertThat(due.dueDate()).isEmpty();
        assertThat(due.missing().key()).isEqualTo("ability.reassessment-months.gb-t-42195-2022");
        ReassessmentDue illustrative = ReassessmentSchedule.due(r, Books.illustrative(), Books.HUZHOU);
        assertThat(illustrative.dueDate()).contains(LocalDate.of(2025, 3, 1));
        assertThat(illustrative.basis().grade()).isEqualTo(Provenance.ILLUSTRATIVE);
    }

    @Test
    void reassessment_snapshotMustBeOnTheAssessmentDate() {
        AssessmentRecord r = record(AssessmentScheme.GB_T_42195_2022, LocalDate.of(2024, 3, 1), 2, "a");
        assertThatThrownBy(() -> ReassessmentSchedule.due(r, Books.officialHuzhou()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
