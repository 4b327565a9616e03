package org.minzheng.eligibility.screening;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.RigidExpenditure;

class AssistanceScreeningProgramTest {

    static final AssistanceScreeningProgram P = new AssistanceScreeningProgram();

    static Decision<ScreeningResult> screen(Household h, Money previous, LocalDate date, boolean illustrative) {
        ImmutableScreeningFacts.Builder b = ImmutableScreeningFacts.builder().household(h);
        if (previous != null) {
            b.previousMonthlyIncome(previous);
        }
        return P.decide(b.build(), illustrative ? Books.illustrative(date) : Books.official(date));
    }

    @Test
    void precedence_dibaoComesFirst_andTheLaterCategoriesAreNotExamined() {
        Decision<ScreeningResult> d = screen(familyOfThree("2000.00"), null, Books.DEC_2024, false);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().primary()).isEqualTo("dibao");
        assertThat(d.result().orElseThrow().programs())
                .extracting(ScreeningResult.ProgramOutcome::program)
                .containsExactly("dibao");
        Decision<ScreeningResult> edge = screen(familyOfThree("4000.00"), null, Books.DEC_2024, false);
        assertThat(edge.result().orElseThrow().programs())
                .extracting(ScreeningResult.ProgramOutcome::outcome)
                .containsExactly(Outcome.INELIGIBLE, Outcome.ELIGIBLE);
    }

    /**
     * Issue 21 item 4: the screening runs dibao, the edge test and the rigid-expenditure test (一门受理、分类审核), so
     * it declares every key they read, derived from their rules, and every key any screening reads or misses is
     * among them.
     */
    @Test
    void theScreening_declaresEveryKeyItsSubProgramsRead_andEveryKeyItReadsIsDeclared() {
        for (org.minzheng.core.program.Program<?, ?> sub : java.util.List.of(
                new org.minzheng.eligibility.dibao.DibaoProgram(),
                new org.minzheng.eligibility.edge.LowIncomeEdgeProgram(),
                new org.minzheng.eligibility.rigid.RigidExpenditureProgram())) {
            assertThat(P.parameters()).as(sub.id()).containsAll(sub.parameters());
        }
        assertThat(P.parameters()).doesNotHaveDuplicates();
        for (Household h :
                java.util.List.of(familyOfThree("2000.00"), familyOfThree("4000.00"), familyOfThree("9000.00"))) {
            for (boolean illustrative : new boolean[] {false, true}) {
                Decision<ScreeningResult> d = screen(h, Money.parse("12000.00"), Books.DEC_2024, illustrative);
                java.util.Set<String> declared = new java.util.HashSet<>();
                P.parameters().forEach(k -> declared.add(k.name()));
                assertThat(d.parameterValues())
                        .allSatisfy(v -> assertThat(declared).contains(v.key().name()));
                assertThat(d.missingParameters())
                        .allSatisfy(m -> assertThat(declared).contains(m.key()));
            }
        }
    }

    /** Issue 20: the screening names the program and what follows, not its id and a yes/no ("dibao：符合条件（适用：是）"). */
    @Test
    void eachProgramScreened_readsAsItsNameAndWhatFollows_whileTheJsonKeepsTheId() {
        Decision<ScreeningResult> d = screen(familyOfThree("4000.00"), null, Books.DEC_2024, false);
        Explainer ex = Explainer.of(
                List.of(P.messageBundle()),
                getClass().getClassLoader(),
                Books.official(Books.DEC_2024).instruments());
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(AssistanceScreeningProgram.PROGRAM.id()))
                .extracting(f -> ex.finding(f, Language.ZH))
                .containsExactly("不符合低保条件", "符合低保边缘家庭条件，建议转低保边缘家庭认定");
        assertThat(Json.pretty(d)).contains("\"program\" : \"low-income-edge\"");
    }

    @Test
    void edgeFamily_isPlacedAsEdge() {
        assertThat(screen(familyOfThree("4000.00"), null, Books.DEC_2024, false)
                        .result()
                        .orElseThrow()
                        .primary())
                .isEqualTo("low-income-edge");
    }

    @Test
    void laoTan_medicalBillsRaiseAnEarlyWarning() {
        // an earner of 9,000 a month (above 1.5 × the standard) with ¥300,000 of medical bills, ¥100,000 reimbursed
        Household h = familyOfThree("9000.00")
                .withRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        LocalDate.of(2025, 1, 10),
                        Money.parse("300000.00"),
                        Money.parse("100000.00"),
                        Money.ZERO));
        Decision<ScreeningResult> d = screen(h, null, Books.MAR_2025, true);
        assertThat(d.result().orElseThrow().primary()).isEqualTo("rigid-expenditure");
        assertThat(d.result().orElseThrow().signals())
                .extracting(ScreeningResult.Signal::kind)
                .containsExactly(ScreeningResult.SignalKind.MEDICAL_SPENDING);
        Decision<ScreeningResult> official = screen(h, null, Books.MAR_2025, false);
        assertThat(official.outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void incomeDrop_isAWarningThatNeedsReview() {
        Decision<ScreeningResult> d = screen(familyOfThree("6000.00"), Money.parse("9000.00"), Books.DEC_2024, true);
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.result().orElseThrow().signals())
                .extracting(ScreeningResult.Signal::kind)
                .containsExactly(ScreeningResult.SignalKind.INCOME_DROP);
        assertThat(screen(familyOfThree("6300.01"), Money.parse("9000.00"), Books.DEC_2024, true)
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }
}
