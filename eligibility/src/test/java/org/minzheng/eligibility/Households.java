package org.minzheng.eligibility;

import java.time.LocalDate;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Relation;

/** Small builders for scenario tests. */
public final class Households {

    private Households() {}

    public static ImmutableMember.Builder member(Relation r, int bornYear) {
        return ImmutableMember.builder().relation(r).birthDate(LocalDate.of(bornYear, 6, 15));
    }

    public static IncomeItem wage(int member, String monthly) {
        return ImmutableIncomeItem.builder()
                .member(member)
                .category(IncomeCategory.WAGES)
                .amount(Money.parse(monthly))
                .build();
    }

    /** Applicant (1980), spouse (1982), child (2012); the applicant earns the given monthly wage. */
    public static ImmutableHousehold familyOfThree(String monthlyWage) {
        return ImmutableHousehold.builder()
                .addMembers(member(Relation.APPLICANT, 1980).build())
                .addMembers(member(Relation.SPOUSE, 1982).build())
                .addMembers(member(Relation.CHILD, 2012).build())
                .addIncomes(wage(0, monthlyWage))
                .build();
    }
}
