package org.minzheng.eligibility.rules;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_13;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_7;

import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Rule;
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

    /** Art. 7: who counts as a member of the household (INFO), or nobody listed does (NOT_MET). */
    public static final Rule MEMBERS = Rule.builder("household.members", DIBAO_ART_7)
            .quote("共同生活的家庭成员包括：")
            .verdicts(Verdict.INFO, Verdict.NOT_MET)
            .build();
    /** Art. 13: an income kind whose exemption is not configured for the region. */
    public static final Rule INCOME_EXEMPTION = Rule.builder("household.income-exemption", DIBAO_ART_13)
            .verdicts(Verdict.UNDETERMINED)
            .reads(List.copyOf(EligibilityParameters.INCOME_EXEMPT.values()))
            .build();
    /** Art. 13, last paragraph: deductions of rigid costs and employment costs, where local rules allow them. */
    public static final Rule DEDUCTIONS = Rule.builder("household.deductions", DIBAO_ART_13)
            .quote("对于共同生活的家庭成员因残疾、患重病等增加的刚性支出、必要的就业成本等，在核算家庭收入时可按规定适当扣减。")
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.DEDUCTIONS_ALLOWED)
            .build();
    /** Art. 13: the counted monthly income (the exempt kinds left out). */
    public static final Rule INCOME = Rule.builder("household.income", DIBAO_ART_13)
            .quote("家庭收入指共同生活的家庭成员在规定期限内获得的全部现金及实物收入。")
            .verdicts(Verdict.INFO)
            .reads(List.copyOf(EligibilityParameters.INCOME_EXEMPT.values()))
            .build();

    /** The property rules of dibao and the edge family (Art. 14, the region's dibao keys). */
    public static final AssetRules DIBAO_ASSETS =
            new AssetRules(EligibilityParameters.ASSET_FINANCIAL_MONTHS, EligibilityParameters.DIBAO_PROPERTY);
    /**
     * The property rules of 刚性支出困难家庭 (刚性支出困难家庭认定办法 Art. 4 (3)): the same tests under the
     * same rule ids, reading the family's own keys. The findings cite Art. 14 of the dibao measures,
     * whose property list the tests apply.
     */
    public static final AssetRules RIGID_ASSETS =
            new AssetRules(EligibilityParameters.RIGID_ASSET_FINANCIAL_MONTHS, EligibilityParameters.RIGID_PROPERTY);

    /**
     * The property tests of one family (最低生活保障审核确认办法 Art. 14), each a rule reading the
     * family's keys: the exemptions of items declared necessary, trees and other fixtures, financial
     * assets (months of the dibao standard per counted member), private cars and homes. The rule
     * ids are the same for every family; a program lists the rules of the family it tests.
     *
     * @param financialMonths the family's financial-limit key
     * @param keys            the family's other property keys
     * @param exemption       an item declared necessary: exempt (MET), counted (NOT_APPLICABLE) or
     *                        exemption not configured (UNDETERMINED)
     * @param other           trees and other fixtures against their limits
     * @param financial       financial assets against the limit
     * @param car             private cars and vehicles not exempt
     * @param homes           homes against the largest number
     */
    public record AssetRules(
            ParameterKey<Integer> financialMonths,
            PropertyKeys keys,
            Rule exemption,
            Rule other,
            Rule financial,
            Rule car,
            Rule homes) {

        private static final String ART_14 = "对于维持家庭生产生活的必需财产，可以在认定家庭财产状况时予以豁免。";

        AssetRules(ParameterKey<Integer> financialMonths, PropertyKeys keys) {
            this(
                    financialMonths,
                    keys,
                    Rule.builder("household.assets.exemption", DIBAO_ART_14)
                            .quote(ART_14)
                            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
                            .reads(keys.exemptions())
                            .build(),
                    Rule.builder("household.assets.other", DIBAO_ART_14)
                            .quote("不动产主要包括房屋、林木等定着物。")
                            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
                            .reads(keys.limits())
                            .build(),
                    Rule.builder("household.assets.financial", DIBAO_ART_14)
                            .quote("动产主要包括银行存款、证券、基金、商业保险、债权、互联网金融资产以及车辆等。")
                            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
                            .reads(financialMonths, EligibilityParameters.DIBAO_STANDARD)
                            .build(),
                    Rule.builder("household.assets.private-car", DIBAO_ART_14)
                            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
                            .reads(keys.carAllowed())
                            .build(),
                    Rule.builder("household.assets.homes", DIBAO_ART_14)
                            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
                            .reads(keys.maxHomes())
                            .build());
        }

        /** @return the rules, in the order they are decided */
        public List<Rule> rules() {
            return List.of(exemption, other, financial, car, homes);
        }
    }

    private HouseholdRules() {}

    /**
     * Decides and records who counts.
     *
     * @param ctx the decision
     * @param h   the household
     * @return the membership
     */
    public static HouseholdMembership members(RuleContext ctx, Household h) {
        HouseholdMembership m = HouseholdMembership.of(h, ctx.snapshot().date());
        ctx.record(
                MEMBERS,
                m.counted() > 0 ? Verdict.INFO : Verdict.NOT_MET,
                "counted",
                m.counted(),
                "countedMembers",
                m.countedEntries(),
                "excludedMembers",
                m.excluded());
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
                ctx.record(INCOME_EXEMPTION, Verdict.UNDETERMINED, "kind", kind);
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
                commonNumerator =
                        Math.addExact(commonNumerator, MonthlyAmount.commonNumerator(item.amount(), item.months()));
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
                ctx.record(DEDUCTIONS, Verdict.UNDETERMINED, "deductions", shown);
                undetermined = true;
            } else if (allowed) {
                ctx.record(DEDUCTIONS, Verdict.MET, "deductions", shown);
                total = total.minus(deduct);
                if (total.isNegative()) {
                    total = MonthlyAmount.ZERO;
                }
            } else {
                ctx.record(DEDUCTIONS, Verdict.NOT_APPLICABLE, "deductions", shown);
            }
        }
        if (undetermined) {
            return null;
        }
        ctx.record(
                INCOME,
                Verdict.INFO,
                "monthlyIncome",
                total.rounded(DISPLAY),
                "countedItems",
                counted,
                "exemptItems",
                exempt);
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
        return ctx.param(
                EligibilityParameters.INCOME_EXEMPT.get(item.exemption().get()));
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
        return assets(ctx, h, counted, standard, DIBAO_ASSETS, true);
    }

    /**
     * Applies a family's property rules to the household's property.
     *
     * @param ctx      the decision
     * @param h        the household
     * @param counted  the members the financial limit is for
     * @param standard the monthly standard the financial limit is expressed in
     * @param family   the family's rules and keys
     * @param record   false to decide without recording findings
     * @return NOT_MET if any limit is exceeded, else UNDETERMINED if any is not configured, else MET
     */
    public static Verdict assets(
            RuleContext ctx, Household h, int counted, Money standard, AssetRules family, boolean record) {
        Assets a = h.assets();
        PropertyRules.Held held = PropertyRules.hold(ctx, a, family.keys(), family.exemption(), family.other(), record);
        return Verdict.worst(
                financialAssets(ctx, held.financial(), counted, standard, family, record),
                privateCars(ctx, held.vehicles(), family, record),
                homes(ctx, a.homes(), family, record),
                held.verdict());
    }

    /** Financial assets within months × standard × counted members; null if the household holds none. */
    private static Verdict financialAssets(
            RuleContext ctx, Money financial, int counted, Money standard, AssetRules family, boolean record) {
        if (!financial.isPositive()) {
            return null;
        }
        Integer months = ctx.param(family.financialMonths());
        if (months == null) {
            if (record) {
                ctx.record(family.financial(), Verdict.UNDETERMINED, "financialAssets", financial);
            }
            return Verdict.UNDETERMINED;
        }
        Money limit = Money.ofFen(Math.multiplyExact(Math.multiplyExact(standard.fen(), (long) months), counted));
        Verdict v = financial.isGreaterThan(limit) ? Verdict.NOT_MET : Verdict.MET;
        if (record) {
            ctx.record(
                    family.financial(),
                    v,
                    "financialAssets",
                    financial,
                    "limit",
                    limit,
                    "months",
                    months,
                    "counted",
                    counted);
        }
        return v;
    }

    /** Private cars (and vehicles not exempt) allowed or not; null if the household has none. */
    private static Verdict privateCars(RuleContext ctx, int vehicles, AssetRules family, boolean record) {
        if (vehicles == 0) {
            return null;
        }
        Boolean allowed = ctx.param(family.keys().carAllowed());
        Verdict v = allowed == null ? Verdict.UNDETERMINED : allowed ? Verdict.MET : Verdict.NOT_MET;
        if (record) {
            ctx.record(family.car(), v, "vehicles", vehicles);
        }
        return v;
    }

    /** No more homes than the largest number; null if the household owns none. */
    private static Verdict homes(RuleContext ctx, int homes, AssetRules family, boolean record) {
        if (homes == 0) {
            return null;
        }
        Integer max = ctx.param(family.keys().maxHomes());
        if (max == null) {
            if (record) {
                ctx.record(family.homes(), Verdict.UNDETERMINED, "homes", homes);
            }
            return Verdict.UNDETERMINED;
        }
        Verdict v = homes > max ? Verdict.NOT_MET : Verdict.MET;
        if (record) {
            ctx.record(family.homes(), v, "homes", homes, "maxHomes", max);
        }
        return v;
    }
}
