package org.minzheng.examples.walkthrough;

import java.util.List;
import java.util.Optional;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.time.Ages;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;

/**
 * {@code old-age-allowance} — the old-age allowance (高龄津贴) of 老年人权益保障法 Art. 33 para. 2:
 * "国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。" The program of the walk-through in
 * {@code docs/writing-a-program.md}; not shipped.
 *
 * <p>Reading of the law: the article only <em>encourages</em> localities to set up the allowance,
 * so a region without a configured monthly amount has no allowance to grant, and the amount blocks
 * the outcome (UNDETERMINED, naming the key). The age is read in completed years on the decision
 * date. NOT FOUND: Zhejiang's and Huzhou's own allowance rules and amounts (REFERENCE.md: 高龄津贴
 * NOT FOUND), so the shipped data has none and the example of an amount is illustrative.
 */
public final class OldAgeAllowanceProgram extends AbstractProgram<OldAgeAllowanceFacts, OldAgeAllowanceResult> {

    /** The program id. */
    public static final String ID = "old-age-allowance";

    /** 老年人权益保障法 Art. 33 para. 2 (the instrument is in the eldercare pack). */
    static final Citation ELDERLY_RIGHTS_ART_33 = Citation.of("law-elderly-rights-protection", "第三十三条第二款");

    private static final String ART_33 = "国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。";

    /** The applicant has reached the minimum age (八十周岁以上). */
    public static final Rule AGE = Rule.builder("old-age-allowance.age", ELDERLY_RIGHTS_ART_33)
            .quote(ART_33)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(WalkthroughParameters.MINIMUM_AGE)
            .notes("old-age-allowance.counterfactual.reaches-age")
            .build();

    /** The household is recognised as low-income (低收入老年人); a pending recognition goes to a caseworker. */
    public static final Rule LOW_INCOME = Rule.builder("old-age-allowance.low-income", ELDERLY_RIGHTS_ART_33)
            .quote(ART_33)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW)
            .build();

    /** The monthly amount the locality sets; without one the region has no allowance to grant. */
    public static final Rule AMOUNT = Rule.builder("old-age-allowance.amount", ELDERLY_RIGHTS_ART_33)
            .quote(ART_33)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(WalkthroughParameters.MONTHLY_AMOUNT)
            .build();

    /** Creates the program. */
    public OldAgeAllowanceProgram() {
        super(ID, new LocalizedText("高龄津贴", "Old-age allowance"), OldAgeAllowanceFacts.class,
                OldAgeAllowanceResult.class, "org.minzheng.examples.walkthrough.messages", List.of(AGE, LOW_INCOME, AMOUNT));
    }

    @Override
    protected void checkFacts(OldAgeAllowanceFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        Checks.notAfterDecisionDate("facts.birthDate", f.birthDate(), snapshot.date(), violations);
    }

    @Override
    public Decision<OldAgeAllowanceResult> evaluate(OldAgeAllowanceFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        int age = Ages.completedYears(f.birthDate(), snapshot.date());
        Verdict oldEnough = age(ctx, f, age);
        Verdict lowIncome = lowIncome(ctx, f);
        Money amount = Verdict.worst(oldEnough, lowIncome) == Verdict.NOT_MET ? null : amount(ctx);
        return ctx.decide(new OldAgeAllowanceResult(age, Optional.ofNullable(amount)));
    }

    /** 八十周岁以上: the completed years on the decision date reach the minimum age. */
    private static Verdict age(RuleContext ctx, OldAgeAllowanceFacts f, int age) {
        Integer minimum = ctx.param(WalkthroughParameters.MINIMUM_AGE);
        if (minimum == null) {
            return ctx.record(AGE, Verdict.UNDETERMINED, "age", age);
        }
        if (age < minimum) {
            ctx.counterfactual("old-age-allowance.counterfactual.reaches-age", "minimum", minimum,
                    "date", f.birthDate().plusYears(minimum));
            return ctx.record(AGE, Verdict.NOT_MET, "age", age, "minimum", minimum);
        }
        return ctx.record(AGE, Verdict.MET, "age", age, "minimum", minimum);
    }

    /** 低收入老年人: the household's recognition as low-income, made by the assistance programs. */
    private static Verdict lowIncome(RuleContext ctx, OldAgeAllowanceFacts f) {
        if (f.lowIncome().isEmpty()) {
            return ctx.record(LOW_INCOME, Verdict.NEEDS_REVIEW);
        }
        return ctx.record(LOW_INCOME, f.lowIncome().get() ? Verdict.MET : Verdict.NOT_MET);
    }

    /** The amount of the local scheme; none configured means no scheme to grant from. */
    private static Money amount(RuleContext ctx) {
        Money amount = ctx.param(WalkthroughParameters.MONTHLY_AMOUNT);
        if (amount == null) {
            ctx.record(AMOUNT, Verdict.UNDETERMINED);
        } else {
            ctx.record(AMOUNT, Verdict.INFO, "amount", amount);
        }
        return amount;
    }
}
