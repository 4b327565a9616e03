package org.minzheng.eligibility.rigid;

import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_10;
import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_4;
import static org.minzheng.eligibility.EligibilityCitations.RIGID_ART_5;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Deduction;
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

    private static final String ART_10 = "经审核认定为刚性支出困难家庭的，有效期一般不超过十二个月。";
    private static final String ART_4 = "刚性支出困难家庭应当同时具备下列条件：";

    /** Art. 14: the measures apply from their date of entry into force (from the instrument catalogue). */
    public static final Rule IN_FORCE = Rule.builder("rigid-expenditure.in-force", RIGID_ART_14)
            .quote("本办法自2025年1月1日起施行。")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /** Art. 4 (1): not on dibao or 特困 support, not an edge family. */
    public static final Rule NOT_ASSISTED = Rule.builder("rigid-expenditure.not-otherwise-assisted", RIGID_ART_4)
            .quote("（一）未纳入最低生活保障、特困人员救助供养范围且未被认定为最低生活保障边缘家庭；")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /** Art. 13 of the dibao measures: deductions of rigid costs are left out of income, counted as rigid spending instead. */
    public static final Rule RIGID_COST_DEDUCTIONS = Rule.builder(
                    "rigid-expenditure.rigid-cost-deductions", EligibilityCitations.DIBAO_ART_13)
            .quote("对于共同生活的家庭成员因残疾、患重病等增加的刚性支出、必要的就业成本等，在核算家庭收入时可按规定适当扣减。")
            .verdicts(Verdict.INFO)
            .build();
    /** Art. 4 (2): per-capita income below last year's per-capita disposable income. */
    public static final Rule INCOME = Rule.builder("rigid-expenditure.income-below-disposable-income", RIGID_ART_4)
            .quote("（二）共同生活家庭成员人均收入低于上年度当地居民人均可支配收入；")
            .reading(
                    "“低于”指严格小于：按年计算的人均收入与上年度人均可支配收入持平的，不符合",
                    "below means strictly below: an annual per-capita income equal to last year's per-capita disposable income does not qualify")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.DISPOSABLE_INCOME_LAST_YEAR)
            .build();
    /** Art. 4 (3): property within the local rules (the worst of the property tests, the family's own keys). */
    public static final Rule ASSETS = Rule.builder("rigid-expenditure.assets", RIGID_ART_4)
            .quote("（三）家庭财产状况符合当地相关规定；")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.DIBAO_STANDARD)
            .build();
    /** Art. 4 (4) and Art. 5: 12 months' rigid spending as a share of household income exceeds the threshold. */
    public static final Rule SHARE = Rule.builder("rigid-expenditure.spending-share", RIGID_ART_4)
            .quote("（四）提出申请前十二个月家庭刚性支出总额占家庭总收入比例超出当地规定；")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.RIGID_SHARE)
            .alsoCites(RIGID_ART_5)
            .build();
    /** Art. 10: how long the recognition lasts. */
    public static final Rule VALIDITY = Rule.builder("rigid-expenditure.validity", RIGID_ART_10)
            .quote(ART_10)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.RIGID_VALIDITY_MONTHS)
            .build();
    /** Art. 10: the validity period is not configured (a detail). */
    public static final Rule VALIDITY_NOT_CONFIGURED = Rule.builder(
                    "rigid-expenditure.validity.not-configured", RIGID_ART_10)
            .quote(ART_10)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.RIGID_VALIDITY_MONTHS)
            .build();

    /** Creates the program. */
    public RigidExpenditureProgram() {
        super(
                ID,
                new LocalizedText("刚性支出困难家庭", "Household in hardship from rigid expenditure (刚性支出困难家庭)"),
                Household.class,
                RigidExpenditureResult.class,
                "org.minzheng.eligibility.messages",
                inDecisionOrder());
    }

    private static List<Rule> inDecisionOrder() {
        List<Rule> rules = new ArrayList<>(List.of(
                IN_FORCE,
                NOT_ASSISTED,
                HouseholdRules.MEMBERS,
                HouseholdRules.INCOME_EXEMPTION,
                HouseholdRules.DEDUCTIONS,
                HouseholdRules.INCOME,
                RIGID_COST_DEDUCTIONS,
                INCOME));
        rules.addAll(HouseholdRules.RIGID_ASSETS.rules());
        rules.addAll(List.of(ASSETS, SHARE, VALIDITY, VALIDITY_NOT_CONFIGURED));
        return rules;
    }

    @Override
    protected void checkFacts(Household facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts, snapshot.date(), "facts", violations);
        if (facts.applicationDate().isEmpty()) {
            violations.add(HouseholdChecks.violation(
                    "facts.applicationDate", "rigid-expenditure.application-date-required", Map.of()));
        }
    }

    @Override
    public Decision<RigidExpenditureResult> evaluate(Household h, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
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
        ctx.record(ASSETS, assets(ctx, h, n));
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
                ctx.record(VALIDITY_NOT_CONFIGURED, Verdict.INFO);
            } else {
                validUntil = date.plusMonths(months);
                ctx.record(VALIDITY, Verdict.INFO, "months", months, "until", validUntil);
            }
        }
        return ctx.decide(new RigidExpenditureResult(
                applied.minusMonths(12),
                applied,
                spending,
                income12.rounded(HouseholdRules.DISPLAY),
                threshold,
                validUntil));
    }

    /** Art. 14: the measures apply from their date of entry into force (from the instrument catalogue). */
    private static boolean inForce(RuleContext ctx, LocalDate date) {
        Instrument measures = ctx.snapshot().instruments().resolve(RIGID_ART_14);
        boolean inForce = measures.inForce() == null || !date.isBefore(measures.inForce());
        ctx.record(
                IN_FORCE,
                inForce ? Verdict.MET : Verdict.NOT_MET,
                "inForce",
                measures.inForce() == null ? "?" : measures.inForce());
        return inForce;
    }

    /** Art. 4 (1): not on dibao or 特困 support, not an edge family. */
    private static void notOtherwiseAssisted(RuleContext ctx, Household h) {
        AssistanceStatus s = h.currentAssistance().orElse(null);
        boolean other = s == AssistanceStatus.DIBAO
                || s == AssistanceStatus.EXTREME_POVERTY
                || s == AssistanceStatus.LOW_INCOME_EDGE;
        if (other) {
            ctx.record(NOT_ASSISTED, Verdict.NOT_MET, "currentAssistance", s);
        } else {
            ctx.record(NOT_ASSISTED, Verdict.MET);
        }
    }

    /** Art. 4 (2): per-capita income below last year's per-capita disposable income: 12 × income &lt; annual × n. */
    private static void incomeBelowDisposableIncome(RuleContext ctx, MonthlyAmount income, int n) {
        Money annual = ctx.param(EligibilityParameters.DISPOSABLE_INCOME_LAST_YEAR);
        if (annual == null) {
            ctx.record(INCOME, Verdict.UNDETERMINED);
            return;
        }
        boolean below = income.times(12).compareTo(annual, n) < 0;
        ctx.record(
                INCOME,
                below ? Verdict.MET : Verdict.NOT_MET,
                "perCapitaAnnualIncome",
                income.times(12).dividedBy(n, HouseholdRules.DISPLAY),
                "disposableIncome",
                annual);
    }

    /** Art. 4 (3): the family's own property keys; the financial limit is in months of the dibao standard. */
    private static Verdict assets(RuleContext ctx, Household h, int n) {
        Assets a = h.assets();
        if (!a.financialAssets().isPositive() && a.property().isEmpty()) {
            // no financial limit to express: the standard is not needed
            return HouseholdRules.assets(ctx, h, n, Money.ZERO, HouseholdRules.RIGID_ASSETS, true);
        }
        Money standard = ctx.param(EligibilityParameters.DIBAO_STANDARD);
        if (standard == null) {
            return Verdict.UNDETERMINED;
        }
        return HouseholdRules.assets(ctx, h, n, standard, HouseholdRules.RIGID_ASSETS, true);
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
            ctx.record(
                    RIGID_COST_DEDUCTIONS,
                    Verdict.INFO,
                    "deductions",
                    left.total().rounded(HouseholdRules.DISPLAY));
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
            ctx.record(SHARE, Verdict.UNDETERMINED, "spending", spending);
            return null;
        }
        BigDecimal lhs = BigDecimal.valueOf(spending.fen()).multiply(BigDecimal.valueOf(income12.denominator()));
        BigDecimal rhs = threshold.multiply(BigDecimal.valueOf(income12.numeratorFen()));
        boolean exceeds = lhs.compareTo(rhs) > 0;
        ctx.record(
                SHARE,
                exceeds ? Verdict.MET : Verdict.NOT_MET,
                "spending",
                spending,
                "income",
                income12.rounded(HouseholdRules.DISPLAY),
                "threshold",
                threshold);
        return threshold;
    }
}
