package org.minzheng.eligibility.edge;

import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_14;
import static org.minzheng.eligibility.EligibilityCitations.DIBAO_ART_8;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.rules.HouseholdChecks;
import org.minzheng.eligibility.rules.HouseholdRules;
import org.minzheng.eligibility.rules.MeansTest;

/**
 * {@code low-income-edge} — 最低生活保障边缘家庭.
 *
 * <p>An edge family "does not meet the dibao conditions, has per-capita income below 1.5 times
 * the local dibao standard, and property within the rules" (最低生活保障审核确认办法 Art. 8, last
 * paragraph; the multiple is {@code edge.income-multiplier}, 1.5 nationally, which provinces may
 * change). A household below the dibao standard is a dibao household, not an edge family: the two
 * never both apply. The property limits are the dibao ones of the region (Art. 8: 财产状况符合相关规定;
 * the 2022 notice 一（四） encourages localities to set edge-family property standards of their own,
 * which no source gives for any region modelled here), exemptions included (Art. 14, see
 * {@link HouseholdRules#assets}).
 *
 * <p>What a missing value blocks: every value this program reads decides a condition — the
 * standard and the multiple (the income line is their product) and the property rules — so each
 * blocks; the result has no detail that a missing value could blank.
 */
public final class LowIncomeEdgeProgram extends AbstractProgram<Household, EdgeResult> {

    /** The program id. */
    public static final String ID = "low-income-edge";

    private static final String ART_8_EDGE = "最低生活保障边缘家庭一般指不符合最低生活保障条件，家庭人均收入低于当地最低生活保障标准1.5倍，" + "且财产状况符合相关规定的家庭。";

    /** Art. 8, last paragraph: the household does not meet the dibao conditions (per-capita income not below the standard). */
    public static final Rule NOT_DIBAO = Rule.builder("low-income-edge.not-dibao", DIBAO_ART_8)
            .quote(ART_8_EDGE)
            .reading(
                    "“不符合最低生活保障条件”：家庭人均收入不低于低保标准（含与标准持平）",
                    "does not meet the dibao conditions: a per-capita income not below the standard (equal to it included)")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .reads(EligibilityParameters.DIBAO_STANDARD)
            .build();
    /** Art. 8, last paragraph: per-capita income below the multiple of the standard. */
    public static final Rule INCOME = Rule.builder("low-income-edge.income-below-multiple", DIBAO_ART_8)
            .quote(ART_8_EDGE)
            .reading(
                    "“低于当地最低生活保障标准1.5倍”指严格小于标准乘以倍数之积：与之持平的，不符合",
                    "below 1.5 times the standard means strictly below the standard times the multiple: equal to it does not qualify")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EligibilityParameters.EDGE_MULTIPLIER, EligibilityParameters.DIBAO_STANDARD)
            .build();
    /** Art. 8 (财产状况符合相关规定) with the dibao property rules of Art. 14: the worst of the property tests. */
    public static final Rule ASSETS = Rule.builder("low-income-edge.assets", DIBAO_ART_14)
            .quote("家庭财产指共同生活的家庭成员拥有的全部动产和不动产。")
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .build();

    /** Creates the program. */
    public LowIncomeEdgeProgram() {
        super(
                ID,
                new LocalizedText("最低生活保障边缘家庭", "Low-income edge family (低保边缘家庭)"),
                Household.class,
                EdgeResult.class,
                "org.minzheng.eligibility.messages",
                inDecisionOrder());
    }

    private static List<Rule> inDecisionOrder() {
        List<Rule> rules = new ArrayList<>(MeansTest.RULES);
        rules.addAll(List.of(NOT_DIBAO, INCOME));
        rules.addAll(HouseholdRules.DIBAO_ASSETS.rules());
        rules.add(ASSETS);
        return rules;
    }

    @Override
    protected void checkFacts(Household facts, PolicySnapshot snapshot, List<Violation> violations) {
        HouseholdChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<EdgeResult> evaluate(Household h, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        MeansTest means = MeansTest.assess(ctx, h);
        if (!means.complete()) {
            return ctx.decide(null);
        }
        boolean dibao = means.belowStandard();
        ctx.record(
                NOT_DIBAO,
                dibao ? Verdict.NOT_MET : Verdict.MET,
                "perCapitaIncome",
                means.perCapitaShown(),
                "standard",
                means.standard());
        BigDecimal k = ctx.param(EligibilityParameters.EDGE_MULTIPLIER);
        if (k == null) {
            ctx.record(INCOME, Verdict.UNDETERMINED);
        } else {
            ctx.record(
                    INCOME,
                    means.belowMultiple(k) ? Verdict.MET : Verdict.NOT_MET,
                    "perCapitaIncome",
                    means.perCapitaShown(),
                    "multiplier",
                    k,
                    "standard",
                    means.standard());
        }
        ctx.record(ASSETS, HouseholdRules.assets(ctx, h, means.counted(), means.standard()));
        return ctx.decide(new EdgeResult(means.counted(), means.perCapitaShown(), means.standard(), k));
    }
}
