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
    void huzhou2024_moderate_amountNotFound_isUndetermined() {
        Decision<ModerateDisabilityCareResult> d = PROGRAM.decide(People.aged(78, AbilityLevel.MODERATE, null).build(),
                Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(m -> m.key()).containsExactly("moderate-disability-care.subsidy-per-month");
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
