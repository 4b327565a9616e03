package org.minzheng.eligibility.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.Program;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.household.Household;

/**
 * Issue 13 item 3 — the categories are ordered and exclusive by their own texts: an edge family is
 * one "不符合最低生活保障条件" (最低生活保障审核确认办法 第八条); a rigid-expenditure family is "不属于最低生活保障对象、
 * 特困人员、最低生活保障边缘家庭" (刚性支出困难家庭认定办法 第四条第（一）项). So while an earlier category cannot be
 * decided, a later one cannot be the answer: the screening is UNDETERMINED and names the earlier
 * program's missing keys, never the later category's ELIGIBLE.
 */
class ScreeningPrecedenceTest {

    static final ParameterKey<Money> DIBAO_ONLY = ParameterKey.of(
            "screening-test.dibao-only-threshold", ParameterType.MONEY, "CNY", "测试", "test: a dibao condition value");
    static final ParameterKey<Money> DIBAO_AMOUNT = ParameterKey.of(
            "screening-test.dibao-amount", ParameterType.MONEY, "CNY", "测试", "test: a dibao amount value");
    static final ParameterKey<Money> EDGE_ONLY = ParameterKey.of(
            "screening-test.edge-only-threshold", ParameterType.MONEY, "CNY", "测试", "test: an edge condition value");

    /** A program whose outcome is fixed, reading one value that is not configured (as a condition or a detail). */
    static final class Fixed extends AbstractProgram<Household, String> {
        private final Verdict verdict;
        private final ParameterKey<Money> missing;
        private final boolean detail;

        Fixed(String id, Verdict verdict, ParameterKey<Money> missing, boolean detail) {
            super(
                    id,
                    new LocalizedText(id, id),
                    Household.class,
                    String.class,
                    "org.minzheng.eligibility.messages",
                    List.of(condition(id, verdict, missing)));
            this.verdict = verdict;
            this.missing = missing;
            this.detail = detail;
        }

        /** The one condition, recording the fixed verdict and reading the value given. */
        private static Rule condition(String id, Verdict verdict, ParameterKey<Money> missing) {
            Rule.Builder b = Rule.builder(id + ".condition", EligibilityCitations.SA_ART_9)
                    .verdicts(verdict);
            if (missing != null) {
                b.reads(missing);
            }
            return b.build();
        }

        @Override
        public Decision<String> evaluate(Household facts, PolicySnapshot snapshot) {
            RuleContext ctx = start(snapshot);
            if (missing != null) {
                if (detail) {
                    ctx.detail(missing, "monthlyAmount");
                } else {
                    ctx.param(missing);
                }
            }
            ctx.record(rules().get(0), verdict);
            return ctx.decide(id());
        }
    }

    static Decision<ScreeningResult> screen(Program<Household, ?>... programs) {
        return new AssistanceScreeningProgram(List.of(programs))
                .decide(
                        ImmutableScreeningFacts.builder()
                                .household(familyOfThree("2000.00"))
                                .build(),
                        Books.official(Books.DEC_2024));
    }

    @Test
    void dibaoUndetermined_edgeEligible_screeningIsUndetermined_namingOnlyDibaosKeys() {
        Decision<ScreeningResult> d = screen(
                new Fixed("dibao", Verdict.UNDETERMINED, DIBAO_ONLY, false),
                new Fixed("low-income-edge", Verdict.MET, EDGE_ONLY, false),
                new Fixed("rigid-expenditure", Verdict.MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().primary()).isNull();
        assertThat(d.result().orElseThrow().programs())
                .extracting(ScreeningResult.ProgramOutcome::program)
                .containsExactly("dibao");
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly(DIBAO_ONLY.name());
    }

    @Test
    void dibaoRefused_edgeUndetermined_rigidEligible_screeningIsUndetermined_namingEdgesKeys() {
        Decision<ScreeningResult> d = screen(
                new Fixed("dibao", Verdict.NOT_MET, null, false),
                new Fixed("low-income-edge", Verdict.UNDETERMINED, EDGE_ONLY, false),
                new Fixed("rigid-expenditure", Verdict.MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.result().orElseThrow().programs())
                .extracting(ScreeningResult.ProgramOutcome::outcome)
                .containsExactly(Outcome.INELIGIBLE, Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly(EDGE_ONLY.name());
    }

    @Test
    void earlierCategoryNeedingReview_isNotPassedOver() {
        Decision<ScreeningResult> d = screen(
                new Fixed("dibao", Verdict.NEEDS_REVIEW, null, false),
                new Fixed("low-income-edge", Verdict.MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.result().orElseThrow().primary()).isNull();
    }

    @Test
    void laterCategoryApplies_onlyWhenEveryEarlierOneIsRefused() {
        Decision<ScreeningResult> d = screen(
                new Fixed("dibao", Verdict.NOT_MET, null, false),
                new Fixed("low-income-edge", Verdict.NOT_MET, null, false),
                new Fixed("rigid-expenditure", Verdict.MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().primary()).isEqualTo("rigid-expenditure");
        assertThat(d.missingParameters()).isEmpty();
    }

    @Test
    void everyCategoryRefused_isIneligible() {
        Decision<ScreeningResult> d = screen(
                new Fixed("dibao", Verdict.NOT_MET, null, false),
                new Fixed("low-income-edge", Verdict.NOT_MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().programs()).hasSize(2);
    }

    /** Item 5: a sub-decision that only left its amount absent was decided; the screening absorbs it as recorded. */
    @Test
    void dibaoEligible_withItsAmountAbsent_screeningIsEligible_andListsTheDetail() {
        Decision<ScreeningResult> d = screen(
                new Fixed("dibao", Verdict.MET, DIBAO_AMOUNT, true),
                new Fixed("low-income-edge", Verdict.NOT_MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().primary()).isEqualTo("dibao");
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo(DIBAO_AMOUNT.name());
            assertThat(m.blocksOutcome()).isFalse();
            assertThat(m.absentFields()).containsExactly("monthlyAmount");
        });
    }

    static Decision<ScreeningResult> screenWithSignals(
            boolean medical, boolean drop, Program<Household, ?>... programs) {
        Household h = familyOfThree("2000.00");
        if (medical) {
            h = org.minzheng.eligibility.household.ImmutableHousehold.copyOf(h)
                    .withRigidExpenditures(new org.minzheng.eligibility.household.RigidExpenditure(
                            org.minzheng.eligibility.household.ExpenditureType.MEDICAL,
                            java.time.LocalDate.of(2024, 6, 1),
                            Money.parse("42000.00"),
                            Money.ZERO,
                            Money.ZERO));
        }
        ImmutableScreeningFacts.Builder b = ImmutableScreeningFacts.builder().household(h);
        if (drop) {
            b.previousMonthlyIncome(Money.parse("9000.00"));
        }
        return new AssistanceScreeningProgram(List.of(programs)).decide(b.build(), Books.official(Books.DEC_2024));
    }

    /**
     * 国办发〔2023〕39号 asks for early-warning indicators; their thresholds are local and not configured for
     * Huzhou. When every category refused the household, a signal decides between INELIGIBLE and
     * NEEDS_REVIEW: its missing threshold blocks (UNDETERMINED).
     */
    @Test
    void everyCategoryRefused_andAWarningThresholdMissing_isUndetermined_namingTheThreshold() {
        for (boolean medical : new boolean[] {true, false}) {
            Decision<ScreeningResult> d =
                    screenWithSignals(medical, !medical, new Fixed("dibao", Verdict.NOT_MET, null, false));
            String rule = medical
                    ? AssistanceScreeningProgram.MEDICAL_SIGNAL.id()
                    : AssistanceScreeningProgram.INCOME_DROP_SIGNAL.id();
            String key = medical ? "screening.alert.medical-share" : "screening.alert.income-drop";
            assertThat(d.outcome()).as(key).isEqualTo(Outcome.UNDETERMINED);
            assertThat(d.finding(rule).orElseThrow().verdict()).isEqualTo(Verdict.UNDETERMINED);
            assertThat(d.missingParameters()).singleElement().satisfies(m -> {
                assertThat(m.key()).isEqualTo(key);
                assertThat(m.blocksOutcome()).isTrue();
            });
            assertThat(d.result().orElseThrow().signals()).isEmpty();
        }
        // neither signal applies (no medical spending, no previous income): INELIGIBLE, nothing missing
        Decision<ScreeningResult> none =
                screenWithSignals(false, false, new Fixed("dibao", Verdict.NOT_MET, null, false));
        assertThat(none.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(none.missingParameters()).isEmpty();
    }

    /** Once a category decided, the warning only adds a detail: INFO, the threshold listed with the absent "signals". */
    @Test
    void aCategoryDecided_andAWarningThresholdMissing_keepsTheOutcome_andNamesTheThresholdAsADetail() {
        for (boolean medical : new boolean[] {true, false}) {
            Decision<ScreeningResult> d =
                    screenWithSignals(medical, !medical, new Fixed("dibao", Verdict.MET, null, false));
            String rule = medical
                    ? AssistanceScreeningProgram.MEDICAL_SIGNAL.id()
                    : AssistanceScreeningProgram.INCOME_DROP_SIGNAL.id();
            String key = medical ? "screening.alert.medical-share" : "screening.alert.income-drop";
            assertThat(d.outcome()).as(key).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.finding(rule).orElseThrow().verdict()).isEqualTo(Verdict.INFO);
            assertThat(d.missingParameters()).singleElement().satisfies(m -> {
                assertThat(m.key()).isEqualTo(key);
                assertThat(m.absentFields()).containsExactly("signals");
            });
        }
    }

    @Test
    void bothWarningThresholdsMissing_bothAreNamed() {
        Decision<ScreeningResult> d = screenWithSignals(true, true, new Fixed("dibao", Verdict.NOT_MET, null, false));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("screening.alert.medical-share", "screening.alert.income-drop");
    }
}
