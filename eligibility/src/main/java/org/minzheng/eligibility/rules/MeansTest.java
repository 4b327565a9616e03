package org.minzheng.eligibility.rules;

import static org.minzheng.eligibility.EligibilityCitations.SA_ART_9;

import java.math.BigDecimal;
import java.util.List;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.HouseholdMembership;
import org.minzheng.eligibility.household.MonthlyAmount;

/**
 * The means test programs share: who counts, the counted monthly income and the dibao standard,
 * each recorded once as findings. Comparisons against the standard are exact.
 *
 * @param members  who counts
 * @param counted  the number of counted members
 * @param standard the dibao standard, null if not configured
 * @param income   the counted monthly income, null if an exemption or deduction rule is not configured
 * @param shownIncome    the counted monthly income rounded for display only, null when income is
 * @param perCapitaShown per-capita monthly income rounded for display only, null unless
 *                       {@link #complete()}
 */
public record MeansTest(
        HouseholdMembership members,
        int counted,
        Money standard,
        MonthlyAmount income,
        Money shownIncome,
        Money perCapitaShown) {

    /** 社会救助暂行办法 Art. 9, quoted: who receives dibao. */
    public static final String SA_ART_9_TEXT = "国家对共同生活的家庭成员人均收入低于当地最低生活保障标准，且符合当地最低生活保障家庭财产状况规定的家庭，给予最低生活保障。";

    /** 社会救助暂行办法 Art. 9: the dibao standard is not configured for the region and date. */
    public static final Rule STANDARD = Rule.builder("dibao.standard", SA_ART_9)
            .quote(SA_ART_9_TEXT)
            .verdicts(Verdict.UNDETERMINED)
            .reads(EligibilityParameters.DIBAO_STANDARD)
            .build();

    /** The rules the means test records, in the order it records them. */
    public static final List<Rule> RULES = List.of(
            HouseholdRules.MEMBERS,
            STANDARD,
            HouseholdRules.INCOME_EXEMPTION,
            HouseholdRules.DEDUCTIONS,
            HouseholdRules.INCOME);

    /**
     * Runs the shared part of the means test and records its findings.
     *
     * @param ctx the decision
     * @param h   the household
     * @return the result
     */
    public static MeansTest assess(RuleContext ctx, Household h) {
        HouseholdMembership members = HouseholdRules.members(ctx, h);
        Money standard = ctx.param(EligibilityParameters.DIBAO_STANDARD);
        if (standard == null) {
            ctx.record(STANDARD, Verdict.UNDETERMINED);
        }
        MonthlyAmount income = HouseholdRules.income(ctx, h, members);
        int counted = members.counted();
        // shown values are computed once here and shared by every finding and result that shows them
        return new MeansTest(
                members,
                counted,
                standard,
                income,
                income == null ? null : income.rounded(HouseholdRules.DISPLAY),
                income == null || counted == 0 ? null : income.dividedBy(counted, HouseholdRules.DISPLAY));
    }

    /** @return true if the standard and the income are known and someone counts */
    public boolean complete() {
        return standard != null && income != null && counted > 0;
    }

    /** @return true if per-capita income is below the standard: income &lt; standard × n (exact) */
    public boolean belowStandard() {
        return income.compareTo(standard, counted) < 0;
    }

    /**
     * @param multiplier a multiple of the standard, such as 1.5
     * @return true if per-capita income is below multiplier × standard: income &lt; k × standard × n (exact)
     */
    public boolean belowMultiple(BigDecimal multiplier) {
        BigDecimal lhs = BigDecimal.valueOf(income.numeratorFen());
        BigDecimal rhs = BigDecimal.valueOf(standard.fen())
                .multiply(multiplier)
                .multiply(BigDecimal.valueOf(counted))
                .multiply(BigDecimal.valueOf(income.denominator()));
        return lhs.compareTo(rhs) < 0;
    }
}
