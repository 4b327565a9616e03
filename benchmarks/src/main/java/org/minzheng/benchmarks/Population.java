package org.minzheng.benchmarks;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;

/**
 * A seeded generator of households for screening benchmarks. The same seed and index give the
 * same household on every machine.
 *
 * <p>The mix is an assumption, not a statistic (no household-level data for Huzhou was found):
 * household sizes 1–5 (25 / 30 / 25 / 15 / 5 %); an applicant aged 20–85; a spouse in 70 % of
 * households of two or more; the rest children aged 0–25; a disability certificate for 6 % of
 * people; monthly wages for earners skewed low (a sum of uniforms from 0 to 12,000 yuan, so that
 * about one household in six falls below the dibao line); one in ten households with savings,
 * one in twenty with a private car, one in fifteen with medical bills in the last year.
 *
 * <p>Not the examples' {@code SyntheticPopulation} (the {@code minzheng population} command): the
 * households here must stay within what {@link HandWrittenDibao} and the DMN models decide (no
 * exempt incomes, no deductions, no vehicles but private cars, never UNDETERMINED), and the
 * benchmark figures in docs/PERFORMANCE.md were measured on this exact mix; that one is meant to
 * reach every rule. The two keep their own draws.
 */
public final class Population {

    /** The decision date the households are valid on. */
    public static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    private Population() {}

    /**
     * @param seed  the seed
     * @param count how many households
     * @return the households, index order
     */
    public static List<Household> generate(long seed, int count) {
        List<Household> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            list.add(household(seed, i));
        }
        return list;
    }

    /**
     * @param seed  the seed
     * @param index the household's index
     * @return the household
     */
    public static Household household(long seed, long index) {
        SplittableRandom r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
        int p = r.nextInt(100);
        int size = p < 25 ? 1 : p < 55 ? 2 : p < 80 ? 3 : p < 95 ? 4 : 5;
        ImmutableHousehold.Builder b = ImmutableHousehold.builder();
        int applicantAge = 20 + r.nextInt(66);
        b.addMembers(member(r, Relation.APPLICANT, applicantAge));
        int earners = 0;
        int i = 1;
        if (size >= 2 && r.nextInt(10) < 7) {
            b.addMembers(member(r, Relation.SPOUSE, Math.max(18, applicantAge - 5 + r.nextInt(11))));
            i++;
            if (applicantAge < 65 && r.nextBoolean()) {
                b.addIncomes(wage(r, 1));
                earners++;
            }
        }
        for (; i < size; i++) {
            b.addMembers(member(r, Relation.CHILD, r.nextInt(Math.max(1, Math.min(26, applicantAge - 17)))));
        }
        if (applicantAge < 65 || earners == 0) {
            b.addIncomes(applicantAge < 65 ? wage(r, 0) : pension(r));
        }
        if (r.nextInt(10) == 0) {
            b.assets(ImmutableAssets.builder()
                    .financialAssets(Money.ofYuan(r.nextInt(200_000)))
                    .build());
        }
        if (r.nextInt(15) == 0) {
            long gross = 1_000_00L + r.nextLong(300_000_00L);
            b.addRigidExpenditures(new RigidExpenditure(
                    ExpenditureType.MEDICAL,
                    DATE.minusDays(1 + r.nextInt(360)),
                    Money.ofFen(gross),
                    Money.ofFen(gross / 2),
                    Money.ZERO));
        }
        return b.build();
    }

    private static Member member(SplittableRandom r, Relation relation, int age) {
        ImmutableMember.Builder m = ImmutableMember.builder()
                .relation(relation)
                .birthDate(DATE.minusYears(age).minusDays(1 + r.nextInt(364)));
        if (r.nextInt(100) < 6) {
            m.disability(new Disability(
                    DisabilityCategory.values()[r.nextInt(DisabilityCategory.values().length)],
                    1 + r.nextInt(4),
                    true));
        }
        return m.ableToWork(age >= 16 && age < 60).build();
    }

    private static ImmutableIncomeItem wage(SplittableRandom r, int member) {
        long fen = (r.nextLong(6_000_00L) + r.nextLong(6_000_00L)) / 2 * (r.nextInt(4) == 0 ? 1 : 2);
        return ImmutableIncomeItem.builder()
                .member(member)
                .category(IncomeCategory.WAGES)
                .amount(Money.ofFen(fen))
                .build();
    }

    private static ImmutableIncomeItem pension(SplittableRandom r) {
        return ImmutableIncomeItem.builder()
                .member(0)
                .category(IncomeCategory.TRANSFER_NET)
                .amount(Money.ofFen(300_00L + r.nextLong(4_000_00L)))
                .build();
    }
}
