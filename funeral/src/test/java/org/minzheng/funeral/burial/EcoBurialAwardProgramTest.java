package org.minzheng.funeral.burial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;

class EcoBurialAwardProgramTest {

    static final EcoBurialAwardProgram PROGRAM = new EcoBurialAwardProgram();
    static final LocalDate DATE = LocalDate.of(2024, 12, 1);

    static EcoBurialApplication app(BurialForm f, int sets) {
        return ImmutableEcoBurialApplication.builder()
                .form(f)
                .burialDate(LocalDate.of(2024, 11, 20))
                .setsOfRemains(sets)
                .build();
    }

    @Test
    void theClassificationOf2016_everyForm() {
        Set<BurialForm> vertical = EnumSet.of(BurialForm.COLUMBARIUM_HALL, BurialForm.WALL, BurialForm.TOWER);
        Set<BurialForm> ashesNotKept = EnumSet.of(
                BurialForm.TREE,
                BurialForm.BAMBOO_GROVE,
                BurialForm.FLOWER,
                BurialForm.LAWN,
                BurialForm.SEA_SCATTER,
                BurialForm.LAND_SCATTER,
                BurialForm.ASH_CRYSTAL);
        for (BurialForm f : BurialForm.values()) {
            BurialCategory expected = vertical.contains(f)
                    ? BurialCategory.VERTICAL_STORAGE
                    : ashesNotKept.contains(f)
                            ? BurialCategory.ASHES_NOT_KEPT
                            : f == BurialForm.SMALL_PLOT
                                    ? BurialCategory.LAND_SAVING_PLOT
                                    : f == BurialForm.DEEP_BURIAL_NO_MOUND
                                            ? BurialCategory.DEEP_BURIAL_WITHOUT_MOUND
                                            : BurialCategory.CONVENTIONAL;
            assertThat(f.category()).as(f.name()).isEqualTo(expected);
            assertThat(f.isEcoBurial()).as(f.name()).isEqualTo(f != BurialForm.TRADITIONAL_PLOT);
            assertThat(f.keepsAshes())
                    .as(f.name())
                    .isEqualTo(vertical.contains(f) || f == BurialForm.SMALL_PLOT || f == BurialForm.TRADITIONAL_PLOT);
        }
    }

    @Test
    void huzhou_treeBurial_isEco_butTheAwardIsNotFound() {
        Decision<EcoBurialAwardResult> d = PROGRAM.decide(app(BurialForm.TREE, 1), FuneralTestBooks.huzhou(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly("eco-burial.award.tree");
        assertThat(d.result().orElseThrow().ecoBurial()).isTrue();
        assertThat(d.result().orElseThrow().totalAward()).isNull();
    }

    @Test
    void aConventionalGrave_getsNoAward_andNoAmountIsRead() {
        Decision<EcoBurialAwardResult> d =
                PROGRAM.decide(app(BurialForm.TRADITIONAL_PLOT, 1), FuneralTestBooks.huzhou(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.missingParameters()).isEmpty();
        assertThat(d.result().orElseThrow().awardPerSet()).isNull();
    }

    @Test
    void withAnAward_theTotalIsPerSetTimesSets() {
        Decision<EcoBurialAwardResult> d =
                PROGRAM.decide(app(BurialForm.SEA_SCATTER, 2), FuneralTestBooks.huzhouFixture(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().totalAward()).isEqualTo(Money.parse("6000.00"));
        assertThat(d.warnings()).extracting(n -> n.code()).contains("policy.illustrative-value");
    }

    @Test
    void theOutcomeFollowsTheForm_forEveryApplication() {
        qt().withExamples(200)
                .forAll(FuneralGenerators.ecoBurialApplications(DATE))
                .checkAssert(a -> {
                    Decision<EcoBurialAwardResult> d = PROGRAM.decide(a, FuneralTestBooks.huzhouFixture(DATE));
                    if (!a.form().isEcoBurial()) {
                        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
                    } else {
                        assertThat(d.outcome()).isIn(Outcome.ELIGIBLE, Outcome.UNDETERMINED);
                    }
                    EcoBurialAwardResult r = d.result().orElseThrow();
                    if (r.totalAward() != null) {
                        assertThat(r.totalAward()).isEqualTo(r.awardPerSet().times(a.setsOfRemains()));
                    }
                });
    }

    @Test
    void eachFormsAwardKey_isThePacksSpelling() {
        assertThat(BurialForm.SEA_SCATTER.keyName()).isEqualTo("sea-scatter");
        assertThat(BurialForm.DEEP_BURIAL_NO_MOUND.keyName()).isEqualTo("deep-burial-no-mound");
    }
}
