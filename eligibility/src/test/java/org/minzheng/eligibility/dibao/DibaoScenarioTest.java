package org.minzheng.eligibility.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;
import static org.minzheng.eligibility.Households.member;
import static org.minzheng.eligibility.Households.wage;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.household.Absence;
import org.minzheng.eligibility.household.AbsenceReason;
import org.minzheng.eligibility.household.Deduction;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.IncomeExemption;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.Vehicle;

class DibaoScenarioTest {

    static final DibaoProgram DIBAO = new DibaoProgram();

    static Decision<DibaoResult> official(org.minzheng.eligibility.household.Household h) {
        return DIBAO.decide(h, Books.official(Books.DEC_2024));
    }

    static Decision<DibaoResult> illustrative(org.minzheng.eligibility.household.Household h) {
        return DIBAO.decide(h, Books.illustrative(Books.DEC_2024));
    }

    @Test
    void huzhou2024_memberInPrison_isNotCountedAndNorIsTheirIncome() {
        var h = familyOfThree("2000.00")
                .withMembers(
                        member(Relation.APPLICANT, 1980).build(),
                        member(Relation.SPOUSE, 1982)
                                .absence(new Absence(AbsenceReason.IN_PRISON, LocalDate.of(2023, 1, 1)))
                                .build(),
                        member(Relation.CHILD, 2012).build())
                .withIncomes(wage(0, "1000.00"), wage(1, "5000.00"));
        Decision<DibaoResult> d = official(h);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().countedMembers()).isEqualTo(2);
        // 1145 × 2 − 1000 = 1290
        assertThat(d.result().orElseThrow().monthlyAmount()).contains(Money.parse("1290.00"));
    }

    @Test
    void huzhou2024_exemptIncomeIsNotCounted_nationalList() {
        var h = familyOfThree("2000.00")
                .withIncomes(
                        wage(0, "2000.00"),
                        ImmutableIncomeItem.builder()
                                .member(2)
                                .category(IncomeCategory.TRANSFER_NET)
                                .amount(Money.parse("800.00"))
                                .exemption(IncomeExemption.SCHOLARSHIP)
                                .build());
        assertThat(official(h).result().orElseThrow().monthlyAmount()).contains(Money.parse("1435.00"));
    }

    @Test
    void residentBasicPensionExemption_endsWithThe14thFiveYearPlan() {
        var h = familyOfThree("2000.00")
                .withIncomes(
                        wage(0, "2000.00"),
                        ImmutableIncomeItem.builder()
                                .member(0)
                                .category(IncomeCategory.TRANSFER_NET)
                                .amount(Money.parse("200.00"))
                                .exemption(IncomeExemption.RESIDENT_BASIC_PENSION)
                                .build());
        assertThat(DIBAO.decide(h, Books.official(LocalDate.of(2025, 12, 31))).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        Decision<DibaoResult> d2026 = DIBAO.decide(h, Books.official(LocalDate.of(2026, 1, 1)));
        assertThat(d2026.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d2026.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("income.exempt.resident-basic-pension");
    }

    /**
     * Issue 21 item 5. 社会救助暂行办法 第十二条 pays "对批准获得最低生活保障的家庭": while the savings limit is not
     * configured nothing is approved or refused, so the result states no payment — absent, never "0.00", which a
     * payment system would read as "pays nothing" — while the amount finding still measures the difference
     * (1145 × 3 − 2000 = 1435). Once refused, the payment is decided: zero.
     */
    @Test
    void huzhou2024_savingsLimitNotConfigured_undetermined_statesNoPayment_whileTheAmountFindingMeasures1435() {
        var h = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("30000.00"))
                        .build());
        Decision<DibaoResult> d = official(h);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().monthlyAmount()).isEmpty();
        assertThat(d.finding(DibaoProgram.AMOUNT.id()).orElseThrow().facts().get("amount"))
                .isEqualTo(Money.parse("1435.00"));
        String json = org.minzheng.core.json.Json.compact(d);
        assertThat(json).doesNotContain("\"monthlyAmount\"").contains("\"countedMembers\":3");
        // refused: the payment is decided, and it is zero
        var rich = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("82440.01"))
                        .build());
        Decision<DibaoResult> refused = illustrative(rich);
        assertThat(refused.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(refused.result().orElseThrow().monthlyAmount()).contains(Money.ZERO);
        assertThat(org.minzheng.core.json.Json.compact(refused)).contains("\"monthlyAmount\":\"0.00\"");
    }

    @Test
    void huzhou2024_assetsThatNeedALocalLimit_areUndeterminedInTheOfficialPack() {
        var h = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("30000.00"))
                        .build());
        Decision<DibaoResult> d = official(h);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.asset.financial-months");
        // with the illustrative limit (24 months × 1145 × 3 = 82,440) the household qualifies, and the decision says so
        Decision<DibaoResult> i = illustrative(h);
        assertThat(i.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(i.usedIllustrativeValues()).isTrue();
        assertThat(i.warnings()).extracting(n -> n.code()).contains("policy.illustrative-value");
        var rich = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("82440.01"))
                        .build());
        assertThat(illustrative(rich).outcome()).isEqualTo(Outcome.INELIGIBLE);
        var limit = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("82440.00"))
                        .build());
        assertThat(illustrative(limit).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void incomeAboveTheStandard_decidesEvenWhenAssetRulesAreMissing() {
        var h = familyOfThree("4000.00")
                .withAssets(ImmutableAssets.builder()
                        .financialAssets(Money.parse("30000.00"))
                        .addVehicles(new Vehicle(Vehicle.Use.PRIVATE_CAR, Money.parse("50000.00")))
                        .homes(1)
                        .build());
        Decision<DibaoResult> d = official(h);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.counterfactuals()).extracting(n -> n.code()).containsExactly("dibao.counterfactual.income-above");
        // 4000 − 3435 = 565, so it must fall by 565.01
        assertThat(d.counterfactuals().get(0).facts().get("fallNeeded")).isEqualTo(Money.parse("565.01"));
    }

    /**
     * 社会救助暂行办法 第九条: "家庭人均收入低于当地最低生活保障标准" — income exactly at the standard is
     * not below it; the counterfactual says so (持平) instead of "0.00 above".
     */
    @Test
    void incomeEqualToTheStandard_isNotBelowIt_andTheCounterfactualSaysTheyAreEqual() {
        // 1145 × 3 = 3435
        Decision<DibaoResult> d = official(familyOfThree("3435.00"));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.counterfactuals())
                .extracting(n -> n.code())
                .containsExactly(DibaoProgram.COUNTERFACTUAL_INCOME_EQUAL);
        assertThat(d.counterfactuals().get(0).facts()).containsOnlyKeys("fallNeeded");
        assertThat(d.counterfactuals().get(0).facts().get("fallNeeded")).isEqualTo(Money.parse("0.01"));
        // one fen above the standard in all is still "above"
        assertThat(official(familyOfThree("3435.01")).counterfactuals())
                .extracting(n -> n.code())
                .containsExactly(DibaoProgram.COUNTERFACTUAL_INCOME_ABOVE);
    }

    @Test
    void privateCar_isIneligibleUnderTheIllustrativeRule() {
        var h = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .addVehicles(new Vehicle(Vehicle.Use.PRIVATE_CAR, Money.parse("30000.00")))
                        .build());
        assertThat(illustrative(h).outcome()).isEqualTo(Outcome.INELIGIBLE);
        var mobility = familyOfThree("2000.00")
                .withAssets(ImmutableAssets.builder()
                        .addVehicles(new Vehicle(Vehicle.Use.DISABILITY_MOBILITY, Money.parse("3000.00")))
                        .build());
        // Art. 14: 可以……豁免 — a local option: not configured in the official data, exempt in the illustrative overlay
        assertThat(official(mobility).outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(official(mobility).missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("dibao.asset.exempt.disability-mobility-vehicle");
        assertThat(illustrative(mobility).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void deductions_needALocalRule() {
        var h = familyOfThree("3500.00")
                .withDeductions(new Deduction(Deduction.DeductionType.RIGID_COST, Money.parse("600.00"), 1));
        assertThat(official(h).outcome()).isEqualTo(Outcome.UNDETERMINED);
        Decision<DibaoResult> i = illustrative(h);
        assertThat(i.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(i.result().orElseThrow().monthlyAmount()).contains(Money.parse("535.00"));
    }

    @Test
    void fractionalAmount_usesTheNamedRoundingOnlyWhenNeeded() {
        var h = familyOfThree("0")
                .withIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.parse("10000.00"))
                        .months(3)
                        .build());
        // 1145 × 3 − 10000/3 = 3435 − 3333.333… = 101.666…: a fraction of a fen
        Decision<DibaoResult> d = official(h);
        // item 5: the rounding only measures the amount; eligibility is settled by the means test
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).isEmpty();
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly("dibao.amount-rounding");
        assertThat(d.missingParameters().get(0).absentFields()).containsExactly("monthlyAmount");
        assertThat(d.finding("dibao.amount.not-configured").orElseThrow().verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(illustrative(h).result().orElseThrow().monthlyAmount()).contains(Money.parse("101.67"));
    }

    @Test
    void reviewPeriod_isSixMonthsForUnstableIncomeWithAMemberAbleToWork() {
        var h = familyOfThree("2000.00")
                .withIncomeStable(false)
                .withMembers(
                        member(Relation.APPLICANT, 1980).ableToWork(true).build(),
                        member(Relation.SPOUSE, 1982).build(),
                        member(Relation.CHILD, 2012).build());
        Decision<DibaoResult> d = official(h);
        assertThat(d.result().orElseThrow().reviewMonths()).isEqualTo(6);
        // six months from 2024-12-31 end on the last day of June (民法典 第二百零二条)
        assertThat(d.result().orElseThrow().nextReview()).isEqualTo(LocalDate.of(2025, 6, 30));
        assertThat(official(h.withIncomeStable(true)).result().orElseThrow().reviewMonths())
                .isEqualTo(12);
    }

    @Test
    void gradualExit_forAHouseholdLeavingThroughWork() {
        var h = familyOfThree("3600.00")
                .withCurrentAssistance(AssistanceStatus.DIBAO)
                .withIncomeRoseFromEmployment(true);
        Decision<DibaoResult> d = official(h);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding(DibaoProgram.GRADUAL_EXIT_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(d.missingParameters().get(0).absentFields()).containsExactly("gradualExitUntil");
        Decision<DibaoResult> i = illustrative(h);
        assertThat(i.result().orElseThrow().gradualExitUntil()).isEqualTo(LocalDate.of(2025, 6, 30));
    }

    @Test
    void beforeHuzhouHasAStandard_theDecisionIsUndetermined() {
        Decision<DibaoResult> d = DIBAO.decide(familyOfThree("100.00"), Books.official(LocalDate.of(2023, 12, 31)));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly("dibao.standard");
        // a district inherits Huzhou's standard
        assertThat(DIBAO.decide(familyOfThree("2000.00"), Books.OFFICIAL.snapshot(Books.NANXUN, Books.DEC_2024))
                        .result()
                        .orElseThrow()
                        .standard())
                .isEqualTo(Money.parse("1145.00"));
    }
}
