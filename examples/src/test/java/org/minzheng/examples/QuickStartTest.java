package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;

/**
 * The quick start of README.md, line for line ({@code ReadmeTest} checks that every line of the
 * README's Java block is here), so that the documented code always compiles and runs.
 */
class QuickStartTest {

    @Test
    void readmeQuickStart_decidesDibaoForAHuzhouFamilyOfThree() {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        PrintStream stdout = System.out;
        System.setOut(new PrintStream(printed, true, StandardCharsets.UTF_8));
        Decision<DibaoResult> result;
        try {
            result = quickStart();
        } finally {
            System.setOut(stdout);
        }
        assertThat(result.result().orElseThrow().monthlyAmount()).contains(Money.parse("1435.00"));
        assertThat(printed.toString(StandardCharsets.UTF_8)).startsWith("1435.00\n").contains("Decision: eligible");
    }

    private static Decision<DibaoResult> quickStart() {
        // --- the README's Java block, verbatim ---
        PolicyBook book = PolicyBook.loadDefault();
        PolicySnapshot huzhou = book.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 31));
        Household household = ImmutableHousehold.builder()
                .addMembers(ImmutableMember.builder().relation(Relation.APPLICANT).birthDate(LocalDate.of(1980, 3, 1)).build())
                .addMembers(ImmutableMember.builder().relation(Relation.SPOUSE).birthDate(LocalDate.of(1982, 5, 1)).build())
                .addMembers(ImmutableMember.builder().relation(Relation.CHILD).birthDate(LocalDate.of(2012, 9, 1)).build())
                .addIncomes(ImmutableIncomeItem.builder().member(0).category(IncomeCategory.WAGES).amount(Money.parse("2000.00")).build())
                .build();
        DibaoProgram dibao = new DibaoProgram();
        Decision<DibaoResult> decision = dibao.decide(household, huzhou);
        System.out.println(decision.result().orElseThrow().monthlyAmount().orElseThrow());   // 1435.00 = 1145.00 × 3 − 2000.00
        Explainer explainer = Explainer.of(ProgramRegistry.loadDefault(), book);
        System.out.println(explainer.explain(decision, Language.EN));
        // --- end of the README's Java block ---
        return decision;
    }
}
