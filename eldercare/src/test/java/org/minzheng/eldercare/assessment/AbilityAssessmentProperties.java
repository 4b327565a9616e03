package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.testing.EldercareGenerators;
import org.quicktheories.generators.Generate;

/** Invariants of GB/T 42195-2022 scoring, over every reading of the two switches. */
class AbilityAssessmentProperties {

    static final AbilityAssessmentProgram PROGRAM = new AbilityAssessmentProgram();
    static final List<PolicySnapshot> READINGS = List.of(
            Books.switches("CUMULATIVE", "COMPLETE_LOSS"),
            Books.switches("ONE_STEP", "COMPLETE_LOSS"),
            Books.switches("CUMULATIVE", "SEVERE"),
            Books.switches("ONE_STEP", "SEVERE"));

    static AbilityAssessmentResult result(AbilityAssessment a, PolicySnapshot s) {
        Decision<AbilityAssessmentResult> d = PROGRAM.decide(a, s);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        return d.result().orElseThrow();
    }

    @Test
    void totalIsTheSumOfTheItems_andSubtotalsTheSumOfTheirDomain() {
        qt().withFixedSeed(4219520221230L)
                .withExamples(300)
                .forAll(EldercareGenerators.assessments())
                .checkAssert(a -> {
                    AbilityAssessmentResult r = result(a, READINGS.get(0));
                    int sum = a.itemScores().values().stream()
                            .mapToInt(Integer::intValue)
                            .sum();
                    assertThat(r.total()).isEqualTo(sum).isBetween(0, 90);
                    for (DomainScore d : r.subtotals()) {
                        int domainSum = a.itemScores().entrySet().stream()
                                .filter(e -> e.getKey().domain() == d.domain())
                                .mapToInt(Map.Entry::getValue)
                                .sum();
                        assertThat(d.score()).isEqualTo(domainSum).isLessThanOrEqualTo(d.maximum());
                    }
                    assertThat(r.initialLevel()).isEqualTo(AbilityLevel.initialForTotal(sum));
                });
    }

    @Test
    void theLevelNeverImproves_whenAnItemScoreDrops() {
        qt().withFixedSeed(90L)
                .withExamples(300)
                .forAll(EldercareGenerators.assessments(), Generate.enumValues(AbilityItem.class), Generate.range(1, 4))
                .checkAssert((a, item, drop) -> {
                    int before = a.itemScores().get(item);
                    Map<AbilityItem, Integer> lowered = new EnumMap<>(a.itemScores());
                    lowered.put(item, Math.max(0, before - drop));
                    AbilityAssessment b = ImmutableAbilityAssessment.copyOf(a).withItemScores(lowered);
                    for (PolicySnapshot s : READINGS) {
                        AbilityAssessmentResult ra = result(a, s);
                        AbilityAssessmentResult rb = result(b, s);
                        assertThat(rb.initialLevel().number())
                                .isGreaterThanOrEqualTo(ra.initialLevel().number());
                        assertThat(rb.finalLevel().number())
                                .isGreaterThanOrEqualTo(ra.finalLevel().number());
                    }
                });
    }

    @Test
    void adjustmentsNeverLowerALevel_andNeverRaiseMoreThanTheClauses() {
        qt().withFixedSeed(29L)
                .withExamples(300)
                .forAll(EldercareGenerators.assessments())
                .checkAssert(a -> {
                    for (PolicySnapshot s : READINGS) {
                        AbilityAssessmentResult r = result(a, s);
                        assertThat(r.finalLevel().number())
                                .isGreaterThanOrEqualTo(r.initialLevel().number());
                        if (!a.coma()) {
                            assertThat(r.finalLevel().number()
                                            - r.initialLevel().number())
                                    .isLessThanOrEqualTo(r.raisingClauses());
                        } else {
                            assertThat(r.finalLevel()).isIn(AbilityLevel.SEVERE, AbilityLevel.COMPLETE_LOSS);
                        }
                    }
                });
    }

    @Test
    void officialPack_isUndeterminedExactlyWhenTheTwoReadingsDiffer() {
        PolicySnapshot official = Books.officialHuzhou();
        qt().withFixedSeed(66L)
                .withExamples(300)
                .forAll(EldercareGenerators.assessments())
                .checkAssert(a -> {
                    Decision<AbilityAssessmentResult> d = PROGRAM.decide(a, official);
                    AbilityLevel cumulative = result(a, READINGS.get(0)).finalLevel();
                    AbilityLevel oneStep = result(a, READINGS.get(1)).finalLevel();
                    assertThat(d.outcome()).isEqualTo(cumulative == oneStep ? Outcome.ELIGIBLE : Outcome.UNDETERMINED);
                    if (cumulative == oneStep) {
                        assertThat(d.result().orElseThrow().finalLevel()).isEqualTo(cumulative);
                        assertThat(d.missingParameters()).isEmpty();
                    } else {
                        assertThat(d.result().orElseThrow().raisingClauses()).isEqualTo(2);
                        assertThat(d.missingParameters())
                                .extracting(m -> m.key())
                                .containsExactly("ability.adjustment-stacking");
                    }
                });
    }
}
