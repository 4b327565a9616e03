package org.minzheng.benchmarks;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.rules.MeansTest;

/**
 * Households decided by minzheng's {@code dibao} program, turned into the four inputs of the
 * side-by-side DMN model ({@code benchmarks/dmn-kie} and {@code benchmarks/dmn-jdmn}, a copy of
 * {@code shared/perf/dibao.dmn}) together with minzheng's answer, so the DMN engines can be
 * checked against minzheng before they are timed.
 *
 * <p>The DMN model starts where minzheng's means test ends: it is given the number of counted
 * members, the counted monthly income, the standard and the verdict on property, all taken from
 * minzheng's decision of the same household (with the examples' illustrative overlay loaded, so
 * property is decided). What the engines must then agree on is the arithmetic and the order of
 * the reasons: eligible, the amount (DMN: {@code round half up((standard − income ÷ n) × n, 2)};
 * minzheng: {@code standard × n − income}, exact) and the reason (ASSETS before INCOME before OK).
 */
public final class DibaoDmnCases {

    /** The reasons the DMN model's {@code reason} table returns, first rule first. */
    public static final String ASSETS = "ASSETS";
    /** Income not below the standard. */
    public static final String INCOME = "INCOME";
    /** Eligible. */
    public static final String OK = "OK";

    /** The region decided in (Huzhou). */
    public static final RegionCode REGION = RegionCode.of("330500");

    /**
     * One household: the DMN inputs and minzheng's answer.
     *
     * @param label                  where the household comes from (generator index or edge case)
     * @param householdSize          DMN {@code householdSize}: minzheng's counted members
     * @param monthlyHouseholdIncome DMN {@code monthlyHouseholdIncome}: minzheng's counted monthly income, exact
     *                               (a fraction of a fen is carried to 34 significant digits)
     * @param standard               DMN {@code standard}: the dibao standard minzheng applied
     * @param assetsWithinLimit      DMN {@code assetsWithinLimit}: minzheng's {@code dibao.assets} verdict is MET
     * @param eligible               minzheng: the outcome is ELIGIBLE
     * @param amount                 minzheng: the monthly amount (zero when not eligible)
     * @param reason                 minzheng's reason in the DMN's words: ASSETS if property is not within
     *                               the rules, else INCOME if income is not below the standard, else OK
     */
    public record Case(
            String label,
            int householdSize,
            BigDecimal monthlyHouseholdIncome,
            BigDecimal standard,
            boolean assetsWithinLimit,
            boolean eligible,
            Money amount,
            String reason) {}

    private DibaoDmnCases() {}

    /** @return the Huzhou 2024 family of three (income 2,000.00, standard 1,145.00): eligible, 1,435.00, OK */
    public static Case huzhouFamilyOfThree() {
        PolicySnapshot snapshot = snapshot();
        return decide("huzhou-family-of-three", familyOfThree(), snapshot);
    }

    /**
     * @return the household the single-decision benchmarks time: applicant, spouse and a child,
     *         wages of 2,000.00 a month
     */
    public static Household familyOfThree() {
        return ImmutableHousehold.builder()
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.APPLICANT)
                        .birthDate(LocalDate.of(1980, 6, 15))
                        .build())
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.SPOUSE)
                        .birthDate(LocalDate.of(1982, 6, 15))
                        .build())
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.CHILD)
                        .birthDate(LocalDate.of(2012, 6, 15))
                        .build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.parse("2000.00"))
                        .build())
                .build();
    }

    /**
     * The households to check: {@code count} from the seeded {@link Population}, then edge cases
     * at the standard (income exactly standard × n, one fen below and above, for n = 1 to 5, and
     * incomes that do not divide by n).
     *
     * @param seed  the population seed
     * @param count how many generated households
     * @return the cases, generated first
     * @throws IllegalStateException if minzheng does not decide a household ELIGIBLE or INELIGIBLE
     *                               (the DMN model has no answer for UNDETERMINED or NEEDS_REVIEW)
     */
    public static List<Case> cases(long seed, int count) {
        PolicySnapshot snapshot = snapshot();
        List<Case> list = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            list.add(decide("population(" + seed + ")#" + i, Population.household(seed, i), snapshot));
        }
        long standardFen = snapshot.find(org.minzheng.eligibility.EligibilityParameters.DIBAO_STANDARD)
                .value()
                .fen();
        for (int n = 1; n <= 5; n++) {
            for (long delta : new long[] {-100, -1, 0, 1, 100}) {
                long income = standardFen * n + delta;
                list.add(decide(
                        "edge n=" + n + " income=standard×n" + (delta >= 0 ? "+" : "") + delta + "fen",
                        household(n, income),
                        snapshot));
            }
            // incomes whose per-capita share is not a whole fen (n = 3: a repeating decimal)
            list.add(decide("edge n=" + n + " income=1000.01", household(n, 1000_01L), snapshot));
            list.add(decide("edge n=" + n + " income=0", household(n, 0L), snapshot));
        }
        return list;
    }

    /**
     * Compares a DMN engine's answer with minzheng's.
     *
     * @param c        the case
     * @param eligible the DMN {@code eligible}
     * @param amount   the DMN {@code amount}
     * @param reason   the DMN {@code reason}
     * @return null if they agree exactly (the amount rounded half up to 2 places equals minzheng's
     *         Money), else a description of every difference with the inputs
     */
    public static String disagreement(Case c, Object eligible, Object amount, Object reason) {
        List<String> diffs = new ArrayList<>();
        if (!Boolean.valueOf(c.eligible()).equals(eligible)) {
            diffs.add("eligible: minzheng " + c.eligible() + ", DMN " + eligible);
        }
        BigDecimal expected = c.amount().toBigDecimal().setScale(2, RoundingMode.UNNECESSARY);
        BigDecimal actual = amount instanceof BigDecimal b
                ? b.setScale(2, RoundingMode.HALF_UP)
                : amount instanceof Number n ? new BigDecimal(n.toString()).setScale(2, RoundingMode.HALF_UP) : null;
        if (!expected.equals(actual)) {
            diffs.add("amount: minzheng " + expected.toPlainString() + ", DMN " + amount
                    + (actual == null ? "" : " (rounded " + actual.toPlainString() + ")"));
        }
        if (!c.reason().equals(reason)) {
            diffs.add("reason: minzheng " + c.reason() + ", DMN " + reason);
        }
        if (diffs.isEmpty()) {
            return null;
        }
        return String.format(
                Locale.ROOT,
                "%s [householdSize=%d, monthlyHouseholdIncome=%s, standard=%s, assetsWithinLimit=%s]: %s",
                c.label(),
                c.householdSize(),
                c.monthlyHouseholdIncome().toPlainString(),
                c.standard().toPlainString(),
                c.assetsWithinLimit(),
                String.join("; ", diffs));
    }

    /** @return the snapshot the cases are decided with: shipped data plus the illustrative overlay, Huzhou, {@link Population#DATE} */
    public static PolicySnapshot snapshot() {
        return Fixtures.illustrativeBook().snapshot(REGION, Population.DATE);
    }

    private static Household household(int n, long incomeFen) {
        ImmutableHousehold.Builder b = ImmutableHousehold.builder()
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.APPLICANT)
                        .birthDate(LocalDate.of(1975, 3, 2))
                        .build());
        for (int i = 1; i < n; i++) {
            b.addMembers(ImmutableMember.builder()
                    .relation(Relation.CHILD)
                    .birthDate(LocalDate.of(2012 + i, 1, 9))
                    .build());
        }
        return b.addIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.ofFen(incomeFen))
                        .build())
                .build();
    }

    /**
     * Decides a household with minzheng and reads the DMN inputs off the decision.
     *
     * @param label    the case's label
     * @param h        the household
     * @param snapshot the policy in force
     * @return the case
     */
    static Case decide(String label, Household h, PolicySnapshot snapshot) {
        Decision<DibaoResult> d = new DibaoProgram().evaluate(h, snapshot);
        if (d.outcome() != Outcome.ELIGIBLE && d.outcome() != Outcome.INELIGIBLE) {
            throw new IllegalStateException(label + ": minzheng decided " + d.outcome()
                    + ", which the DMN model cannot express; missing " + d.missingParameters());
        }
        DibaoResult r = d.result().orElseThrow(() -> new IllegalStateException(label + ": no result"));
        // the exact counted income (the result shows it rounded to the fen): the same means test the program ran
        MonthlyAmount income = MeansTest.assess(RuleContext.start(DibaoProgram.ID, snapshot), h)
                .income();
        if (!income.rounded(org.minzheng.eligibility.rules.HouseholdRules.DISPLAY)
                .equals(r.householdMonthlyIncome())) {
            throw new IllegalStateException(label + ": means test income differs from the decision's");
        }
        BigDecimal exactIncome = toYuan(income);
        Verdict assets = verdict(d, DibaoProgram.ASSETS.id());
        Verdict below = verdict(d, DibaoProgram.INCOME_BELOW_STANDARD.id());
        String reason = assets != Verdict.MET ? ASSETS : below != Verdict.MET ? INCOME : OK;
        return new Case(
                label,
                r.countedMembers(),
                exactIncome,
                r.standard().toBigDecimal(),
                assets == Verdict.MET,
                d.outcome() == Outcome.ELIGIBLE,
                // the DMN model states 0.00 for every household it does not grant; minzheng leaves the amount of an
                // undecided household absent
                r.monthlyAmount().orElse(org.minzheng.core.money.Money.ZERO),
                reason);
    }

    private static Verdict verdict(Decision<?> d, String rule) {
        return d.finding(rule).map(Finding::verdict).orElseThrow(() -> new IllegalStateException("no finding " + rule));
    }

    private static BigDecimal toYuan(MonthlyAmount m) {
        BigDecimal fen = BigDecimal.valueOf(m.numeratorFen());
        BigDecimal den = BigDecimal.valueOf(m.denominator()).multiply(BigDecimal.valueOf(100));
        BigDecimal yuan;
        try {
            yuan = fen.divide(den).stripTrailingZeros();
        } catch (ArithmeticException repeating) {
            return fen.divide(den, MathContext.DECIMAL128);
        }
        return yuan.scale() < 2 ? yuan.setScale(2) : yuan;
    }
}
