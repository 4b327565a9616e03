package org.minzheng.eligibility.rigid;

import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_10;
import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_4;
import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_5;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.PropertyKeys;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Deduction;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.HouseholdMembership;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.rules.HouseholdChecks;
import org.minzheng.eligibility.rules.HouseholdRules;

/**
 * {@code rigid-expenditure} — 刚性支出困难家庭 (刚性支出困难家庭认定办法, in force 2025-01-01).
 *
 * <p>All of Art. 4 must hold: (1) not on dibao or 特困 support and not recognised as an edge
 * family; (2) per-capita income below last year's local per-capita disposable income; (3)
 * property within the local rules — the family's own keys ({@code rigid.asset.*}): Art. 4, last
 * paragraph, says the property condition 可以参照最低生活保障边缘家庭的认定条件或者适当放宽, so a pack
 * may give them the edge family's values (citing that paragraph) or wider ones, but the library
 * never reads the dibao values in their place; (4) the household's own share of rigid spending
 * (Art. 5: living, medical, education, rehabilitation, other) in the twelve months before the
 * application (提出申请前十二个月: the facts' {@code applicationDate}, required of an application;
 * spending on the application day or after it is outside the window; when the screening runs this
 * test on a household that has not applied, the window ends on the decision date, as for an
 * application made that day, and the result shows it), as a share of the household's total income
 * (家庭总收入) over twelve months, exceeds the local threshold. A recognition lasts at most twelve
 * months (Art. 10). Condition (5), the county's own conditions, is not modelled.
 *
 * <p>Art. 13 deductions (最低生活保障审核确认办法 Art. 13, last paragraph: rigid costs of disability or
 * serious illness, necessary employment costs) and rigid spending: the reading implemented is that
 * a cost is counted once. The rigid costs of disability or illness are the medical and
 * rehabilitation spending of Art. 5, which condition (4) puts in the numerator; deducting them from
 * income as well would shrink the denominator by the same cost and count it twice. So this program
 * leaves deductions of type RIGID_COST out of income (finding
 * {@code rigid-expenditure.rigid-cost-deductions}) and counts those costs only where they are
 * declared as rigid expenditures; employment costs are still deducted where the locality allows,
 * since wage income is defined net of them (Art. 13 (1)). The same income figure is used for (2)
 * and (4): the measures speak of one household income and do not refer to Art. 13 deductions.
 * 家庭总收入 over twelve months is twelve times the counted monthly income, the incomes being given
 * as monthly averages of their periods.
 *
 * <p>What a missing value blocks: the disposable income, the property rules and the share
 * threshold decide conditions and block; the validity period only dates the recognition, so when
 * it is missing the decision is made and {@code validUntil} is absent.
 */
public final class RigidExpenditureProgram extends AbstractProgram<Household, RigidExpenditureResult> {

    /** The program id. */
    public static final String ID = "rigid-expenditure";
    /** Rule: the measures are in force on the decision date. */
    public static final String IN_FORCE = "rigid-expenditure.in-force";
    /** Rule: not already assisted. */
    public static final String NOT_ASSISTED = "rigid-expenditure.not-otherwise-assisted";
    /** Rule: income below last year's disposable income. */
    public static final String INCOME = "rigid-expenditure.income-below-disposable-income";
    /** Rule: property. */
    public static final String ASSETS = "rigid-expenditure.assets";
    /** Rule: spending share. */
    public static final String SHARE = "rigid-expenditure.spending-share";
    /** Rule: validity. */
    public static final String VALIDITY = "rigid-expenditure.validity";
    /** Rule: the validity period is not configured (a detail). */
    public static final String VALIDITY_NOT_CONFIGURED = "rigid-expenditure.validity.not-configured";
    /** Rule: deductions of rigid costs are left out of income, counted as rigid spending instead. */
    public static final String RIGID_COST_DEDUCTIONS = "rigid-expenditure.rigid-cost-deductions";

    /** Creates the program. */
    public RigidExpenditureProgram() {
        super(ID, new LocalizedText("刚性支出困难家庭", "Household in hardship from rigid expenditure (刚性支出困难家庭)"),
                List.of(RIGID_ART_4, RIGID_ART_5, RIGID_ART_10, RIGID_ART_14),
                PropertyKeys.plus(List.of(EligibilityParameters.DISPOSABLE_INCOME_LAST_YEAR, EligibilityParameters.RIGID_SHARE,
                        EligibilityParameters.RIGID_VALIDITY_MONTHS, EligibilityParameters.DIBAO_STANDARD,
                        EligibilityParameters.RIGID_ASSET_FINANCIAL_MONTHS, EligibilityParameters.RIGID_ASSET_PRIVATE_CAR_ALLOWED,
                        EligibilityParameters.RIGID_ASSET_MAX_HOMES, EligibilityParameters.DEDUCTIONS_ALLOWED),
                        EligibilityParameters.RIGID_PROPERTY),
                Household.class, RigidExpenditureResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(Household facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts, snapshot.date(), "facts", violations);
        if (facts.applicationDate().isEmpty()) {
            violations.add(new Violation("facts.applicationDate", "rigid-expenditure.application-date-required",
                    "刚性支出按提出申请前十二个月计算（第四条第（四）项），须填写申请日期",
                    "is required: rigid spending is measured over the twelve months before the application (Art. 4 (4))"));
        }
    }

    @Override
    public Decision<RigidExpenditureResult> evaluate(Household h, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        LocalDate date = snapshot.date();
        if (!inForce(ctx, date)) {
            return ctx.decide(null);
        }
        notOtherwiseAssisted(ctx, h);
        HouseholdMembership members = HouseholdRules.members(ctx, h);
        MonthlyAmount income = HouseholdRules.income(ctx, h, members, false);
        rigidCostDeductionsLeftOut(ctx, h);
        if (income == null || members.counted() == 0) {
            return ctx.decide(null);
        }
        int n = members.counted();
        incomeBelowDisposableIncome(ctx, income, n);
        ctx.record(ASSETS, assets(ctx, h, n), RIGID_ART_4);
        // required of an application (checkFacts); a screening that runs this test on facts without
        // one asks "if they applied today": the window then ends on the decision date (shown in the result)
        LocalDate applied = h.applicationDate().orElse(date);
        Money spending = spending12Months(h, applied);
        MonthlyAmount income12 = income.times(12);
        BigDecimal threshold = spendingShare(ctx, spending, income12);
        Outcome outcome = ctx.outcome();
        LocalDate validUntil = null;
        if (outcome == Outcome.ELIGIBLE) {
            Integer months = ctx.detail(EligibilityParameters.RIGID_VALIDITY_MONTHS, "validUntil");
            if (months == null) {
                ctx.record(VALIDITY_NOT_CONFIGURED, Verdict.INFO, RIGID_ART_10);
            } else {
                validUntil = date.plusMonths(months);
                ctx.record(VALIDITY, Verdict.INFO, RIGID_ART_10, "months", months, "until", validUntil);
            }
        }
        return ctx.decide(new RigidExpenditureResult(applied.minusMonths(12), applied, spending,
                income12.rounded(HouseholdRules.DISPLAY), threshold, validUntil));
    }

    /** Art. 14: the measures apply from their date of entry into force (from the instrument catalogue). */
    private static boolean inForce(RuleContext ctx, LocalDate date) {
        Instrument measures = ctx.snapshot().instruments().resolve(RIGID_ART_14);
        boolean inForce = measures.inForce() == null || !date.isBefore(measures.inForce());
        ctx.record(IN_FORCE, inForce ? Verdict.MET : Verdict.NOT_MET, RIGID_ART_14,
                "inForce", measures.inForce() == null ? "?" : measures.inForce());
        return inForce;
    }

    /** Art. 4 (1): not on dibao or 特困 support, not an edge family. */
    private static void notOtherwiseAssisted(RuleContext ctx, Household h) {
        AssistanceStatus s = h.currentAssistance().orElse(null);
        boolean other = s == AssistanceStatus.DIBAO || s == AssistanceStatus.EXTREME_POVERTY
                || s == AssistanceStatus.LOW_INCOME_EDGE;
        if (other) {
            ctx.record(NOT_ASSISTED, Verdict.NOT_MET, RIGID_ART_4, "currentAssistance", s);
        } else {
            ctx.record(NOT_ASSISTED, Verdict.MET, RIGID_ART_4);
        }
    }

    /** Art. 4 (2): per-capita income below last year's per-capita disposable income: 12 × income &lt; annual × n. */
    private static void incomeBelowDisposableIncome(RuleContext ctx, MonthlyAmount income, int n) {
        Money annual = ctx.param(EligibilityParameters.DISPOSABLE_INCOME_LAST_YEAR);
        if (annual == null) {
            ctx.record(INCOME, Verdict.UNDETERMINED, RIGID_ART_4);
            return;
        }
        boolean below = income.times(12).compareTo(annual, n) < 0;
        ctx.record(INCOME, below ? Verdict.MET : Verdict.NOT_MET, RIGID_ART_4,
                "perCapitaAnnualIncome", income.times(12).dividedBy(n, HouseholdRules.DISPLAY), "disposableIncome", annual);
    }

    /** Art. 4 (3): the family's own property keys; the financial limit is in months of the dibao standard. */
    private static Verdict assets(RuleContext ctx, Household h, int n) {
        Assets a = h.assets();
        if (!a.financialAssets().isPositive() && a.property().isEmpty()) {
            // no financial limit to express: the standard is not needed
            return HouseholdRules.assets(ctx, h, n, Money.ZERO, EligibilityParameters.RIGID_ASSET_FINANCIAL_MONTHS,
                    EligibilityParameters.RIGID_PROPERTY, true);
        }
        Money standard = ctx.param(EligibilityParameters.DIBAO_STANDARD);
        if (standard == null) {
            return Verdict.UNDETERMINED;
        }
        return HouseholdRules.assets(ctx, h, n, standard, EligibilityParameters.RIGID_ASSET_FINANCIAL_MONTHS,
                EligibilityParameters.RIGID_PROPERTY, true);
    }

    /** A cost is counted once: deductions of rigid costs are left out of income (see the class notes). */
    private static void rigidCostDeductionsLeftOut(RuleContext ctx, Household h) {
        MonthlyAmount.Sum left = null;
        for (Deduction d : h.deductions()) {
            if (d.type() == Deduction.DeductionType.RIGID_COST) {
                if (left == null) {
                    left = new MonthlyAmount.Sum();
                }
                left.add(d.amount(), d.months());
            }
        }
        if (left != null) {
            ctx.record(RIGID_COST_DEDUCTIONS, Verdict.INFO, EligibilityCitations.DIBAO_ART_13,
                    "deductions", left.total().rounded(HouseholdRules.DISPLAY));
        }
    }

    /**
     * Art. 4 (4) and Art. 5: own-share rigid spending in the twelve months before the application,
     * {@code [applied − 12 months, applied)}.
     */
    static Money spending12Months(Household h, LocalDate date) {
        LocalDate from = date.minusMonths(12);
        Money total = Money.ZERO;
        for (RigidExpenditure e : h.rigidExpenditures()) {
            if (!e.date().isBefore(from) && e.date().isBefore(date)) {
                total = total.plus(e.ownShare());
            }
        }
        return total;
    }

    /** Art. 4 (4): spending / income &gt; threshold, i.e. spending &gt; threshold × income (exact). */
    private static BigDecimal spendingShare(RuleContext ctx, Money spending, MonthlyAmount income12) {
        BigDecimal threshold = ctx.param(EligibilityParameters.RIGID_SHARE);
        if (threshold == null) {
            ctx.record(SHARE, Verdict.UNDETERMINED, RIGID_ART_4, "spending", spending);
            return null;
        }
        BigDecimal lhs = BigDecimal.valueOf(spending.fen()).multiply(BigDecimal.valueOf(income12.denominator()));
        BigDecimal rhs = threshold.multiply(BigDecimal.valueOf(income12.numeratorFen()));
        boolean exceeds = lhs.compareTo(rhs) > 0;
        ctx.record(SHARE, exceeds ? Verdict.MET : Verdict.NOT_MET, RIGID_ART_4, "spending", spending,
                "income", income12.rounded(HouseholdRules.DISPLAY), "threshold", threshold);
        return threshold;
    }
}
