package org.minzheng.eligibility.rules;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_13;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_7;

import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.PropertyKeys;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Deduction;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.HouseholdMembership;
import org.minzheng.eligibility.household.IncomeExemption;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.MonthlyAmount;

/**
 * The household tests several programs share, each recorded as findings under one rule id
 * whichever program runs them: who counts (Art. 7), what income counts (Art. 13), whether the
 * property is within the rules (Art. 14 and the province's limits).
 */
public final class HouseholdRules {

    /**
     * Rounding used only to show per-capita and household amounts in findings; every comparison
     * is made exactly, without dividing. Not a policy rounding.
     */
    public static final Rounding DISPLAY = Rounding.FEN_HALF_UP;

    /** Rule id: who counts. */
    public static final String MEMBERS = "household.members";
    /** Rule id: an income kind whose exemption is not configured. */
    public static final String INCOME_EXEMPTION = "household.income-exemption";
    /** Rule id: deductions. */
    public static final String DEDUCTIONS = "household.deductions";
    /** Rule id: counted income. */
    public static final String INCOME = "household.income";
    /** Rule id: financial assets. */
    public static final String ASSET_FINANCIAL = "household.assets.financial";
    /** Rule id: private car. */
    public static final String ASSET_CAR = "household.assets.private-car";
    /** Rule id: homes. */
    public static final String ASSET_HOMES = "household.assets.homes";
    /** Rule id: an item declared necessary for production or daily life, exempt or not (Art. 14). */
    public static final String ASSET_EXEMPTION = "household.assets.exemption";
    /** Rule id: trees and other fixtures against their limits (Art. 14). */
    public static final String ASSET_OTHER = "household.assets.other";

    private HouseholdRules() {
    }

    /**
     * Decides and records who counts.
     *
     * @param ctx the decision
     * @param h   the household
     * @return the membership
     */
    public static HouseholdMembership members(RuleContext ctx, Household h) {
        HouseholdMembership m = HouseholdMembership.of(h, ctx.snapshot().date());
        ctx.record(MEMBERS, m.counted() > 0 ? Verdict.INFO : Verdict.NOT_MET, DIBAO_ART_7,
                "counted", m.counted(), "countedMembers", m.countedEntries(), "excludedMembers", m.excluded());
        return m;
    }

    /**
     * Computes the household's counted monthly income exactly: the incomes of counted members
     * and of the household as a whole, less exempt kinds and, where local policy allows, the
     * deductions asked for. Records the finding.
     *
     * @param ctx the decision
     * @param h   the household
     * @param m   the membership
     * @return the monthly income, or null if an exemption or deduction rule is not configured
     */
    public static MonthlyAmount income(RuleContext ctx, Household h, HouseholdMembership m) {
        return income(ctx, h, m, true);
    }

    /**
     * As {@link #income(RuleContext, Household, HouseholdMembership)}, optionally leaving out the
     * deductions of rigid costs (因残疾、患重病等增加的刚性支出): a program that counts those costs as
     * rigid spending must not also deduct them from income.
     *
     * @param ctx                  the decision
     * @param h                    the household
     * @param m                    the membership
     * @param deductRigidCosts     false to leave deductions of type RIGID_COST out
     * @return the monthly income, or null if an exemption or deduction rule is not configured
     */
    public static MonthlyAmount income(RuleContext ctx, Household h, HouseholdMembership m, boolean deductRigidCosts) {
        // summed in two longs (see MonthlyAmount.Sum, which this loop is too hot to allocate)
        long wholeFen = 0;
        long commonNumerator = 0;
        int counted = 0;
        int exempt = 0;
        boolean undetermined = false;
        boolean everyoneCounts = m.counted() == h.members().size();
        List<IncomeItem> items = h.incomes();
        for (int i = 0, size = items.size(); i < size; i++) {
            IncomeItem item = items.get(i);
            if (!everyoneCounts) {
                Optional<Integer> member = item.member();
                if (member.isPresent() && !m.isCounted(member.get())) {
                    continue;
                }
            }
            Boolean isExempt = exempt(ctx, item);
            if (isExempt == null) {
                IncomeExemption kind = item.exemption().get();
                ctx.record(INCOME_EXEMPTION, Verdict.UNDETERMINED, DIBAO_ART_13, "kind", kind);
                undetermined = true;
                continue;
            }
            if (isExempt) {
                exempt++;
                continue;
            }
            if (item.months() == 1) {
                wholeFen = Math.addExact(wholeFen, item.amount().fen());
            } else {
                commonNumerator = Math.addExact(commonNumerator, MonthlyAmount.commonNumerator(item.amount(), item.months()));
            }
            counted++;
        }
        MonthlyAmount total = MonthlyAmount.ofParts(wholeFen, commonNumerator);
        if (!h.deductions().isEmpty() && (deductRigidCosts || anyOtherThanRigidCost(h.deductions()))) {
            Boolean allowed = ctx.param(EligibilityParameters.DEDUCTIONS_ALLOWED);
            MonthlyAmount.Sum deductions = new MonthlyAmount.Sum();
            for (Deduction d : h.deductions()) {
                if (deductRigidCosts || d.type() != Deduction.DeductionType.RIGID_COST) {
                    deductions.add(d.amount(), d.months());
                }
            }
            MonthlyAmount deduct = deductions.total();
            Money shown = deduct.rounded(DISPLAY);
            if (allowed == null) {
                ctx.record(DEDUCTIONS, Verdict.UNDETERMINED, DIBAO_ART_13, "deductions", shown);
                undetermined = true;
            } else if (allowed) {
                ctx.record(DEDUCTIONS, Verdict.MET, DIBAO_ART_13, "deductions", shown);
                total = total.minus(deduct);
                if (total.isNegative()) {
                    total = MonthlyAmount.ZERO;
                }
            } else {
                ctx.record(DEDUCTIONS, Verdict.NOT_APPLICABLE, DIBAO_ART_13, "deductions", shown);
            }
        }
        if (undetermined) {
            return null;
        }
        ctx.record(INCOME, Verdict.INFO, DIBAO_ART_13, "monthlyIncome", total.rounded(DISPLAY),
                "countedItems", counted, "exemptItems", exempt);
        return total;
    }

    private static boolean anyOtherThanRigidCost(List<Deduction> deductions) {
        for (int i = 0, size = deductions.size(); i < size; i++) {
            if (deductions.get(i).type() != Deduction.DeductionType.RIGID_COST) {
                return true;
            }
        }
        return false;
    }

    /**
     * The counted monthly income without findings or deductions: the incomes of counted members
     * (Art. 7) and of the household as a whole, less exempt kinds (an exemption not configured
     * counts the income). Used by the early warning, which compares incomes over time.
     *
     * @param ctx the decision (parameters read are recorded in it)
     * @param h   the household
     * @return the exact monthly income
     */
    public static MonthlyAmount countedIncome(RuleContext ctx, Household h) {
        HouseholdMembership m = HouseholdMembership.of(h, ctx.snapshot().date());
        MonthlyAmount.Sum sum = new MonthlyAmount.Sum();
        List<IncomeItem> items = h.incomes();
        for (int i = 0, size = items.size(); i < size; i++) {
            IncomeItem item = items.get(i);
            Optional<Integer> member = item.member();
            if (member.isPresent() && !m.isCounted(member.get())) {
                continue;
            }
            if (Boolean.TRUE.equals(exempt(ctx, item))) {
                continue;
            }
            sum.add(item.amount(), item.months());
        }
        return sum.total();
    }

    /**
     * Whether an income item is of an exempt kind in this region and date.
     *
     * @param ctx  the decision
     * @param item the income
     * @return TRUE if exempt, FALSE if counted, null if the exemption of its kind is not configured
     */
    public static Boolean exempt(RuleContext ctx, IncomeItem item) {
        if (item.exemption().isEmpty()) {
            return Boolean.FALSE;
        }
        return ctx.param(EligibilityParameters.INCOME_EXEMPT.get(item.exemption().get()));
    }

    /**
     * Applies the dibao family's property rules (financial assets, vehicles, homes, other kinds and
     * the exemptions of Art. 14) and records the findings. A limit is read only when the household
     * holds that kind of property, so a household without a car never waits for the car rule.
     *
     * @param ctx      the decision
     * @param h        the household
     * @param counted  the counted members
     * @param standard the monthly standard the financial limit is expressed in
     * @return NOT_MET if any limit is exceeded, else UNDETERMINED if any is not configured, else MET
     */
    public static Verdict assets(RuleContext ctx, Household h, int counted, Money standard) {
        return assets(ctx, h, counted, standard, EligibilityParameters.ASSET_FINANCIAL_MONTHS,
                EligibilityParameters.DIBAO_PROPERTY, true);
    }

    /**
     * Applies a family's property rules to the household's property.
     *
     * @param ctx             the decision
     * @param h               the household
     * @param counted         the members the financial limit is for
     * @param standard        the monthly standard the financial limit is expressed in
     * @param financialMonths the family's financial-limit key (months of the standard per member)
     * @param keys            the family's other property keys
     * @param record          false to decide without recording findings
     * @return NOT_MET if any limit is exceeded, else UNDETERMINED if any is not configured, else MET
     */
    public static Verdict assets(RuleContext ctx, Household h, int counted, Money standard,
                                 ParameterKey<Integer> financialMonths, PropertyKeys keys, boolean record) {
        Assets a = h.assets();
        PropertyRules.Held held = PropertyRules.hold(ctx, a, keys, DIBAO_ART_14, ASSET_EXEMPTION, ASSET_OTHER, record);
        Verdict financialVerdict = null;
        Money financial = held.financial();
        if (financial.isPositive()) {
            Integer months = ctx.param(financialMonths);
            if (months == null) {
                financialVerdict = Verdict.UNDETERMINED;
                if (record) {
                    ctx.record(ASSET_FINANCIAL, financialVerdict, DIBAO_ART_14, "financialAssets", financial);
                }
            } else {
                Money limit = Money.ofFen(Math.multiplyExact(Math.multiplyExact(standard.fen(), (long) months), counted));
                financialVerdict = financial.isGreaterThan(limit) ? Verdict.NOT_MET : Verdict.MET;
                if (record) {
                    ctx.record(ASSET_FINANCIAL, financialVerdict, DIBAO_ART_14, "financialAssets", financial,
                            "limit", limit, "months", months, "counted", counted);
                }
            }
        }
        Verdict carVerdict = null;
        int vehicles = held.vehicles();
        if (vehicles > 0) {
            Boolean allowed = ctx.param(keys.carAllowed());
            carVerdict = allowed == null ? Verdict.UNDETERMINED : allowed ? Verdict.MET : Verdict.NOT_MET;
            if (record) {
                ctx.record(ASSET_CAR, carVerdict, DIBAO_ART_14, "vehicles", vehicles);
            }
        }
        Verdict homesVerdict = null;
        int homes = a.homes();
        if (homes > 0) {
            Integer max = ctx.param(keys.maxHomes());
            homesVerdict = max == null ? Verdict.UNDETERMINED : homes > max ? Verdict.NOT_MET : Verdict.MET;
            if (record) {
                if (max == null) {
                    ctx.record(ASSET_HOMES, homesVerdict, DIBAO_ART_14, "homes", homes);
                } else {
                    ctx.record(ASSET_HOMES, homesVerdict, DIBAO_ART_14, "homes", homes, "maxHomes", max);
                }
            }
        }
        return PropertyRules.worst(financialVerdict, carVerdict, homesVerdict, held.verdict());
    }
}
