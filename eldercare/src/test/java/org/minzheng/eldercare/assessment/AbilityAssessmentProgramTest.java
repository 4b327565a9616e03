package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.testing.EldercareGenerators;

class AbilityAssessmentProgramTest {

    static final AbilityAssessmentProgram PROGRAM = new AbilityAssessmentProgram();
    static final PolicySnapshot OFFICIAL = Books.officialHuzhou();

    static AbilityAssessment withTotal(int total) {
        return ImmutableAbilityAssessment.builder()
                .putAllItemScores(EldercareGenerators.itemScoresWithTotal(total))
                .build();
    }

    static ImmutableAbilityAssessment.Builder builderWithTotal(int total) {
        return ImmutableAbilityAssessment.builder().putAllItemScores(EldercareGenerators.itemScoresWithTotal(total));
    }

    static AbilityLevel finalLevel(Decision<AbilityAssessmentResult> d) {
        return d.result().orElseThrow().finalLevel();
    }

    static Stream<Arguments> bandEdges() {
        return Stream.of(
                Arguments.of(90, AbilityLevel.INTACT),
                Arguments.of(89, AbilityLevel.MILD),
                Arguments.of(66, AbilityLevel.MILD),
                Arguments.of(65, AbilityLevel.MODERATE),
                Arguments.of(46, AbilityLevel.MODERATE),
                Arguments.of(45, AbilityLevel.SEVERE),
                Arguments.of(30, AbilityLevel.SEVERE),
                Arguments.of(29, AbilityLevel.COMPLETE_LOSS),
                Arguments.of(0, AbilityLevel.COMPLETE_LOSS));
    }

    @ParameterizedTest(name = "total {0} -> {1}")
    @MethodSource("bandEdges")
    void gbt42195_c3_bandEdges_giveTheInitialAndFinalLevel(int total, AbilityLevel expected) {
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(withTotal(total), OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        AbilityAssessmentResult r = d.result().orElseThrow();
        assertThat(r.total()).isEqualTo(total);
        assertThat(r.initialLevel()).isEqualTo(expected);
        assertThat(r.finalLevel()).isEqualTo(expected);
        assertThat(d.missingParameters()).isEmpty();
        assertThat(d.parameterValues()).isEmpty();
    }

    @Test
    void gbt42195_c1_domainSubtotals_areReportedInTheStandardsOrder() {
        Map<AbilityItem, Integer> scores = new EnumMap<>(EldercareGenerators.itemScoresWithTotal(90));
        scores.put(AbilityItem.STAIRS, 1);
        scores.put(AbilityItem.CONSCIOUSNESS, 0);
        scores.put(AbilityItem.VISION, 1);
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(
                ImmutableAbilityAssessment.builder().putAllItemScores(scores).build(), OFFICIAL);
        assertThat(d.result().orElseThrow().subtotals())
                .containsExactly(
                        new DomainScore(AbilityDomain.SELF_CARE, 32, 32),
                        new DomainScore(AbilityDomain.BASIC_MOBILITY, 13, 15),
                        new DomainScore(AbilityDomain.MENTAL_STATE, 26, 28),
                        new DomainScore(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION, 14, 15));
        assertThat(d.result().orElseThrow().total()).isEqualTo(85);
        assertThat(d.findings())
                .extracting(Finding::rule)
                .startsWith(
                        AbilityAssessmentProgram.SUBTOTAL.id(),
                        AbilityAssessmentProgram.SUBTOTAL.id(),
                        AbilityAssessmentProgram.SUBTOTAL.id(),
                        AbilityAssessmentProgram.SUBTOTAL.id(),
                        AbilityAssessmentProgram.TOTAL.id(),
                        AbilityAssessmentProgram.INITIAL_LEVEL.id(),
                        AbilityAssessmentProgram.COMA.id(),
                        AbilityAssessmentProgram.MENTAL_DISORDER.id(),
                        AbilityAssessmentProgram.RISK_EVENTS.id());
    }

    @Test
    void gbt42195_c4_coma_isRatedCompleteLossDirectly_evenFromIntact() {
        Decision<AbilityAssessmentResult> d =
                PROGRAM.decide(builderWithTotal(90).coma(true).build(), OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().initialLevel()).isEqualTo(AbilityLevel.INTACT);
        assertThat(finalLevel(d)).isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(d.finding(AbilityAssessmentProgram.COMA.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name() + "=" + v.valueText())
                .containsExactly("ability.coma-rating=COMPLETE_LOSS");
    }

    @Test
    void gbt42195_c4_comaWithBothRaises_needsNoStackingSwitch() {
        AbilityAssessment a = builderWithTotal(70)
                .coma(true)
                .addDiagnoses(Diagnosis.of("F03", false))
                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, 3)
                .build();
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(a, OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(finalLevel(d)).isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(d.finding(AbilityAssessmentProgram.STACKING.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
    }

    @Test
    void comaSwitch_severeReading_makesLevel3TheFloor_andNeverImprovesALevel() {
        PolicySnapshot severe = Books.switches("CUMULATIVE", "SEVERE");
        assertThat(finalLevel(PROGRAM.decide(builderWithTotal(80).coma(true).build(), severe)))
                .isEqualTo(AbilityLevel.SEVERE);
        assertThat(finalLevel(PROGRAM.decide(builderWithTotal(20).coma(true).build(), severe)))
                .isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(finalLevel(PROGRAM.decide(
                        builderWithTotal(40)
                                .coma(true)
                                .addDiagnoses(Diagnosis.of("F01", false))
                                .build(),
                        severe)))
                .isEqualTo(AbilityLevel.COMPLETE_LOSS);
        Decision<AbilityAssessmentResult> d =
                PROGRAM.decide(builderWithTotal(80).coma(true).build(), severe);
        assertThat(d.finding(AbilityAssessmentProgram.COMA.id())
                        .orElseThrow()
                        .citation()
                        .article())
                .contains("B.3.9");
    }

    @Test
    void gbt42195_c4_dementia_raisesOneLevel() {
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(
                builderWithTotal(70).addDiagnoses(Diagnosis.of("F00.1", false)).build(), OFFICIAL);
        assertThat(d.result().orElseThrow().initialLevel()).isEqualTo(AbilityLevel.MILD);
        assertThat(finalLevel(d)).isEqualTo(AbilityLevel.MODERATE);
        assertThat(d.finding(AbilityAssessmentProgram.MENTAL_DISORDER.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("dementia", List.of("F00.1"));
    }

    @Test
    void gbt42195_c4_otherMentalDisorder_raisesOnlyWhenAPsychiatristDiagnosedIt() {
        Decision<AbilityAssessmentResult> notPsychiatrist = PROGRAM.decide(
                builderWithTotal(50).addDiagnoses(Diagnosis.of("F32.1", false)).build(), OFFICIAL);
        assertThat(finalLevel(notPsychiatrist)).isEqualTo(AbilityLevel.MODERATE);
        assertThat(notPsychiatrist
                        .finding(AbilityAssessmentProgram.MENTAL_DISORDER.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        Decision<AbilityAssessmentResult> psychiatrist = PROGRAM.decide(
                builderWithTotal(50).addDiagnoses(Diagnosis.of("F32.1", true)).build(), OFFICIAL);
        assertThat(finalLevel(psychiatrist)).isEqualTo(AbilityLevel.SEVERE);
    }

    @Test
    void gbt42195_c4_otherChapters_doNotRaise() {
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(
                builderWithTotal(50)
                        .addDiagnoses(Diagnosis.of("I10", true), Diagnosis.of("E11.9", false))
                        .build(),
                OFFICIAL);
        assertThat(finalLevel(d)).isEqualTo(AbilityLevel.MODERATE);
    }

    @Test
    void gbt42195_c4_riskEvents_raiseFromTwo_acrossTypes() {
        assertThat(finalLevel(PROGRAM.decide(
                        builderWithTotal(50)
                                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, 1)
                                .build(),
                        OFFICIAL)))
                .isEqualTo(AbilityLevel.MODERATE);
        assertThat(finalLevel(PROGRAM.decide(
                        builderWithTotal(50)
                                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, 1)
                                .putCareRiskEventsLast30Days(CareRiskEventType.WANDERING_OR_GETTING_LOST, 1)
                                .build(),
                        OFFICIAL)))
                .isEqualTo(AbilityLevel.SEVERE);
        assertThat(finalLevel(PROGRAM.decide(
                        builderWithTotal(50)
                                .putCareRiskEventsLast30Days(CareRiskEventType.CHOKING, 2)
                                .build(),
                        OFFICIAL)))
                .isEqualTo(AbilityLevel.SEVERE);
    }

    @Test
    void gbt42195_c4_raiseIsCappedAtCompleteLoss() {
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(
                builderWithTotal(10).addDiagnoses(Diagnosis.of("F03", false)).build(), OFFICIAL);
        assertThat(finalLevel(d)).isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(d.finding(AbilityAssessmentProgram.FINAL_LEVEL.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("steps", 0);
    }

    @Test
    void bothRaises_officialPack_isUndetermined_namingTheStackingSwitch() {
        AbilityAssessment a = builderWithTotal(70)
                .addDiagnoses(Diagnosis.of("F03", false))
                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, 2)
                .build();
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(a, OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(m -> m.key()).containsExactly("ability.adjustment-stacking");
        assertThat(d.result().orElseThrow().finalLevel()).isNull();
        assertThat(d.result().orElseThrow().initialLevel()).isEqualTo(AbilityLevel.MILD);
        assertThat(d.finding(AbilityAssessmentProgram.STACKING.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("ifCumulative", AbilityLevel.SEVERE)
                .containsEntry("ifOneStep", AbilityLevel.MODERATE);
        assertThat(d.counterfactuals()).extracting(n -> n.code()).containsExactly("ability.counterfactual.stacking");
    }

    @Test
    void bothRaises_eachReadingOfTheSwitch() {
        AbilityAssessment a = builderWithTotal(70)
                .addDiagnoses(Diagnosis.of("F20", true))
                .putCareRiskEventsLast30Days(CareRiskEventType.SUICIDE_OR_SELF_HARM, 2)
                .build();
        assertThat(finalLevel(PROGRAM.decide(a, Books.switches("CUMULATIVE", "COMPLETE_LOSS"))))
                .isEqualTo(AbilityLevel.SEVERE);
        assertThat(finalLevel(PROGRAM.decide(a, Books.switches("ONE_STEP", "COMPLETE_LOSS"))))
                .isEqualTo(AbilityLevel.MODERATE);
        Decision<AbilityAssessmentResult> illustrative = PROGRAM.decide(a, Books.illustrativeHuzhou());
        assertThat(finalLevel(illustrative)).isEqualTo(AbilityLevel.SEVERE);
        assertThat(illustrative.usedIllustrativeValues()).isTrue();
        assertThat(illustrative.warnings()).extracting(n -> n.code()).contains("policy.illustrative-value");
    }

    @Test
    void bothRaises_fromSevere_reachTheCeiling_withoutTheSwitch() {
        AbilityAssessment a = builderWithTotal(40)
                .addDiagnoses(Diagnosis.of("F03", false))
                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, 2)
                .build();
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(a, OFFICIAL);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(finalLevel(d)).isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(d.missingParameters()).isEmpty();
    }

    @Test
    void badInput_everyViolationIsListed_andNoLevelIsProduced() {
        Map<AbilityItem, Integer> scores = new EnumMap<>(EldercareGenerators.itemScoresWithTotal(60));
        scores.remove(AbilityItem.HEARING);
        scores.remove(AbilityItem.MEMORY);
        scores.put(AbilityItem.STAIRS, 4);
        scores.put(AbilityItem.AGGRESSION, 2);
        scores.put(AbilityItem.EATING, -1);
        AbilityAssessment bad = ImmutableAbilityAssessment.builder()
                .putAllItemScores(scores)
                .addDiagnoses(Diagnosis.of("F08", true), Diagnosis.of("f03", false), Diagnosis.of("F03", false))
                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, -2)
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, OFFICIAL))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> {
                    assertThat(e.violations())
                            .extracting(v -> v.path() + " " + v.code())
                            .containsExactly(
                                    "facts.careRiskEventsLast30Days[FALL] ability.event-count-negative",
                                    "facts.diagnoses[0].icd10Code ability.icd10-unknown",
                                    "facts.diagnoses[1].icd10Code ability.icd10-malformed",
                                    "facts.itemScores[AGGRESSION] ability.item-above-maximum",
                                    "facts.itemScores[EATING] ability.item-negative",
                                    "facts.itemScores[HEARING] ability.item-missing",
                                    "facts.itemScores[MEMORY] ability.item-missing",
                                    "facts.itemScores[STAIRS] ability.item-above-maximum");
                    assertThat(e.violations()).allSatisfy(v -> {
                        assertThat(v.messageZh()).isNotBlank();
                        assertThat(v.messageEn())
                                .isNotBlank()
                                .doesNotContain("f03")
                                .doesNotContain("F08");
                    });
                });
    }

    @Test
    void badInput_fromJson_unknownItemOrLevelIsAPathedViolation() {
        assertThatThrownBy(() -> Json.convert(
                        Json.readTree("{\"itemScores\": {\"JUGGLING\": 3}}", "$"), AbilityAssessment.class, "facts"))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .singleElement()
                                .satisfies(v -> assertThat(v.path()).startsWith("facts")));
    }

    @Test
    void decisions_areByteIdenticalJson_andExplainInBothLanguages() {
        AbilityAssessment a = builderWithTotal(70)
                .addDiagnoses(Diagnosis.of("F03", false))
                .putCareRiskEventsLast30Days(CareRiskEventType.FALL, 2)
                .build();
        for (PolicySnapshot s : List.of(OFFICIAL, Books.illustrativeHuzhou())) {
            Decision<AbilityAssessmentResult> d1 = PROGRAM.decide(a, s);
            Decision<AbilityAssessmentResult> d2 = PROGRAM.decide(ImmutableAbilityAssessment.copyOf(a), s);
            assertThat(Json.pretty(d1)).isEqualTo(Json.pretty(d2));
            Explainer ex =
                    Explainer.of(List.of(PROGRAM.messageBundle()), getClass().getClassLoader(), s.instruments());
            for (Language lang : Language.values()) {
                String text = ex.explain(d1, PROGRAM.title().in(lang), lang);
                assertThat(text)
                        .doesNotContain("{")
                        .doesNotContain("enum.")
                        .doesNotContainPattern("\\.(INFO|MET|NOT_MET|NOT_APPLICABLE|UNDETERMINED)\\b");
            }
        }
        Explainer ex =
                Explainer.of(List.of(PROGRAM.messageBundle()), getClass().getClassLoader(), OFFICIAL.instruments());
        String zh = ex.explain(PROGRAM.decide(a, OFFICIAL), PROGRAM.title().zh(), Language.ZH);
        assertThat(zh)
                .contains("自理能力：")
                .contains("能力初步等级：1级（轻度失能）")
                .contains("累加为3级（重度失能），至多提高一级为2级（中度失能）")
                .contains("《老年人能力评估规范》（GB/T 42195-2022）");
    }
}
