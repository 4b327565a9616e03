package org.minzheng.benchmarks;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.HouseholdMembership;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.Vehicle;

/**
 * The baseline for the "within 3× of hand-written code" target: the dibao decision as a developer
 * would write it without minzheng's kernel — money as {@code long} fen, the parameters read once
 * into fields, no policy book, no citations, no explanation, and three small finding records
 * (income, property, amount) so that the result says at least why.
 *
 * <p>It decides what the generated {@link Population} holds the way {@code dibao} does: who
 * counts ({@link HouseholdMembership#reason}, Art. 7), the exact monthly income of the counted
 * members over periods of 1–12 months, income below standard × n, financial assets within
 * {@code months} × standard × n, private cars and homes, and the amount standard × n − income
 * (rounded half up to the fen only if a period left a fraction). Not handled, and rejected:
 * exempt incomes and deductions, which need parameters the baseline does not carry. Review
 * period and gradual exit are not computed. A test checks it against {@code dibao}.
 */
public final class HandWrittenDibao {

    /** Common denominator of periods of 1 to 12 months. */
    private static final long COMMON = 27_720L;

    /**
     * One finding.
     *
     * @param rule the rule id
     * @param met  whether the condition is met
     * @param fen  the amount the finding is about, in fen
     */
    public record Finding(String rule, boolean met, long fen) {}

    /**
     * The decision.
     *
     * @param eligible  income below the standard and property within the rules
     * @param amountFen the monthly amount in fen, 0 if not eligible
     * @param reason    ASSETS, INCOME or OK, as the DMN model says it
     * @param findings  income, property, amount
     */
    public record Result(boolean eligible, long amountFen, String reason, List<Finding> findings) {}

    private final LocalDate date;
    private final long standardFen;
    private final long financialMonths;
    private final boolean privateCarAllowed;
    private final int maxHomes;

    /**
     * Reads the parameters once.
     *
     * @param snapshot the policy in force; every value used must be configured
     */
    public HandWrittenDibao(PolicySnapshot snapshot) {
        this.date = snapshot.date();
        this.standardFen = value(snapshot, EligibilityParameters.DIBAO_STANDARD).fen();
        this.financialMonths = value(snapshot, EligibilityParameters.ASSET_FINANCIAL_MONTHS);
        this.privateCarAllowed = value(snapshot, EligibilityParameters.ASSET_PRIVATE_CAR_ALLOWED);
        this.maxHomes = value(snapshot, EligibilityParameters.ASSET_MAX_HOMES);
    }

    private static <T> T value(PolicySnapshot snapshot, ParameterKey<T> key) {
        ParameterValue<T> v = snapshot.find(key);
        if (v == null) {
            throw new IllegalArgumentException("not configured: " + key.name());
        }
        return v.value();
    }

    /**
     * @param h the household
     * @return the decision
     * @throws IllegalArgumentException for an exempt income or a deduction
     */
    public Result decide(Household h) {
        if (!h.deductions().isEmpty()) {
            throw new IllegalArgumentException("deductions are not handled by the baseline");
        }
        List<Member> members = h.members();
        long countedMask = 0;
        int n = 0;
        for (int i = 0; i < members.size(); i++) {
            if (HouseholdMembership.reason(members.get(i), date).counted()) {
                countedMask |= 1L << i;
                n++;
            }
        }
        long income = 0; // in fen / COMMON
        for (IncomeItem item : h.incomes()) {
            if (item.exemption().isPresent()) {
                throw new IllegalArgumentException("exempt incomes are not handled by the baseline");
            }
            if (item.member().isPresent() && (countedMask & (1L << item.member().get())) == 0) {
                continue;
            }
            income = Math.addExact(income, Math.multiplyExact(item.amount().fen(), COMMON / item.months()));
        }
        long line = Math.multiplyExact(standardFen * n, COMMON);
        boolean below = income < line;
        long financial = h.assets().financialAssets().fen();
        boolean assetsOk =
                financial <= standardFen * financialMonths * n && h.assets().homes() <= maxHomes;
        if (!privateCarAllowed) {
            for (Vehicle v : h.assets().vehicles()) {
                if (v.use() == Vehicle.Use.PRIVATE_CAR) {
                    assetsOk = false;
                }
            }
        }
        boolean eligible = below && assetsOk && n > 0;
        long amount = eligible ? (line - income + COMMON / 2) / COMMON : 0;
        String reason = !assetsOk ? "ASSETS" : !below ? "INCOME" : "OK";
        return new Result(
                eligible,
                amount,
                reason,
                List.of(
                        new Finding("dibao.income-below-standard", below, (income + COMMON / 2) / COMMON),
                        new Finding("dibao.assets", assetsOk, financial),
                        new Finding("dibao.amount", eligible, amount)));
    }
}
