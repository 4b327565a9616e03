package org.minzheng.eligibility.temporary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.minzheng.eligibility.special.SpecialBooks.fixture;
import static org.minzheng.eligibility.special.SpecialBooks.huzhou;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.special.SpecialBooks;

class TemporaryAssistanceProgramTest {

    static final TemporaryAssistanceProgram PROGRAM = new TemporaryAssistanceProgram();

    static ImmutableTemporaryAssistanceFacts.Builder fire(int persons, int months) {
        return ImmutableTemporaryAssistanceFacts.builder()
                .event(TriggerEvent.FIRE)
                .eventDate(DATE.minusDays(10))
                .persons(persons)
                .monthsOfHardship(months)
                .basicLivingSeriouslyAffected(true);
    }

    static Verdict verdict(Decision<?> d, Rule rule) {
        return d.finding(rule.id()).map(Finding::verdict).orElse(null);
    }

    /**
     * 社会救助暂行办法 第四十九条 leaves the standard to the locality, and the 2020 opinion 二（四）15 sends what
     * exceeds it to 一事一议: without the largest number of months, ELIGIBLE cannot be told from
     * NEEDS_REVIEW — it blocks; the least number only measures the amount — a detail.
     */
    @Test
    void huzhou2024_fire_isUndetermined_namingTheLargestMonths_asBlocking() {
        Decision<TemporaryAssistanceResult> d = PROGRAM.decide(fire(3, 2).build(), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("temporary-assistance.months.min", "temporary-assistance.months.max");
        assertThat(d.missingParameters())
                .filteredOn(MissingParameter::blocksOutcome)
                .extracting(MissingParameter::key)
                .containsExactly("temporary-assistance.months.max");
        assertThat(d.result().orElseThrow().type()).isEqualTo(AssistanceType.EMERGENCY);
        assertThat(d.result().orElseThrow().amount()).isEmpty();
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{");
    }

    /** 二（四）15: a township referral goes to 一事一议 whatever the range: the range then only blanks the amount. */
    @Test
    void huzhou2024_fireReferredCaseByCase_needsReview_withTheAmountAbsent_andTheRangeNamed() {
        Decision<TemporaryAssistanceResult> d =
                PROGRAM.decide(fire(3, 2).caseByCaseReferral(true).build(), huzhou());
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.result().orElseThrow().caseByCase()).isTrue();
        assertThat(d.result().orElseThrow().amount()).isEmpty();
        assertThat(d.missingParameters())
                .noneMatch(MissingParameter::blocksOutcome)
                .extracting(MissingParameter::key)
                .containsExactly("temporary-assistance.months.min", "temporary-assistance.months.max");
        assertThat(verdict(d, TemporaryAssistanceProgram.AMOUNT_MISSING)).isEqualTo(Verdict.INFO);
        assertThat(SpecialBooks.explainBoth(PROGRAM, d)).doesNotContain("{");
    }

    /** Art. 49: the amount names what it lacks; the months granted need only the range, the amount also the standard. */
    @Test
    void anAmountLeftOut_namesTheMissingKeys_andKeepsWhatCanBeComputed() {
        Decision<TemporaryAssistanceResult> referred =
                PROGRAM.decide(fire(3, 2).caseByCaseReferral(true).build(), huzhou());
        assertThat(referred.finding(TemporaryAssistanceProgram.AMOUNT_MISSING.id())
                        .orElseThrow()
                        .facts()
                        .get("keys"))
                .isEqualTo(List.of("temporary-assistance.months.min", "temporary-assistance.months.max"));
        assertThat(referred.missingParameters())
                .filteredOn(m -> m.key().equals("temporary-assistance.months.min"))
                .singleElement()
                .satisfies(m -> assertThat(m.absentFields()).contains("monthsGranted", "amount"));
        // mid-2024 with the test range but before Huzhou's 2024 dibao standard: the months are granted, the amount is
        // not
        Decision<TemporaryAssistanceResult> noStandard = PROGRAM.decide(
                fire(3, 2).eventDate(java.time.LocalDate.of(2024, 6, 1)).build(),
                SpecialBooks.FIXTURE.snapshot(SpecialBooks.HUZHOU, java.time.LocalDate.of(2024, 6, 30)));
        assertThat(noStandard.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(noStandard.result().orElseThrow().monthsGranted()).isEqualTo(2);
        assertThat(noStandard.result().orElseThrow().amount()).isEmpty();
        assertThat(noStandard.result().orElseThrow().approvalRoute()).isNull();
        assertThat(noStandard
                        .finding(TemporaryAssistanceProgram.AMOUNT_MISSING.id())
                        .orElseThrow()
                        .facts()
                        .get("keys"))
                .isEqualTo(List.of("dibao.standard"));
        assertThat(noStandard.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("dibao.standard");
            assertThat(m.absentFields()).containsExactlyInAnyOrder("amount", "standard");
        });
    }

    @Test
    void fixture_amountIsStandardTimesPersonsTimesMonths_withinTheRange() {
        Decision<TemporaryAssistanceResult> d = PROGRAM.decide(fire(3, 2).build(), fixture());
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        TemporaryAssistanceResult r = d.result().orElseThrow();
        assertThat(r.amount()).contains(Money.parse("6870.00"));
        assertThat(r.monthsGranted()).isEqualTo(2);
        assertThat(r.approvalRoute()).isEqualTo(ApprovalRoute.COUNTY_APPROVAL);
        // one person for one month: 1145.00 ≤ 2000.00, the small-amount fast track
        Decision<TemporaryAssistanceResult> small = PROGRAM.decide(fire(1, 1).build(), fixture());
        assertThat(small.result().orElseThrow().approvalRoute()).isEqualTo(ApprovalRoute.SMALL_AMOUNT_FAST_TRACK);
        // six months is the maximum and stays ordinary; seven goes to case-by-case with the capped amount
        Decision<TemporaryAssistanceResult> six = PROGRAM.decide(fire(2, 6).build(), fixture());
        assertThat(six.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Decision<TemporaryAssistanceResult> seven = PROGRAM.decide(fire(2, 7).build(), fixture());
        assertThat(seven.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(seven.result().orElseThrow().amount())
                .isEqualTo(six.result().orElseThrow().amount());
        assertThat(seven.result().orElseThrow().approvalRoute()).isEqualTo(ApprovalRoute.CASE_BY_CASE);
        assertThat(seven.counterfactuals())
                .extracting(Note::code)
                .containsExactly("temporary-assistance.counterfactual.beyond-range");
    }

    @Test
    void expenditureType_coversDibaoHouseholdsByArt47_othersAsConfigured() {
        ImmutableTemporaryAssistanceFacts medical = ImmutableTemporaryAssistanceFacts.builder()
                .event(TriggerEvent.MEDICAL_EXPENSES)
                .eventDate(DATE.minusMonths(1))
                .persons(2)
                .monthsOfHardship(3)
                .basicLivingSeriouslyAffected(true)
                .ownShareOfCosts(Money.parse("80000.00"))
                .build();
        Decision<TemporaryAssistanceResult> noStatus = PROGRAM.decide(medical, huzhou());
        assertThat(verdict(noStatus, TemporaryAssistanceProgram.COVERAGE)).isEqualTo(Verdict.UNDETERMINED);
        assertThat(noStatus.missingParameters())
                .extracting(MissingParameter::key)
                .contains("temporary-assistance.expenditure.non-dibao-covered");
        Decision<TemporaryAssistanceResult> dibao =
                PROGRAM.decide(medical.withHouseholdStatus(AssistanceStatus.DIBAO), huzhou());
        assertThat(verdict(dibao, TemporaryAssistanceProgram.COVERAGE)).isEqualTo(Verdict.MET);
        assertThat(dibao.missingParameters())
                .extracting(MissingParameter::key)
                .doesNotContain("temporary-assistance.expenditure.non-dibao-covered");
        assertThat(PROGRAM.decide(medical, fixture()).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(medical, fixture()).result().orElseThrow().type())
                .isEqualTo(AssistanceType.EXPENDITURE);
    }

    @Test
    void notSeriouslyAffected_isIneligible_andOtherHardship_orAReferral_goesToAPerson() {
        assertThat(PROGRAM.decide(fire(2, 2).basicLivingSeriouslyAffected(false).build(), huzhou())
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(
                                fire(2, 2)
                                        .event(TriggerEvent.OTHER_SPECIAL_HARDSHIP)
                                        .build(),
                                fixture())
                        .outcome())
                .isEqualTo(Outcome.NEEDS_REVIEW);
        Decision<TemporaryAssistanceResult> referred =
                PROGRAM.decide(fire(2, 2).caseByCaseReferral(true).build(), fixture());
        assertThat(referred.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(verdict(referred, TemporaryAssistanceProgram.CASE_BY_CASE)).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void monthsGranted_isHeldWithinTheRange() {
        assertThat(TemporaryAssistanceProgram.monthsGranted(1, 2, 12)).isEqualTo(2);
        assertThat(TemporaryAssistanceProgram.monthsGranted(5, 2, 12)).isEqualTo(5);
        assertThat(TemporaryAssistanceProgram.monthsGranted(13, 2, 12)).isEqualTo(12);
    }

    @Test
    void badFacts_areRejectedWithEveryViolation() {
        ImmutableTemporaryAssistanceFacts bad = fire(0, 61)
                .eventDate(DATE.plusDays(1))
                .ownShareOfCosts(Money.ofFen(-5))
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, huzhou()))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactlyInAnyOrder(
                                        "facts.persons Min",
                                        "facts.monthsOfHardship Max",
                                        "facts.ownShareOfCosts NonNegativeMoney",
                                        "facts.eventDate date.after-decision"));
    }

    @Test
    void aSmallAmount_isApprovedByTheTownshipOnlyAsEntrustedByTheCounty() {
        // 社会救助暂行办法 第四十八条: 救助金额较小的，县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批
        assertThat(TemporaryAssistanceProgram.APPROVAL.quote()).contains("县级人民政府民政部门可以委托乡镇人民政府、街道办事处审批");
        java.util.ResourceBundle zh = java.util.ResourceBundle.getBundle(
                "org.minzheng.eligibility.messages", java.util.Locale.SIMPLIFIED_CHINESE);
        assertThat(zh.getString("enum.ApprovalRoute.SMALL_AMOUNT_FAST_TRACK"))
                .contains("县级民政部门可以委托乡镇人民政府、街道办事处审批")
                .doesNotContain("可由乡镇");
        java.util.ResourceBundle en =
                java.util.ResourceBundle.getBundle("org.minzheng.eligibility.messages", java.util.Locale.ROOT);
        assertThat(en.getString("enum.ApprovalRoute.SMALL_AMOUNT_FAST_TRACK")).contains("may entrust the township");
    }
}
