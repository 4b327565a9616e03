package org.minzheng.example.quickstart;

import java.time.LocalDate;
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
 * The quick start of the minzheng README: decides dibao (最低生活保障) for a Huzhou family of three
 * whose only income is 2000.00 yuan a month of wages, and prints the monthly amount (1435.00) and
 * the explanation. The body of {@code main} is the README's Java block, line for line.
 */
public final class Main {

    private Main() {
    }

    /**
     * @param args not used
     */
    public static void main(String[] args) {
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
    }
}
