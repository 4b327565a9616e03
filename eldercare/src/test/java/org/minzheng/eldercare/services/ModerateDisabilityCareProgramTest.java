package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.assessment.AbilityLevel;

class ModerateDisabilityCareProgramTest {

    static final ModerateDisabilityCareProgram PROGRAM = new ModerateDisabilityCareProgram();

    @Test
    void huzhou2024_moderate_amountNotFound_isEligible_withTheAmountAbsent_andTheKeyNamed() {
        // Huzhou 2024 report: "加强中度失能老年人照护支持" — level 2 or worse qualifies; the amount only measures the support
        Decision<ModerateDisabilityCareResult> d = PROGRAM.decide(People.aged(78, AbilityLevel.MODERATE, null).build(),
                Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().subsidyPerMonth()).isNull();
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("moderate-disability-care.subsidy-per-month");
            assertThat(m.absentFields()).containsExactly("subsidyPerMonth");
        });
        assertThat(d.finding(ModerateDisabilityCareProgram.SUBSIDY_NOT_CONFIGURED).orElseThrow().verdict())
                .isEqualTo(org.minzheng.core.decision.Verdict.INFO);
    }

    @Test
    void aConfiguredAmount_isCitedByItsRow_notByTheReport() {
        Decision<ModerateDisabilityCareResult> d = PROGRAM.decide(People.aged(78, AbilityLevel.SEVERE, null).build(),
                Books.illustrativeHuzhou());
        assertThat(d.finding(ModerateDisabilityCareProgram.SUBSIDY).orElseThrow().citation())
                .isEqualTo(Books.illustrativeHuzhou().find(org.minzheng.eldercare.EldercareParameters.MODERATE_DISABILITY_SUBSIDY).citation())
                .isNotEqualTo(org.minzheng.eldercare.EldercareCitations.HUZHOU_MODERATE_DISABILITY);
    }

    @Test
    void levelEdge_mildIsIneligible_moderateAndWorseAreEligible() {
        assertThat(PROGRAM.decide(People.aged(78, AbilityLevel.MILD, null).build(), Books.illustrativeHuzhou()).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        for (AbilityLevel l : new AbilityLevel[] {AbilityLevel.MODERATE, AbilityLevel.SEVERE, AbilityLevel.COMPLETE_LOSS}) {
            Decision<ModerateDisabilityCareResult> d = PROGRAM.decide(People.aged(78, l, null).build(), Books.illustrativeHuzhou());
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.result().orElseThrow().subsidyPerMonth()).isEqualTo(Money.parse("200.00"));
        }
    }

    @Test
    void notAssessed_isIneligible() {
        Decision<ModerateDisabilityCareResult> d = PROGRAM.decide(People.aged(78).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding("eldercare.ability-assessed")).isPresent();
    }
}
