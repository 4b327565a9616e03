package org.minzheng.eligibility.dibao;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_23;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_31;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_33;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_9;

import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.HouseholdMembership;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.rules.HouseholdChecks;
import org.minzheng.eligibility.rules.HouseholdRules;
import org.minzheng.eligibility.rules.MeansTest;

/**
 * {@code dibao} — 最低生活保障 (minimum living guarantee).
 *
 * <p>A household is eligible when the per-capita monthly income of its counted members is
 * below the local standard and its property is within the province's rules (社会救助暂行办法
 * Art. 9; 最低生活保障审核确认办法 Arts. 7, 13, 14). The amount is the difference between the
 * standard and the per-capita income, for every counted member (Art. 23):
 * {@code (standard − income ÷ n) × n = standard × n − income}, computed exactly without dividing.
 * Income equal to the standard is not below it. Eligible households are reviewed every 12
 * months, or every 6 when income is unstable and a member is able to work (Art. 31). A
 * household on dibao whose income rises above the standard through work may keep it for a
 * gradual exit whose length the county sets (Art. 33).
 *
 * <p>Not modelled: tiered payment (分档, Art. 23 second option), for which no tier table was
 * found; provincial exclusions from membership (Art. 7 excluded (3)).
 */
public final class DibaoProgram extends AbstractProgram<Household, DibaoResult> {

    /** The program id. */
    public static final String ID = "dibao";
    /** Rule: income below the standard. */
    public static final String INCOME_BELOW_STANDARD = "dibao.income-below-standard";
    /** Rule: property within the rules (summary). */
    public static final String ASSETS = "dibao.assets";
    /** Rule: the amount. */
    public static final String AMOUNT = "dibao.amount";
    /** Rule: the review period. */
    public static final String REVIEW = "dibao.review-period";
    /** Rule: the gradual exit. */
    public static final String GRADUAL_EXIT = "dibao.gradual-exit";

    /** Whole fen of the excess, rounded down (the fall needed is that plus one fen); not a policy rounding. */
    private static final Rounding FEN_FLOOR = Rounding.of(org.minzheng.core.money.MoneyUnit.FEN, java.math.RoundingMode.FLOOR);

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public DibaoProgram() {
        super(ID, new LocalizedText("最低生活保障", "Minimum living guarantee"),
                List.of(SA_ART_9, EligibilityCitations.DIBAO_ART_7, EligibilityCitations.DIBAO_ART_13,
                        EligibilityCitations.DIBAO_ART_14, DIBAO_ART_23, DIBAO_ART_31, DIBAO_ART_33),
                List.of(EligibilityParameters.DIBAO_STANDARD, EligibilityParameters.DIBAO_AMOUNT_ROUNDING,
                        EligibilityParameters.ASSET_FINANCIAL_MONTHS, EligibilityParameters.ASSET_PRIVATE_CAR_ALLOWED,
                        EligibilityParameters.ASSET_MAX_HOMES, EligibilityParameters.DEDUCTIONS_ALLOWED,
                        EligibilityParameters.REVIEW_MONTHS_STABLE, EligibilityParameters.REVIEW_MONTHS_UNSTABLE,
                        EligibilityParameters.GRADUAL_EXIT_MONTHS),
                Household.class, DibaoResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(Household facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<DibaoResult> evaluate(Household h, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        MeansTest means = MeansTest.assess(ctx, h);
        if (!means.complete()) {
            return ctx.decide(null);
        }
        HouseholdMembership members = means.members();
        int n = means.counted();
        Money standard = means.standard();
        MonthlyAmount income = means.income();
        boolean below = incomeBelowStandard(ctx, means);
        Verdict assets = HouseholdRules.assets(ctx, h, n, standard);
        ctx.record(ASSETS, assets, EligibilityCitations.DIBAO_ART_14);
        Money shownIncome = means.shownIncome();
        Money perCapita = means.perCapitaShown();
        if (!below) {
            counterfactualsAboveStandard(ctx, income, standard, n);
            LocalDate exitUntil = gradualExit(ctx, h, snapshot.date());
            return ctx.decide(ctx.outcome(),
                    new DibaoResult(Money.ZERO, n, shownIncome, perCapita, standard, null, null, exitUntil));
        }
        Money amount = differenceAmount(ctx, AMOUNT, income, shownIncome, standard, n);
        if (amount == null || assets != Verdict.MET) {
            return ctx.decide(ctx.outcome(),
                    new DibaoResult(Money.ZERO, n, shownIncome, perCapita, standard, null, null, null));
        }
        ctx.counterfactual("dibao.counterfactual.headroom", "headroom", amount);
        Integer review = reviewMonths(ctx, h, members);
        return ctx.decide(ctx.outcome(), new DibaoResult(amount, n, shownIncome, perCapita, standard,
                review, review == null ? null : snapshot.date().plusMonths(review), null));
    }

    /** 社会救助暂行办法 Art. 9: per-capita income below the standard, i.e. income &lt; standard × n. */
    private static boolean incomeBelowStandard(RuleContext ctx, MeansTest means) {
        boolean below = means.belowStandard();
        ctx.record(INCOME_BELOW_STANDARD, below ? Verdict.MET : Verdict.NOT_MET, SA_ART_9,
                "perCapitaIncome", means.perCapitaShown(), "standard", means.standard(), "counted", means.counted());
        return below;
    }

    /**
     * Art. 23: (standard − per-capita income) × n, exact; rounded by {@code dibao.amount-rounding}
     * only if it holds a fraction of a fen.
     *
     * @param ctx      the decision
     * @param rule     the rule id to record under
     * @param income   the counted monthly income of the n people
     * @param standard the standard
     * @param n        the people covered
     * @return the amount, or null if a rounding is needed and not configured
     */
    public static Money differenceAmount(RuleContext ctx, String rule, MonthlyAmount income, Money standard, int n) {
        return differenceAmount(ctx, rule, income, income.rounded(HouseholdRules.DISPLAY), standard, n);
    }

    private static Money differenceAmount(RuleContext ctx, String rule, MonthlyAmount income, Money shownIncome,
                                          Money standard, int n) {
        long line = Math.multiplyExact(standard.fen(), (long) n);
        Money amount;
        if (income.denominator() == 1) {
            // monthly incomes only: the amount is whole fen, no rounding is involved
            amount = Money.ofFen(Math.subtractExact(line, income.numeratorFen()));
        } else {
            MonthlyAmount exact = income.subtractedFromFen(line);
            if (exact.isWholeFen()) {
                amount = exact.exact();
            } else {
                Rounding rounding = ctx.param(EligibilityParameters.DIBAO_AMOUNT_ROUNDING);
                if (rounding == null) {
                    ctx.record(rule, Verdict.UNDETERMINED, DIBAO_ART_23, "standard", standard, "counted", n);
                    return null;
                }
                amount = exact.rounded(rounding);
            }
        }
        ctx.record(rule, Verdict.INFO, DIBAO_ART_23, "amount", amount, "standard", standard, "counted", n,
                "monthlyIncome", shownIncome);
        return amount;
    }

    private static void counterfactualsAboveStandard(RuleContext ctx, MonthlyAmount income, Money standard, int n) {
        MonthlyAmount over = income.minusFen(Math.multiplyExact(standard.fen(), (long) n));
        // the household qualifies once its income is below standard × n: it must fall by the excess plus one fen
        Money fall = over.rounded(FEN_FLOOR).plus(Money.ofFen(1));
        ctx.counterfactual("dibao.counterfactual.income-above", "excessPerCapita", over.dividedBy(n, HouseholdRules.DISPLAY),
                "fallNeeded", fall);
    }

    /** Art. 31: 12 months, or 6 with unstable income and a counted member able to work. */
    private static Integer reviewMonths(RuleContext ctx, Household h, HouseholdMembership members) {
        boolean someoneAbleToWork = false;
        List<Member> listed = h.members();
        for (int i = 0, size = listed.size(); i < size; i++) {
            if (members.isCounted(i) && listed.get(i).ableToWork()) {
                someoneAbleToWork = true;
                break;
            }
        }
        boolean unstable = !h.incomeStable() && someoneAbleToWork;
        Integer months = ctx.param(unstable ? EligibilityParameters.REVIEW_MONTHS_UNSTABLE : EligibilityParameters.REVIEW_MONTHS_STABLE);
        if (months == null) {
            ctx.record(REVIEW, Verdict.UNDETERMINED, DIBAO_ART_31, "unstableIncome", unstable);
            return null;
        }
        ctx.record(REVIEW, Verdict.INFO, DIBAO_ART_31, "months", months, "unstableIncome", unstable);
        return months;
    }

    /** Art. 33: a household on dibao whose income rose above the standard through work. */
    private static LocalDate gradualExit(RuleContext ctx, Household h, LocalDate date) {
        if (h.currentAssistance().orElse(null) != AssistanceStatus.DIBAO || !h.incomeRoseFromEmployment()) {
            return null;
        }
        Integer months = ctx.param(EligibilityParameters.GRADUAL_EXIT_MONTHS);
        if (months == null) {
            ctx.record(GRADUAL_EXIT, Verdict.UNDETERMINED, DIBAO_ART_33);
            return null;
        }
        LocalDate until = date.plusMonths(months);
        ctx.record(GRADUAL_EXIT, Verdict.INFO, DIBAO_ART_33, "months", months, "until", until);
        return until;
    }
}
