package org.minzheng.eligibility.dibao;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_8;

import java.math.BigDecimal;
import java.util.List;
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
import org.minzheng.eligibility.dibao.SingleMemberResult.SingleMemberGround;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.household.Member;
import org.minzheng.eligibility.household.MonthlyAmount;
import org.minzheng.eligibility.rules.HouseholdChecks;
import org.minzheng.eligibility.rules.HouseholdRules;
import org.minzheng.eligibility.rules.MeansTest;

/**
 * {@code dibao-single-member} — 单人户: a severely disabled or seriously ill member of an edge
 * family applies for dibao alone (最低生活保障审核确认办法 Art. 8 (1)–(2)).
 *
 * <p>The household must be an edge family (Art. 8, last paragraph): it does not meet the dibao
 * conditions, its per-capita income is below {@code edge.income-multiplier} × the standard
 * (1.5 nationally), and its property is within the rules. The member must hold a disability
 * certificate of grade 1 or 2, or grade 3 intellectual or psychiatric disability (ground 1), or
 * have a serious illness recognised locally (ground 2). The member is then a one-person unit:
 * the amount is the standard less their own counted income (Art. 23).
 *
 * <p>Not decided here: clergy living in a religious venue (Art. 8 (3)) and the county's own
 * categories (Art. 8 (4)).
 */
public final class SingleMemberProgram extends AbstractProgram<SingleMemberFacts, SingleMemberResult> {

    /** The program id. */
    public static final String ID = "dibao-single-member";
    /** Rule: the person is counted in the household. */
    public static final String PERSON_COUNTED = "dibao-single-member.person-counted";
    /** Rule: the household does not qualify for dibao as a whole. */
    public static final String HOUSEHOLD_NOT_DIBAO = "dibao-single-member.household-not-dibao";
    /** Rule: edge-family income. */
    public static final String EDGE_INCOME = "dibao-single-member.edge-income";
    /** Rule: property. */
    public static final String ASSETS = "dibao-single-member.assets";
    /** Rule: the person's ground. */
    public static final String GROUND = "dibao-single-member.ground";
    /** Rule: the person's own income below the standard. */
    public static final String OWN_INCOME = "dibao-single-member.own-income-below-standard";
    /** Rule: the amount. */
    public static final String AMOUNT = "dibao-single-member.amount";

    /** Creates the program. */
    public SingleMemberProgram() {
        super(ID, new LocalizedText("最低生活保障单人户", "Minimum living guarantee for a single member (单人户)"),
                List.of(DIBAO_ART_8, EligibilityCitations.DIBAO_ART_7, EligibilityCitations.DIBAO_ART_13,
                        EligibilityCitations.DIBAO_ART_14, EligibilityCitations.DIBAO_ART_23),
                List.of(EligibilityParameters.DIBAO_STANDARD, EligibilityParameters.EDGE_MULTIPLIER,
                        EligibilityParameters.DIBAO_AMOUNT_ROUNDING, EligibilityParameters.ASSET_FINANCIAL_MONTHS,
                        EligibilityParameters.ASSET_PRIVATE_CAR_ALLOWED, EligibilityParameters.ASSET_MAX_HOMES),
                SingleMemberFacts.class, SingleMemberResult.class, "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(SingleMemberFacts facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts.household(), snapshot.date(), "facts.household", violations);
        if (facts.member() >= facts.household().members().size()) {
            violations.add(new Violation("facts.member", "household.unknown-member",
                    "不是已列出的成员序号（从 0 开始）", "is not the position of a listed member (counting from 0)"));
        }
    }

    @Override
    public Decision<SingleMemberResult> evaluate(SingleMemberFacts facts, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        Household h = facts.household();
        MeansTest means = MeansTest.assess(ctx, h);
        if (!means.members().isCounted(facts.member())) {
            ctx.record(PERSON_COUNTED, Verdict.NOT_MET, EligibilityCitations.DIBAO_ART_7, "position", facts.member() + 1);
            return ctx.decide(null);
        }
        SingleMemberGround ground = ground(ctx, h.members().get(facts.member()));
        if (!means.complete()) {
            return ctx.decide(null);
        }
        BigDecimal k = ctx.param(EligibilityParameters.EDGE_MULTIPLIER);
        boolean householdDibao = means.belowStandard();
        ctx.record(HOUSEHOLD_NOT_DIBAO, householdDibao ? Verdict.NOT_MET : Verdict.MET, DIBAO_ART_8,
                "perCapitaIncome", means.perCapitaShown(), "standard", means.standard());
        if (k == null) {
            ctx.record(EDGE_INCOME, Verdict.UNDETERMINED, DIBAO_ART_8);
        } else {
            ctx.record(EDGE_INCOME, means.belowMultiple(k) ? Verdict.MET : Verdict.NOT_MET, DIBAO_ART_8,
                    "perCapitaIncome", means.perCapitaShown(), "multiplier", k, "standard", means.standard());
        }
        ctx.record(ASSETS, HouseholdRules.assets(ctx, h, means.counted(), means.standard()), EligibilityCitations.DIBAO_ART_14);
        MonthlyAmount own = ownIncome(ctx, h, facts.member());
        boolean ownBelow = own.compareTo(means.standard(), 1) < 0;
        ctx.record(OWN_INCOME, ownBelow ? Verdict.MET : Verdict.NOT_MET, EligibilityCitations.DIBAO_ART_23,
                "ownIncome", own.rounded(HouseholdRules.DISPLAY), "standard", means.standard());
        Outcome outcome = ctx.outcome();
        Money amount = Money.ZERO;
        if (outcome == Outcome.ELIGIBLE) {
            amount = DibaoProgram.differenceAmount(ctx, AMOUNT, own, means.standard(), 1);
            if (amount == null) {
                return ctx.decide(Outcome.UNDETERMINED, null);
            }
        }
        return ctx.decide(ctx.outcome(),
                new SingleMemberResult(ground, amount, own.rounded(HouseholdRules.DISPLAY), means.standard()));
    }

    /** Art. 8 (1)–(2). */
    private static SingleMemberGround ground(RuleContext ctx, Member m) {
        Disability d = m.disability().orElse(null);
        if (d != null && d.certificate() && (d.severe() || d.atLeast(DisabilityCategory.INTELLECTUAL, 3)
                || d.atLeast(DisabilityCategory.PSYCHIATRIC, 3))) {
            ctx.record(GROUND, Verdict.MET, DIBAO_ART_8, "ground", SingleMemberGround.SEVERE_DISABILITY);
            return SingleMemberGround.SEVERE_DISABILITY;
        }
        if (m.seriousIllness()) {
            ctx.record(GROUND, Verdict.MET, DIBAO_ART_8, "ground", SingleMemberGround.SERIOUS_ILLNESS);
            return SingleMemberGround.SERIOUS_ILLNESS;
        }
        ctx.record(GROUND, Verdict.NOT_MET, DIBAO_ART_8);
        return null;
    }

    /** The person's own income, exempt kinds left out exactly as in the household's income. */
    private static MonthlyAmount ownIncome(RuleContext ctx, Household h, int member) {
        MonthlyAmount total = MonthlyAmount.ZERO;
        for (IncomeItem item : h.incomes()) {
            if (item.member().isPresent() && item.member().get() == member
                    && !Boolean.TRUE.equals(HouseholdRules.exempt(ctx, item))) {
                total = total.plus(MonthlyAmount.of(item.amount(), item.months()));
            }
        }
        return total;
    }
}
