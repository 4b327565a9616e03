package org.minzheng.eldercare.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eldercare.Books;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.OlderPerson;
import org.minzheng.eldercare.person.PriorityGroup;
import org.minzheng.eldercare.testing.EldercareGenerators;
import org.quicktheories.generators.Generate;

class MealAssistanceProgramTest {

    static final MealAssistanceProgram PROGRAM = new MealAssistanceProgram();

    static MealAssistanceClaim claim(OlderPerson p, int meals) {
        return ImmutableMealAssistanceClaim.builder().person(p).meals(meals).build();
    }

    @Test
    void huzhou_officialPack_amountsNotFound_isUndetermined_namingTheRates() {
        Decision<MealAssistanceResult> d = PROGRAM.decide(
                claim(People.aged(85, null, AssistanceStatus.DIBAO).build(), 20), Books.officialHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(
                        "meal-assistance.subsidy-per-meal.age-80-89",
                        "meal-assistance.subsidy-per-meal.priority.dibao");
        assertThat(d.result().orElseThrow().priorityGroups()).containsExactly(PriorityGroup.DIBAO);
    }

    @Test
    void positiveRates_withoutCombinationOrCap_isEligible_theAmountsAbsent_andTheKeysNamed() {
        // 民发〔2023〕58号 names the priority groups; a positive rate is the subsidy, the combination and cap only measure
        // it
        Decision<MealAssistanceResult> d = PROGRAM.decide(
                claim(People.aged(85, null, AssistanceStatus.DIBAO).build(), 20), Books.halfConfigured());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().ratePerMeal()).isNull();
        assertThat(d.result().orElseThrow().monthlyAmount()).isNull();
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("meal-assistance.rate-combination");
            assertThat(m.absentFields()).containsExactly("ratePerMeal", "monthlyAmount");
        });
        Decision<MealAssistanceResult> one =
                PROGRAM.decide(claim(People.aged(75, null, null).build(), 20), Books.halfConfigured());
        assertThat(one.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(one.result().orElseThrow().ratePerMeal()).isEqualTo(Money.parse("1.50"));
        assertThat(one.result().orElseThrow().monthlyAmount()).isNull();
        assertThat(one.missingParameters())
                .singleElement()
                .satisfies(m -> assertThat(m.absentFields()).containsExactly("monthlyCap", "monthlyAmount"));
        assertThat(one.finding(MealAssistanceProgram.AGE_RATE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.eldercare.EldercareCitations.MEAL_PRIORITY_GROUPS);
        assertThat(one.finding(MealAssistanceProgram.AGE_RATE.id())
                        .orElseThrow()
                        .sources())
                .extracting(org.minzheng.core.decision.ValueSource::citation)
                .containsExactly(org.minzheng.core.citation.Citation.of("fixture-meal-rates", null));
    }

    @Test
    void mca2023_58_priorityGroups_fromTheFacts() {
        OlderPerson p = People.aged(72, AbilityLevel.MILD, AssistanceStatus.LOW_INCOME_EDGE)
                .livesAlone(true)
                .emptyNest(true)
                .leftBehind(true)
                .lostOnlyChild(true)
                .build();
        assertThat(MealAssistanceProgram.priorityGroups(p))
                .containsExactly(
                        PriorityGroup.LOW_INCOME_EDGE,
                        PriorityGroup.LIVING_ALONE,
                        PriorityGroup.EMPTY_NEST,
                        PriorityGroup.LEFT_BEHIND,
                        PriorityGroup.DISABLED,
                        PriorityGroup.LOST_ONLY_CHILD);
        assertThat(MealAssistanceProgram.priorityGroups(
                        People.aged(72, AbilityLevel.INTACT, null).build()))
                .isEmpty();
        assertThat(MealAssistanceProgram.priorityGroups(
                        People.aged(72).disabled(true).build()))
                .containsExactly(PriorityGroup.DISABLED);
    }

    @Test
    void illustrative_highestRateApplies_belowTheCap() {
        Decision<MealAssistanceResult> d = PROGRAM.decide(
                claim(
                        People.aged(85, null, AssistanceStatus.DIBAO)
                                .livesAlone(true)
                                .build(),
                        20),
                Books.illustrativeHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().ratePerMeal()).isEqualTo(Money.parse("4.00"));
        assertThat(d.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("80.00"));
        assertThat(d.counterfactuals()).isEmpty();
    }

    @Test
    void illustrative_capCutsTheMonth() {
        Decision<MealAssistanceResult> d = PROGRAM.decide(
                claim(People.aged(92, null, AssistanceStatus.EXTREME_POVERTY).build(), 40), Books.illustrativeHuzhou());
        assertThat(d.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("150.00"));
        assertThat(d.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("cut", Money.parse("50.00")));
        assertThat(PROGRAM.decide(
                                claim(
                                        People.aged(92, null, AssistanceStatus.EXTREME_POVERTY)
                                                .build(),
                                        30),
                                Books.illustrativeHuzhou())
                        .result()
                        .orElseThrow()
                        .monthlyAmount())
                .isEqualTo(Money.parse("150.00"));
        assertThat(PROGRAM.decide(
                                claim(
                                        People.aged(92, null, AssistanceStatus.EXTREME_POVERTY)
                                                .build(),
                                        29),
                                Books.illustrativeHuzhou())
                        .result()
                        .orElseThrow()
                        .monthlyAmount())
                .isEqualTo(Money.parse("145.00"));
    }

    @Test
    void illustrative_zeroRate_noSubsidy_andAgeBandEdges() {
        assertThat(PROGRAM.decide(claim(People.aged(69).build(), 20), Books.illustrativeHuzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        Decision<MealAssistanceResult> seventy =
                PROGRAM.decide(claim(People.aged(70).build(), 20), Books.illustrativeHuzhou());
        assertThat(seventy.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(seventy.result().orElseThrow().monthlyAmount()).isEqualTo(Money.parse("20.00"));
    }

    @Test
    void under60_isNotAnOlderPerson() {
        Decision<MealAssistanceResult> d = PROGRAM.decide(
                claim(People.aged(58, null, AssistanceStatus.DIBAO).build(), 20), Books.illustrativeHuzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.parameterValues()).isEmpty();
    }

    @Test
    void negativeMeals_isAViolation() {
        assertThatThrownBy(() -> PROGRAM.decide(claim(People.aged(80).build(), -1), Books.officialHuzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly("facts.meals Min"));
    }

    @Test
    void properties_amountIsRateTimesMealsCapped_neverNegative_andMoreMealsNeverPayLess() {
        qt().withFixedSeed(58L)
                .withExamples(150)
                .forAll(EldercareGenerators.olderPersons(Books.DATE), Generate.range(0, 60))
                .checkAssert((p, meals) -> {
                    Decision<MealAssistanceResult> d = PROGRAM.decide(claim(p, meals), Books.illustrativeHuzhou());
                    Decision<MealAssistanceResult> more =
                            PROGRAM.decide(claim(p, meals + 1), Books.illustrativeHuzhou());
                    assertThat(d.outcome()).isNotEqualTo(Outcome.UNDETERMINED);
                    MealAssistanceResult r = d.result().orElseThrow();
                    if (r.monthlyAmount() != null) {
                        assertThat(r.monthlyAmount().isNegative()).isFalse();
                        assertThat(r.monthlyAmount()).isLessThanOrEqualTo(Money.parse("150.00"));
                        assertThat(r.monthlyAmount())
                                .isEqualTo(Money.min(r.ratePerMeal().times(meals), Money.parse("150.00")));
                        assertThat(more.result().orElseThrow().monthlyAmount())
                                .isGreaterThanOrEqualTo(r.monthlyAmount());
                    }
                });
    }

    @Test
    void theProgramListsEveryKeyItReads_andABirthDateAfterTheDecisionIsRejected() {
        assertThat(new MealAssistanceProgram().parameters())
                .containsAll(EldercareParameters.MEAL_SUBSIDY_BY_AGE.values())
                .containsAll(EldercareParameters.MEAL_SUBSIDY_BY_GROUP.values())
                .contains(EldercareParameters.MEAL_RATE_COMBINATION, EldercareParameters.MEAL_MONTHLY_CAP);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> PROGRAM.decide(
                        ImmutableMealAssistanceClaim.builder()
                                .person(People.aged(70)
                                        .birthDate(Books.DATE.plusDays(1))
                                        .build())
                                .meals(10)
                                .build(),
                        Books.officialHuzhou()))
                .isInstanceOf(org.minzheng.core.validation.InvalidInputException.class);
    }
}
