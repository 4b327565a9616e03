package org.minzheng.eligibility.dibao;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_23;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_31;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_33;
import static org.minzheng.eligibility.EligibilityCitations.SA_ART_9;

import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityCitations;
import org.minzheng.eligibility.EligibilityParameters;
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
 * gradual exit whose length the county sets (Art. 33), as a rule at most six months
 * (关于进一步做好最低生活保障等社会救助兜底工作的通知 一（三）, {@code dibao.gradual-exit-max-months}):
 * a county value above the cap is used, since the notice says 原则上 (as a rule) and a county may
 * have its reasons, but every decision that uses it warns.
 *
 * <p>Property (Art. 14): savings and the other financial kinds against the financial limit,
 * vehicles, homes, trees and other fixtures, each against the region's rule; an item declared
 * necessary for production or daily life is exempt only where the region's rule for its kind says
 * so (Art. 14: 可以……予以豁免 is a local option) — see {@link HouseholdRules#assets}.
 *
 * <p>What a missing value blocks (docs/writing-a-program.md): the standard is the threshold of the
 * means test (income below it <em>is</em> the condition), so it blocks; so do the property limits
 * and exemptions, the income exemptions and the deduction rule, which decide a condition. Three
 * values only measure what is granted and blank a detail: the amount rounding
 * ({@code dibao.amount-rounding}, needed only when the exact amount holds a fraction of a fen:
 * {@code monthlyAmount} is left out), the review periods ({@code reviewMonths}, {@code nextReview})
 * and the gradual-exit length ({@code gradualExitUntil}; the household is above the standard and
 * the outcome is INELIGIBLE either way).
 *
 * <p>Not modelled: tiered payment (分档, Art. 23 second option), for which no tier table was
 * found; provincial exclusions from membership (Art. 7 excluded (3)).
 */
public final class DibaoProgram extends AbstractProgram<Household, DibaoResult> {

    /** Counterfactual: how far income would have to fall (household above the standard). */
    public static final String COUNTERFACTUAL_INCOME_ABOVE = "dibao.counterfactual.income-above";
    /**
     * Counterfactual: the household's income is exactly the standard × members (not below it, Art. 9
     * 低于): how far it would have to fall. A separate note so that the message can say 持平.
     */
    public static final String COUNTERFACTUAL_INCOME_EQUAL = "dibao.counterfactual.income-equal";
    /** Counterfactual: how far income could rise before the household is no longer eligible. */
    public static final String COUNTERFACTUAL_HEADROOM = "dibao.counterfactual.headroom";
    /** Warning: the county's gradual exit is longer than the national cap (2022 notice 一（三）). */
    public static final String WARNING_GRADUAL_EXIT_ABOVE_CAP = "dibao.warning.gradual-exit-above-cap";

    private static final String ART_23_TEXT =
            "最低生活保障金可以按照审核确定的申请家庭人均收入与当地最低生活保障标准的实际差额计算；" + "也可以根据申请家庭困难程度和人员情况，采取分档方式计算。";
    private static final String ART_31_TEXT =
            "对短期内经济状况变化不大的最低生活保障家庭，乡镇人民政府（街道办事处）每年核查一次；" + "对收入来源不固定、家庭成员有劳动能力的最低生活保障家庭，每半年核查一次。";
    private static final String ART_33_TEXT = "对就业后家庭人均收入超过当地最低生活保障标准的最低生活保障家庭，" + "县级人民政府民政部门可以给予一定时间的渐退期。";

    /** The program id. */
    public static final String ID = "dibao";

    /** 社会救助暂行办法 Art. 9: per-capita income below the standard, i.e. income &lt; standard × n (exact). */
    public static final Rule INCOME_BELOW_STANDARD = Rule.builder("dibao.income-below-standard", SA_ART_9)
            .quote(MeansTest.SA_ART_9_TEXT)
            .reading(
                    "“低于”指严格小于：家庭人均收入与低保标准持平的，不符合",
                    "below means strictly below: a per-capita income equal to the standard does not qualify")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(EligibilityParameters.DIBAO_STANDARD)
            .notes(COUNTERFACTUAL_INCOME_ABOVE, COUNTERFACTUAL_INCOME_EQUAL)
            .build();
    /** Art. 14: the household's property within the rules (the worst of the property tests). */
    public static final Rule ASSETS = Rule.builder("dibao.assets", DIBAO_ART_14)
            .quote("家庭财产指共同生活的家庭成员拥有的全部动产和不动产。")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .build();
    /** Art. 23: the amount, the difference between the standard and the per-capita income, for every member. */
    public static final Rule AMOUNT = Rule.builder("dibao.amount", DIBAO_ART_23)
            .quote(ART_23_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_STANDARD, EligibilityParameters.DIBAO_AMOUNT_ROUNDING)
            .notes(COUNTERFACTUAL_HEADROOM)
            .build();
    /** Art. 23: the amount holds a fraction of a fen and the rounding is not configured (a detail). */
    public static final Rule AMOUNT_NOT_CONFIGURED = Rule.builder("dibao.amount.not-configured", DIBAO_ART_23)
            .quote(ART_23_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_AMOUNT_ROUNDING)
            .build();
    /** Art. 33 and the 2022 notice 一（三）: the gradual exit of a household whose income rose through work. */
    public static final Rule GRADUAL_EXIT = Rule.builder("dibao.gradual-exit", DIBAO_ART_33)
            .quote(ART_33_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.GRADUAL_EXIT_MONTHS, EligibilityParameters.GRADUAL_EXIT_MAX_MONTHS)
            .notes(WARNING_GRADUAL_EXIT_ABOVE_CAP)
            .alsoCites(EligibilityCitations.SAFETY_NET_2022_GRADUAL_EXIT)
            .build();
    /** Art. 33: the gradual-exit length is not configured (a detail). */
    public static final Rule GRADUAL_EXIT_NOT_CONFIGURED = Rule.builder(
                    "dibao.gradual-exit.not-configured", DIBAO_ART_33)
            .quote(ART_33_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.GRADUAL_EXIT_MONTHS)
            .build();
    /** Art. 31: the review period, 12 months or 6 with unstable income and a member able to work. */
    public static final Rule REVIEW = Rule.builder("dibao.review-period", DIBAO_ART_31)
            .quote(ART_31_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.REVIEW_MONTHS_STABLE, EligibilityParameters.REVIEW_MONTHS_UNSTABLE)
            .build();
    /** Art. 31: the review period is not configured (a detail, see the class notes). */
    public static final Rule REVIEW_NOT_CONFIGURED = Rule.builder("dibao.review-period.not-configured", DIBAO_ART_31)
            .quote(ART_31_TEXT)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.REVIEW_MONTHS_STABLE, EligibilityParameters.REVIEW_MONTHS_UNSTABLE)
            .build();

    /** Whole fen of the excess, rounded down (the fall needed is that plus one fen); not a policy rounding. */
    private static final Rounding FEN_FLOOR = Rounding.of(MoneyUnit.FEN, RoundingMode.FLOOR);

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public DibaoProgram() {
        super(
                ID,
                new LocalizedText("最低生活保障", "Minimum living guarantee"),
                Household.class,
                DibaoResult.class,
                "org.minzheng.eligibility.messages",
                inDecisionOrder());
    }

    private static List<Rule> inDecisionOrder() {
        List<Rule> rules = new ArrayList<>(MeansTest.RULES);
        rules.add(INCOME_BELOW_STANDARD);
        rules.addAll(HouseholdRules.DIBAO_ASSETS.rules());
        rules.addAll(List.of(
                ASSETS,
                AMOUNT,
                AMOUNT_NOT_CONFIGURED,
                GRADUAL_EXIT,
                GRADUAL_EXIT_NOT_CONFIGURED,
                REVIEW,
                REVIEW_NOT_CONFIGURED));
        return rules;
    }

    @Override
    protected void checkFacts(Household facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<DibaoResult> evaluate(Household h, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
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
        ctx.record(ASSETS, assets);
        Money shownIncome = means.shownIncome();
        Money perCapita = means.perCapitaShown();
        if (!below) {
            counterfactualsAboveStandard(ctx, income, standard, n);
            LocalDate exitUntil = gradualExit(ctx, h, snapshot.date());
            return ctx.decide(
                    ctx.outcome(),
                    new DibaoResult(nothingIfRefused(ctx), n, shownIncome, perCapita, standard, null, null, exitUntil));
        }
        Money amount = differenceAmount(ctx, AMOUNT, AMOUNT_NOT_CONFIGURED, income, shownIncome, standard, n);
        if (assets != Verdict.MET) {
            // the amount finding measures the difference; whether it is paid waits on the assets
            return ctx.decide(
                    ctx.outcome(),
                    new DibaoResult(nothingIfRefused(ctx), n, shownIncome, perCapita, standard, null, null, null));
        }
        if (amount != null) {
            ctx.counterfactual(COUNTERFACTUAL_HEADROOM, "headroom", amount);
        }
        Integer review = reviewMonths(ctx, h, members);
        return ctx.decide(
                ctx.outcome(),
                new DibaoResult(
                        Optional.ofNullable(amount),
                        n,
                        shownIncome,
                        perCapita,
                        standard,
                        review,
                        review == null ? null : snapshot.date().plusMonths(review),
                        null));
    }

    /**
     * The payment of a household that is not granted dibao: zero once it is refused (INELIGIBLE: 社会救助暂行办法
     * Art. 12 pays only 批准获得最低生活保障的家庭), absent while the outcome is UNDETERMINED or NEEDS_REVIEW.
     */
    private static Optional<Money> nothingIfRefused(RuleContext ctx) {
        return ctx.outcome() == Outcome.INELIGIBLE ? Optional.of(Money.ZERO) : Optional.empty();
    }

    /** 社会救助暂行办法 Art. 9: per-capita income below the standard, i.e. income &lt; standard × n. */
    private static boolean incomeBelowStandard(RuleContext ctx, MeansTest means) {
        boolean below = means.belowStandard();
        ctx.record(
                INCOME_BELOW_STANDARD,
                below ? Verdict.MET : Verdict.NOT_MET,
                "perCapitaIncome",
                means.perCapitaShown(),
                "standard",
                means.standard(),
                "counted",
                means.counted());
        return below;
    }

    /**
     * Art. 23: (standard − per-capita income) × n, exact; rounded by {@code dibao.amount-rounding}
     * only if it holds a fraction of a fen. The rounding only measures the amount (eligibility is
     * settled by the means test), so when it is needed and not configured the finding is INFO, the
     * key is listed with {@code monthlyAmount} absent, and null is returned.
     *
     * @param ctx           the decision
     * @param rule          the amount rule to record under (INFO)
     * @param notConfigured the rule recorded when the rounding is needed and not configured (INFO)
     * @param income        the counted monthly income of the n people
     * @param standard      the standard
     * @param n             the people covered
     * @return the amount, or null if a rounding is needed and not configured (the amount is then absent)
     */
    public static Money differenceAmount(
            RuleContext ctx, Rule rule, Rule notConfigured, MonthlyAmount income, Money standard, int n) {
        return differenceAmount(ctx, rule, notConfigured, income, income.rounded(HouseholdRules.DISPLAY), standard, n);
    }

    private static Money differenceAmount(
            RuleContext ctx,
            Rule rule,
            Rule notConfigured,
            MonthlyAmount income,
            Money shownIncome,
            Money standard,
            int n) {
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
                Rounding rounding = ctx.detail(EligibilityParameters.DIBAO_AMOUNT_ROUNDING, "monthlyAmount");
                if (rounding == null) {
                    ctx.record(notConfigured, Verdict.INFO, "standard", standard, "counted", n);
                    return null;
                }
                amount = exact.rounded(rounding);
            }
        }
        ctx.record(
                rule, Verdict.INFO, "amount", amount, "standard", standard, "counted", n, "monthlyIncome", shownIncome);
        return amount;
    }

    private static void counterfactualsAboveStandard(RuleContext ctx, MonthlyAmount income, Money standard, int n) {
        MonthlyAmount over = income.minusFen(Math.multiplyExact(standard.fen(), (long) n));
        // the household qualifies once its income is below standard × n: it must fall by the excess plus one fen
        Money fall = over.rounded(FEN_FLOOR).plus(Money.ofFen(1));
        if (over.numeratorFen() == 0) {
            ctx.counterfactual(COUNTERFACTUAL_INCOME_EQUAL, "fallNeeded", fall);
            return;
        }
        ctx.counterfactual(
                COUNTERFACTUAL_INCOME_ABOVE,
                "excessPerCapita",
                over.dividedBy(n, HouseholdRules.DISPLAY),
                "fallNeeded",
                fall);
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
        Integer months = ctx.detail(
                unstable ? EligibilityParameters.REVIEW_MONTHS_UNSTABLE : EligibilityParameters.REVIEW_MONTHS_STABLE,
                "reviewMonths");
        if (months == null) {
            ctx.record(REVIEW_NOT_CONFIGURED, Verdict.INFO, "unstableIncome", unstable);
            return null;
        }
        ctx.record(REVIEW, Verdict.INFO, "months", months, "unstableIncome", unstable);
        return months;
    }

    /**
     * Art. 33: a household on dibao whose income rose above the standard through work; the length
     * is the county's, capped as a rule at six months by the 2022 notice 一（三）. The length only
     * measures the exit (the household is above the standard either way), so a missing length
     * leaves {@code gradualExitUntil} absent. The cap is read only where it is in force.
     */
    private static LocalDate gradualExit(RuleContext ctx, Household h, LocalDate date) {
        if (h.currentAssistance().orElse(null) != AssistanceStatus.DIBAO || !h.incomeRoseFromEmployment()) {
            return null;
        }
        Integer months = ctx.detail(EligibilityParameters.GRADUAL_EXIT_MONTHS, "gradualExitUntil");
        if (months == null) {
            ctx.record(GRADUAL_EXIT_NOT_CONFIGURED, Verdict.INFO);
            return null;
        }
        LocalDate until = date.plusMonths(months);
        ctx.record(GRADUAL_EXIT, Verdict.INFO, "months", months, "until", until);
        if (ctx.isConfigured(EligibilityParameters.GRADUAL_EXIT_MAX_MONTHS)) {
            int cap = ctx.param(EligibilityParameters.GRADUAL_EXIT_MAX_MONTHS);
            if (months > cap) {
                ctx.warn(WARNING_GRADUAL_EXIT_ABOVE_CAP, "months", months, "cap", cap);
            }
        }
        return until;
    }
}
