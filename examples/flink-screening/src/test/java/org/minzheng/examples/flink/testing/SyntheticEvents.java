package org.minzheng.examples.flink.testing;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.examples.flink.InputRecord;

/**
 * A seeded generator of input streams: every household gets a snapshot on {@link #START}, then one
 * change a week (a medical bill, an income change, a disability certificate or a member's death).
 * Lines come in date order, all households' records of a week together; the same seed and sizes
 * give the same lines on every machine.
 *
 * <p>The mix is an assumption, not a statistic: households of one to five people in Huzhou's six
 * county-level regions; the applicant's wages skewed low (a mean of two uniform draws, halved for one
 * household in four) so that some households fall under the dibao line; changes 45 % medical bills (own share up to 30,000 yuan,
 * one in eight up to 150,000), 35 % income changes (the applicant's income moves between 40 % and
 * 130 % of what it was, one in ten falls to nothing), 12 % certificates, 8 % deaths of a member other
 * than the applicant.
 */
public final class SyntheticEvents {

    /** The day of the snapshots. */
    public static final LocalDate START = LocalDate.of(2025, 1, 6);

    private static final String[] REGIONS = {"330500", "330502", "330503", "330521", "330522", "330523"};

    private SyntheticEvents() {}

    /**
     * @param seed       the seed
     * @param households how many households
     * @param perHousehold records per household, the snapshot included (at least 1)
     * @return the lines, in date order
     */
    public static List<String> lines(long seed, int households, int perHousehold) {
        List<String> lines = new ArrayList<>(households * perHousehold);
        Generator[] gens = new Generator[households];
        for (int h = 0; h < households; h++) {
            gens[h] = new Generator(seed, h);
            lines.add(Records.line(gens[h].snapshot()));
        }
        for (int round = 1; round < perHousehold; round++) {
            LocalDate date = START.plusWeeks(round);
            for (int h = 0; h < households; h++) {
                lines.add(Records.line(gens[h].change(date)));
            }
        }
        return lines;
    }

    /**
     * @param index a household's index
     * @return its id
     */
    public static String id(int index) {
        return String.format(java.util.Locale.ROOT, "HZ-%07d", index);
    }

    /** One household's generator. */
    private static final class Generator {

        private final SplittableRandom r;
        private final String id;
        private final Household household;
        private int members;
        private long incomeFen;

        Generator(long seed, int index) {
            this.r = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + index);
            this.id = id(index);
            this.household = household();
        }

        InputRecord.Snapshot snapshot() {
            return Records.snapshot(id, START, RegionCode.of(REGIONS[r.nextInt(REGIONS.length)]), household);
        }

        InputRecord change(LocalDate date) {
            int p = r.nextInt(100);
            if (p < 45) {
                long own = r.nextInt(8) == 0 ? r.nextLong(150_000_00L) : r.nextLong(30_000_00L);
                long reimbursed = r.nextLong(own + 1);
                return new InputRecord.MedicalBill(
                        id,
                        date,
                        date.minusDays(1 + r.nextInt(6)),
                        Money.ofFen(own + reimbursed),
                        Money.ofFen(reimbursed),
                        null);
            }
            if (p < 80) {
                incomeFen = r.nextInt(10) == 0 ? 0 : incomeFen * (40 + r.nextInt(91)) / 100;
                return new InputRecord.IncomeChange(id, date, 0, IncomeCategory.WAGES, Money.ofFen(incomeFen), null);
            }
            if (p < 92 || members == 1) {
                return new InputRecord.DisabilityCertificate(
                        id,
                        date,
                        r.nextInt(members),
                        DisabilityCategory.values()[r.nextInt(DisabilityCategory.values().length)],
                        1 + r.nextInt(4));
            }
            members--;
            return new InputRecord.MemberDeath(id, date, 1 + r.nextInt(members));
        }

        private Household household() {
            int p = r.nextInt(100);
            members = p < 25 ? 1 : p < 55 ? 2 : p < 80 ? 3 : p < 95 ? 4 : 5;
            int age = 20 + r.nextInt(66);
            ImmutableHousehold.Builder b = ImmutableHousehold.builder();
            b.addMembers(member(Relation.APPLICANT, age));
            for (int i = 1; i < members; i++) {
                b.addMembers(
                        i == 1
                                ? member(Relation.SPOUSE, Math.max(18, age - 5 + r.nextInt(11)))
                                : member(Relation.CHILD, r.nextInt(Math.max(1, Math.min(26, age - 17)))));
            }
            incomeFen = (r.nextLong(6_000_00L) + r.nextLong(6_000_00L)) / 2 * (r.nextInt(4) == 0 ? 1 : 2);
            b.addIncomes(ImmutableIncomeItem.builder()
                    .member(0)
                    .category(IncomeCategory.WAGES)
                    .amount(Money.ofFen(incomeFen))
                    .build());
            if (r.nextInt(15) == 0) {
                long gross = 1_000_00L + r.nextLong(100_000_00L);
                b.addRigidExpenditures(new RigidExpenditure(
                        ExpenditureType.MEDICAL,
                        START.minusDays(1 + r.nextInt(300)),
                        Money.ofFen(gross),
                        Money.ofFen(gross / 2),
                        Money.ZERO));
            }
            return b.build();
        }

        private Member member(Relation relation, int age) {
            ImmutableMember.Builder m = ImmutableMember.builder()
                    .relation(relation)
                    .birthDate(START.minusYears(age).minusDays(1 + r.nextInt(364)));
            if (r.nextInt(100) < 6) {
                m.disability(new Disability(
                        DisabilityCategory.values()[r.nextInt(DisabilityCategory.values().length)],
                        1 + r.nextInt(4),
                        true));
            }
            return m.ableToWork(age >= 16 && age < 60).build();
        }
    }
}
