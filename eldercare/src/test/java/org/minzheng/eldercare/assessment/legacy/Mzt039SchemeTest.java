package org.minzheng.eldercare.assessment.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.assessment.AdjustmentStacking;
import org.minzheng.eldercare.testing.EldercareGenerators;

class Mzt039SchemeTest {

    static LegacyDetermination determine(LegacyAssessment a) {
        return Mzt039Scheme.determine(a, Optional.empty());
    }

    @Test
    void mzt039_card_allZeroAndSocialZeroOrOne_isIntact() {
        assertThat(determine(new LegacyAssessment(0, 0, 0, 0, false, false, 0)).finalLevel())
                .isEqualTo(LegacyLevel.INTACT);
        LegacyDetermination d = determine(new LegacyAssessment(0, 0, 0, 1, false, false, 1));
        assertThat(d.initialLevel()).isEqualTo(LegacyLevel.INTACT);
        assertThat(d.finalLevel()).isEqualTo(LegacyLevel.INTACT);
    }

    @Test
    void mzt039_card_rowsNotGivenByTheSources_areRefused() {
        for (LegacyAssessment a : List.of(
                new LegacyAssessment(0, 0, 0, 2, false, false, 0),
                new LegacyAssessment(1, 0, 0, 0, false, false, 0),
                new LegacyAssessment(3, 3, 3, 3, false, true, 5),
                new LegacyAssessment(0, 1, 0, 0, false, false, 0))) {
            LegacyDetermination d = determine(a);
            assertThat(d.determined()).isFalse();
            assertThat(d.initialLevel()).isNull();
            assertThat(d.finalLevelIfDetermined()).isEmpty();
            assertThat(d.steps()).extracting(Note::code).containsExactly("mzt039.card-row-not-given");
        }
    }

    @Test
    void mzt039_coma_isSevereDirectly_evenWhereTheCardRowIsNotGiven() {
        LegacyDetermination d = determine(new LegacyAssessment(2, 1, 3, 2, true, false, 0));
        assertThat(d.finalLevel()).isEqualTo(LegacyLevel.SEVERE);
        assertThat(d.initialLevel()).isNull();
        assertThat(determine(new LegacyAssessment(0, 0, 0, 0, true, false, 0)).finalLevel())
                .isEqualTo(LegacyLevel.SEVERE);
    }

    @Test
    void mzt039_changes_eachClauseRaisesOneLevel() {
        assertThat(determine(new LegacyAssessment(0, 0, 0, 0, false, true, 0)).finalLevel())
                .isEqualTo(LegacyLevel.MILD);
        assertThat(determine(new LegacyAssessment(0, 0, 0, 0, false, false, 2)).finalLevel())
                .isEqualTo(LegacyLevel.MILD);
        assertThat(determine(new LegacyAssessment(0, 0, 0, 0, false, false, 1)).finalLevel())
                .isEqualTo(LegacyLevel.INTACT);
    }

    @Test
    void mzt039_bothClauses_needAReadingOrAreRefused() {
        LegacyAssessment both = new LegacyAssessment(0, 0, 0, 1, false, true, 3);
        LegacyDetermination refused = determine(both);
        assertThat(refused.determined()).isFalse();
        assertThat(refused.initialLevel()).isEqualTo(LegacyLevel.INTACT);
        assertThat(refused.steps()).extracting(Note::code).last().isEqualTo("mzt039.stacking-not-given");
        assertThat(Mzt039Scheme.determine(both, Optional.of(AdjustmentStacking.CUMULATIVE))
                        .finalLevel())
                .isEqualTo(LegacyLevel.MODERATE);
        assertThat(Mzt039Scheme.determine(both, Optional.of(AdjustmentStacking.ONE_STEP))
                        .finalLevel())
                .isEqualTo(LegacyLevel.MILD);
    }

    @Test
    void mzt039_neverRaisesBeyondSevere() {
        assertThat(LegacyLevel.SEVERE.raisedBy(2)).isEqualTo(LegacyLevel.SEVERE);
        assertThat(LegacyLevel.MODERATE.raisedBy(2)).isEqualTo(LegacyLevel.SEVERE);
    }

    @Test
    void badGrades_areListedTogether() {
        assertThatThrownBy(() -> new LegacyAssessment(4, -1, 0, 0, false, false, -1))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "legacy.adlGrade legacy.grade-out-of-range",
                                        "legacy.mentalStateGrade legacy.grade-out-of-range",
                                        "legacy.riskEventsLast30Days legacy.event-count-negative"));
    }

    @Test
    void properties_determinedLevelsAreNeverBetterThanInitial_andEveryStepRendersInBothLanguages() {
        Explainer ex = Explainer.of(
                List.of("org.minzheng.eldercare.messages"),
                getClass().getClassLoader(),
                Books.official().instruments());
        qt().withFixedSeed(392013L)
                .withExamples(300)
                .forAll(EldercareGenerators.legacyAssessments())
                .checkAssert(a -> {
                    for (Optional<AdjustmentStacking> s : List.of(
                            Optional.<AdjustmentStacking>empty(),
                            Optional.of(AdjustmentStacking.CUMULATIVE),
                            Optional.of(AdjustmentStacking.ONE_STEP))) {
                        LegacyDetermination d = Mzt039Scheme.determine(a, s);
                        if (d.determined() && d.initialLevel() != null) {
                            assertThat(d.finalLevel().number())
                                    .isGreaterThanOrEqualTo(d.initialLevel().number());
                        }
                        assertThat(d.determined() || !a.coma()).isTrue();
                        for (Note n : d.steps()) {
                            for (Language lang : Language.values()) {
                                assertThat(ex.hasMessage(n.code(), lang))
                                        .as(n.code())
                                        .isTrue();
                                assertThat(ex.text(n.code(), lang, n.facts()))
                                        .doesNotContain("{")
                                        .doesNotContain("enum.");
                            }
                        }
                    }
                });
    }
}
