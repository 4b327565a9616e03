package org.minzheng.eligibility.testing;

import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Relation;
import org.quicktheories.core.Gen;

/**
 * QuickTheories generators for household facts, published in the eligibility tests jar so that
 * integrators can property-test their own systems with realistic households.
 *
 * <p>Generated households are valid on {@link #DECISION_DATE} (2024-12-31, the first date the seed report proves Huzhou's 2024 figures in force): one applicant, birth
 * dates before that date, incomes pointing at listed members.
 */
public final class HouseholdGenerators {

    /** The decision date generated facts are valid on. */
    public static final LocalDate DECISION_DATE = LocalDate.of(2024, 12, 31);

    private HouseholdGenerators() {}

    /**
     * @param relation the relation
     * @return members of that relation, aged 0 to 95 on the decision date
     */
    public static Gen<Member> members(Relation relation) {
        return integers()
                .between(0, 95 * 365)
                .zip(
                        booleans().all(),
                        booleans().all(),
                        (days, work, illness) -> ImmutableMember.builder()
                                .relation(relation)
                                .birthDate(DECISION_DATE.minusDays(days + 1L))
                                .ableToWork(work)
                                .seriousIllness(illness)
                                .build());
    }

    /**
     * @param maxMonthlyFen the largest monthly amount, in fen
     * @return wage incomes of the applicant (member 0), monthly or over a period of 1 to 12 months
     */
    public static Gen<IncomeItem> applicantIncomes(long maxMonthlyFen) {
        return longs().between(0, maxMonthlyFen)
                .zip(
                        integers().between(1, 12),
                        (fen, months) -> ImmutableIncomeItem.builder()
                                .member(0)
                                .category(IncomeCategory.WAGES)
                                .amount(Money.ofFen(fen * months))
                                .months(months)
                                .build());
    }

    /**
     * @return households of an applicant, up to one spouse and up to four children, with up to
     *         three incomes of at most 5,000 yuan a month each
     */
    public static Gen<Household> households() {
        Gen<List<Member>> children = lists().of(members(Relation.CHILD)).ofSizeBetween(0, 4);
        Gen<List<IncomeItem>> incomes = lists().of(applicantIncomes(5000_00)).ofSizeBetween(0, 3);
        return members(Relation.APPLICANT)
                .zip(
                        members(Relation.SPOUSE),
                        booleans().all(),
                        children,
                        incomes,
                        (applicant, spouse, married, kids, items) -> {
                            ImmutableHousehold.Builder b =
                                    ImmutableHousehold.builder().addMembers(applicant);
                            if (married) {
                                b.addMembers(spouse);
                            }
                            return b.addAllMembers(kids).addAllIncomes(items).build();
                        });
    }
}
