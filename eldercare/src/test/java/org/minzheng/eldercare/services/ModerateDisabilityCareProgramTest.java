package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.assessment.AbilityLevel;

class ModerateDisabilityCareProgramTest {

    static final ModerateDisabilityCareProgram PROGRAM = new ModerateDisabilityCareProgram();

    @Test
    void huzhou2024_moderate_amountNotFound_isUndetermined_becauseNoTextGrantsTheSupport() {
        // Huzhou 2024 report: "加强中度失能老年人照护支持" announces a direction, with no condition and no amount;
        // 老年人权益保障法 第三十七条第二款 "逐步给予养老服务补贴" leaves the support to the locality — so the
        // configured amount is what says the region gives any support: missing, the outcome is not known
        Decision<ModerateDisabilityCareResult> d =
                PROGRAM.decide(People.aged(78, AbilityLevel.MODERATE, null).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().subsidyPerMonth()).isNull();
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("moderate-disability-care.subsidy-per-month");
            assertThat(m.absentFields()).isEmpty();
        });
        assertThat(d.finding(ModerateDisabilityCareProgram.LEVEL.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.MET);
        assertThat(d.finding(ModerateDisabilityCareProgram.SUBSIDY.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.UNDETERMINED);
    }

    @Test
    void anotherRegion_withoutAnyScheme_isNeverEligible_onTheHuzhouReport() {
        // the Huzhou report speaks for Huzhou only: a Hangzhou resident at level 2 gets no decision from it
        Decision<ModerateDisabilityCareResult> d = PROGRAM.decide(
                People.aged(78, AbilityLevel.SEVERE, null).build(),
                Books.official().snapshot(org.minzheng.core.region.RegionCode.of("330100"), Books.DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void mildLevel_isIneligible_evenWithoutAnAmount_theLevelSettlesIt() {
        // GB/T 42195-2022 C.5: level 1 (轻度失能) is better than 2 (中度失能); the amount is not read
        Decision<ModerateDisabilityCareResult> d =
                PROGRAM.decide(People.aged(74, AbilityLevel.MILD, null).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.missingParameters()).isEmpty();
        assertThat(d.finding(ModerateDisabilityCareProgram.LEVEL.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void aConfiguredAmount_carriesItsRowAsSource_theRuleCitingTheLaw_notTheReport() {
        Decision<ModerateDisabilityCareResult> d =
                PROGRAM.decide(People.aged(78, AbilityLevel.SEVERE, null).build(), Books.illustrativeHuzhou());
        assertThat(d.finding(ModerateDisabilityCareProgram.SUBSIDY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.eldercare.EldercareCitations.ELDERLY_LAW_ART_37_SUBSIDY);
        assertThat(d.finding(ModerateDisabilityCareProgram.SUBSIDY.id())
                        .orElseThrow()
                        .sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(Books.illustrativeHuzhou()
                        .find(org.minzheng.eldercare.EldercareParameters.MODERATE_DISABILITY_SUBSIDY)
                        .citation());
    }

    @Test
    void levelEdge_mildIsIneligible_moderateAndWorseAreEligible() {
        assertThat(PROGRAM.decide(People.aged(78, AbilityLevel.MILD, null).build(), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        for (AbilityLevel l :
                new AbilityLevel[] {AbilityLevel.MODERATE, AbilityLevel.SEVERE, AbilityLevel.COMPLETE_LOSS}) {
            Decision<ModerateDisabilityCareResult> d =
                    PROGRAM.decide(People.aged(78, l, null).build(), Books.illustrativeHuzhou());
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.result().orElseThrow().subsidyPerMonth()).isEqualTo(Money.parse("200.00"));
        }
    }

    @Test
    void notAssessed_isIneligible() {
        Decision<ModerateDisabilityCareResult> d =
                PROGRAM.decide(People.aged(78).build(), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding("eldercare.ability-assessed")).isPresent();
    }

    @Test
    void aBirthDateAfterTheDecision_isRejected() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PROGRAM.decide(
                        People.aged(70).birthDate(Books.DATE.plusDays(1)).build(), Books.officialHuzhou()))
                .isInstanceOf(org.minzheng.core.validation.InvalidInputException.class);
    }
}
