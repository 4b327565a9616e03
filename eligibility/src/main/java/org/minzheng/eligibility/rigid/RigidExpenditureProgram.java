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
 * property within the local rules (the region's dibao limits; Art. 4 lets a locality use the edge
 * family's conditions or relax them); (4) the household's own share of rigid spending (Art. 5:
 * living, medical, education, rehabilitation, other) in the twelve months before the decision
 * date, as a share of household income over the same months, exceeds the local threshold. A
 * recognition lasts at most twelve months (Art. 10). Condition (5), the county's own conditions,
 * is not modelled.
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

    /** Creates the program. */
    public RigidExpenditureProgram() {
        super(ID, new LocalizedText("刚性支出困难家庭", "Household in hardship from rigid expenditure (刚性支出困难家庭)"),
                List.of(RIGID_ART_4, RIGID_ART_5, RIGID_ART_10, RIGID_ART_14),
                List.of(EligibilityParameters.DISPOSABLE_INCOME_LAST_YEAR, EligibilityParameters.RIGID_SHARE,
                        EligibilityParameters.RIGID_VALIDITY_MONTHS, EligibilityParameters.DIBAO_STANDARD,
                        EligibilityParameters.ASSET_FINANCIAL_MONTHS, EligibilityParameters.ASSET_PRIVATE_CAR_ALLOWED,
                        EligibilityParameters.ASSET_MAX_HOMES),
                Household.class, RigidExpenditureResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(Household facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts, snapshot.date(), "facts", violations);
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
        MonthlyAmount income = HouseholdRules.income(ctx, h, members);
        if (income == null || members.counted() == 0) {
            return ctx.decide(null);
        }
        int n = members.counted();
        incomeBelowDisposableIncome(ctx, income, n);
        Money standard = ctx.param(EligibilityParameters.DIBAO_STANDARD);
        ctx.record(ASSETS, standard == null ? Verdict.UNDETERMINED : HouseholdRules.assets(ctx, h, n, standard), RIGID_ART_4);
        Money spending = spending12Months(h, date);
        MonthlyAmount income12 = income.times(12);
        BigDecimal threshold = spendingShare(ctx, spending, income12);
        Outcome outcome = ctx.outcome();
        LocalDate validUntil = null;
        if (outcome == Outcome.ELIGIBLE) {
            Integer months = ctx.param(EligibilityParameters.RIGID_VALIDITY_MONTHS);
            if (months == null) {
                ctx.record(VALIDITY, Verdict.UNDETERMINED, RIGID_ART_10);
            } else {
                validUntil = date.plusMonths(months);
                ctx.record(VALIDITY, Verdict.INFO, RIGID_ART_10, "months", months, "until", validUntil);
            }
        }
        return ctx.decide(new RigidExpenditureResult(spending, income12.rounded(HouseholdRules.DISPLAY), threshold, validUntil));
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

    /** Art. 4 (4) and Art. 5: own-share rigid spending in the 12 months before the date. */
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
