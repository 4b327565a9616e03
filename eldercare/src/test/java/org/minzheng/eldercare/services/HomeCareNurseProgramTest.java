package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.testing.EldercareGenerators;

class HomeCareNurseProgramTest {

    static final HomeCareNurseProgram PROGRAM = new HomeCareNurseProgram();

    static HomeCareNurseApplication app(int training, CareWorkerSkillGrade grade, int service) {
        return app(training, java.util.Optional.ofNullable(grade), service);
    }

    static HomeCareNurseApplication app(int training, java.util.Optional<CareWorkerSkillGrade> grade, int service) {
        return ImmutableHomeCareNurseApplication.builder()
                .trainingHours(training)
                .skillGrade(grade)
                .monthlyServiceHours(service)
                .build();
    }

    @Test
    void huzhou2024_recognitionCriteriaNotFound_isUndetermined_namingAllThreeKeys() {
        Decision<HomeCareNurseResult> d =
                PROGRAM.decide(app(120, CareWorkerSkillGrade.GRADE_3, 160), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(
                        "home-care-nurse.min-training-hours",
                        "home-care-nurse.min-skill-grade",
                        "home-care-nurse.min-service-hours-per-month");
    }

    @Test
    void illustrative_edges() {
        assertThat(PROGRAM.decide(app(40, CareWorkerSkillGrade.GRADE_5, 120), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(app(39, CareWorkerSkillGrade.GRADE_5, 120), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(app(40, CareWorkerSkillGrade.GRADE_5, 119), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(app(40, java.util.Optional.empty(), 120), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(app(40, CareWorkerSkillGrade.GRADE_1, 120), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aGradeBelowTheConfiguredMinimum_isNotMet_andTheRowThatSetItTravelsInSources() {
        String y = """
                pack: nurse-grade-3
                instruments:
                  - {id: fixture-nurse-measure, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}
                values:
                  - {key: home-care-nurse.min-skill-grade, region: "330500", since: 2024-01-01, value: GRADE_3, unit: code, grade: ILLUSTRATIVE, citation: {instrument: fixture-nurse-measure, article: 第五条}}
                """;
        var s = org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("nurse-grade-3", y))
                .build()
                .snapshot(Books.HUZHOU, Books.DATE);
        var junior = PROGRAM.decide(app(40, CareWorkerSkillGrade.GRADE_5, 120), s)
                .finding(HomeCareNurseProgram.SKILL.id())
                .orElseThrow();
        assertThat(junior.verdict()).isEqualTo(org.minzheng.core.decision.Verdict.NOT_MET);
        assertThat(junior.citation())
                .isEqualTo(org.minzheng.eldercare.EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES);
        assertThat(junior.sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(org.minzheng.core.citation.Citation.of("fixture-nurse-measure", "第五条"));
        assertThat(PROGRAM.decide(app(40, CareWorkerSkillGrade.GRADE_2, 120), s)
                        .finding(HomeCareNurseProgram.SKILL.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(org.minzheng.core.decision.Verdict.MET);
    }

    @Test
    void skillGrades_areOrderedFromJuniorToSeniorTechnician() {
        assertThat(CareWorkerSkillGrade.GRADE_1.meets(CareWorkerSkillGrade.GRADE_5))
                .isTrue();
        assertThat(CareWorkerSkillGrade.GRADE_5.meets(CareWorkerSkillGrade.GRADE_4))
                .isFalse();
        assertThat(CareWorkerSkillGrade.GRADE_3.meets(CareWorkerSkillGrade.GRADE_3))
                .isTrue();
    }

    @Test
    void negativeHours_areViolations() {
        assertThatThrownBy(() -> PROGRAM.decide(app(-1, java.util.Optional.empty(), -5), Books.officialHuzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.monthlyServiceHours Min", "facts.trainingHours Min"));
    }

    @Test
    void property_moreTrainingOrServiceNeverLosesRecognition() {
        qt().withFixedSeed(300L)
                .withExamples(300)
                .forAll(EldercareGenerators.nurseApplications())
                .checkAssert(a -> {
                    Outcome o = PROGRAM.decide(a, Books.illustrativeHuzhou()).outcome();
                    Outcome more = PROGRAM.decide(
                                    app(a.trainingHours() + 10, a.skillGrade(), a.monthlyServiceHours() + 10),
                                    Books.illustrativeHuzhou())
                            .outcome();
                    assertThat(o).isIn(Outcome.ELIGIBLE, Outcome.INELIGIBLE);
                    if (o == Outcome.ELIGIBLE) {
                        assertThat(more).isEqualTo(Outcome.ELIGIBLE);
                    }
                });
    }
}
