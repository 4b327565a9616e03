package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.core.person.AssistanceStatus;

class HomeAdaptationProgramTest {

    static final HomeAdaptationProgram PROGRAM = new HomeAdaptationProgram();

    @Test
    void gbf2019_5_dispersedExtremePovertyAndDisabled_subsidyNotFound_isUndetermined() {
        Decision<HomeAdaptationResult> d = PROGRAM.decide(People.aged(75, null, AssistanceStatus.EXTREME_POVERTY)
                .dispersedSupport(true).disabled(true).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(m -> m.key()).containsExactly("home-adaptation.subsidy-per-household");
        assertThat(d.result().orElseThrow().frailty()).containsExactly(FrailtyBasis.DISABLED);
    }

    @Test
    void gbf2019_5_functionallyImpaired_isLevel1OrWorse() {
        Decision<HomeAdaptationResult> mild = PROGRAM.decide(People.aged(66, AbilityLevel.MILD, null).registeredPoor(true)
                .build(), Books.illustrativeHuzhou());
        assertThat(mild.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(mild.result().orElseThrow().frailty()).containsExactly(FrailtyBasis.FUNCTIONALLY_IMPAIRED);
        assertThat(mild.result().orElseThrow().subsidyPerHousehold()).isEqualTo(Money.parse("2000.00"));
        assertThat(PROGRAM.decide(People.aged(66, AbilityLevel.INTACT, null).registeredPoor(true).build(),
                Books.illustrativeHuzhou()).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void veryOld_needsTheLocalAge() {
        Decision<HomeAdaptationResult> official = PROGRAM.decide(People.aged(85, AbilityLevel.INTACT,
                AssistanceStatus.EXTREME_POVERTY).dispersedSupport(true).build(), Books.officialHuzhou());
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official.missingParameters()).extracting(m -> m.key()).containsExactly(
                "home-adaptation.very-old-age", "home-adaptation.subsidy-per-household");
        assertThat(PROGRAM.decide(People.aged(80, null, AssistanceStatus.EXTREME_POVERTY).dispersedSupport(true).build(),
                Books.illustrativeHuzhou()).result().orElseThrow().frailty()).containsExactly(FrailtyBasis.VERY_OLD);
        assertThat(PROGRAM.decide(People.aged(79, null, AssistanceStatus.EXTREME_POVERTY).dispersedSupport(true).build(),
                Books.illustrativeHuzhou()).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void outsideTheEconomicTargetGroup_isIneligible_withoutReadingAnything() {
        for (var p : java.util.List.of(People.aged(85, AbilityLevel.SEVERE, AssistanceStatus.DIBAO).build(),
                People.aged(85, AbilityLevel.SEVERE, AssistanceStatus.EXTREME_POVERTY).dispersedSupport(false).build())) {
            Decision<HomeAdaptationResult> d = PROGRAM.decide(p, Books.officialHuzhou());
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            assertThat(d.missingParameters()).isEmpty();
            assertThat(d.finding(HomeAdaptationProgram.FRAILTY)).isEmpty();
        }
    }
}
