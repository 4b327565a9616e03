package org.minzheng.eligibility.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;
import static org.minzheng.eligibility.Households.member;
import static org.minzheng.eligibility.Households.wage;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.Relation;

class SingleMemberProgramTest {

    static final SingleMemberProgram P = new SingleMemberProgram();

    static Household edgeFamilyWithDisabledChild(String wage, Disability d) {
        return familyOfThree(wage)
                .withMembers(
                        member(Relation.APPLICANT, 1980).build(),
                        member(Relation.SPOUSE, 1982).build(),
                        member(Relation.CHILD, 2012).disability(d).build());
    }

    static Decision<SingleMemberResult> illustrative(Household h, int member) {
        return P.decide(
                ImmutableSingleMemberFacts.builder().household(h).member(member).build(),
                Books.illustrative(Books.DEC_2024));
    }

    static Decision<SingleMemberResult> decide(Household h, int member) {
        return P.decide(
                ImmutableSingleMemberFacts.builder().household(h).member(member).build(),
                Books.official(Books.DEC_2024));
    }

    @Test
    void art8_severelyDisabledChildOfAnEdgeFamily_appliesAlone() {
        // 4000 / 3 = 1333.33: not below 1145, below 1.5 × 1145 = 1717.50
        Decision<SingleMemberResult> d =
                decide(edgeFamilyWithDisabledChild("4000.00", new Disability(DisabilityCategory.PHYSICAL, 2, true)), 2);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().ground())
                .isEqualTo(SingleMemberResult.SingleMemberGround.SEVERE_DISABILITY);
        assertThat(d.result().orElseThrow().monthlyAmount()).contains(Money.parse("1145.00"));
    }

    @Test
    void art8_grade3IntellectualCounts_grade3PhysicalDoesNot() {
        assertThat(decide(
                                edgeFamilyWithDisabledChild(
                                        "4000.00", new Disability(DisabilityCategory.INTELLECTUAL, 3, true)),
                                2)
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Decision<SingleMemberResult> physical3 = illustrative(
                edgeFamilyWithDisabledChild("4000.00", new Disability(DisabilityCategory.PHYSICAL, 3, true)), 2);
        assertThat(physical3.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(physical3
                        .finding(SingleMemberProgram.NATIONAL_GROUNDS.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(physical3
                        .finding(SingleMemberProgram.COUNTY_CATEGORIES.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(illustrative(
                                edgeFamilyWithDisabledChild(
                                        "4000.00", new Disability(DisabilityCategory.PHYSICAL, 1, false)),
                                2)
                        .outcome())
                .as("no certificate")
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void art8_edgeLimitIsStrict() {
        // 1.5 × 1145 × 3 = 5152.50: equal is not below
        Decision<SingleMemberResult> atLimit = illustrative(
                edgeFamilyWithDisabledChild("5152.50", new Disability(DisabilityCategory.PHYSICAL, 1, true)), 2);
        assertThat(atLimit.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(atLimit.finding(SingleMemberProgram.NOT_EDGE_FAMILY.id())).isPresent();
        assertThat(decide(
                                edgeFamilyWithDisabledChild(
                                        "5152.49", new Disability(DisabilityCategory.PHYSICAL, 1, true)),
                                2)
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aHouseholdThatQualifiesAsAWholeAppliesAsAHousehold() {
        Decision<SingleMemberResult> d =
                decide(edgeFamilyWithDisabledChild("2000.00", new Disability(DisabilityCategory.PHYSICAL, 1, true)), 2);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding(SingleMemberProgram.HOUSEHOLD_NOT_DIBAO.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void seriousIllness_andOwnIncome() {
        Household h = familyOfThree("4000.00")
                .withMembers(
                        member(Relation.APPLICANT, 1980).seriousIllness(true).build(),
                        member(Relation.SPOUSE, 1982).build(),
                        member(Relation.CHILD, 2012).build())
                .withIncomes(wage(0, "500.00"), wage(1, "3500.00"));
        Decision<SingleMemberResult> d = decide(h, 0);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).contains(Money.parse("645.00"));
    }
}
