package org.minzheng.eligibility.disability;

import static org.minzheng.eligibility.SpecialAssistanceCitations.DA_CARE;
import static org.minzheng.eligibility.SpecialAssistanceCitations.DA_EXTENSION;
import static org.minzheng.eligibility.SpecialAssistanceCitations.DISABILITY_LAW_ART_48;
import static org.minzheng.eligibility.SpecialAssistanceCitations.EP_ART_21_22;
import static org.minzheng.eligibility.SpecialAssistanceCitations.ZJ_CARE_TIERS;
import static org.minzheng.eligibility.SpecialAssistanceParameters.DC_COVERS_MENTAL;
import static org.minzheng.eligibility.SpecialAssistanceParameters.DC_FULL;
import static org.minzheng.eligibility.SpecialAssistanceParameters.DC_MAX_GRADE;
import static org.minzheng.eligibility.SpecialAssistanceParameters.DC_NONE;
import static org.minzheng.eligibility.SpecialAssistanceParameters.DC_PARTIAL;

import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.eligibility.special.SpecialAssistance;

/**
 * {@code severe-disability-care-allowance} — 重度残疾人护理补贴 (care allowance for severely
 * disabled people).
 *
 * <p>Who (国发〔2015〕52号; 残疾人保障法 Art. 48 "对生活不能自理的残疾人……给予护理补贴"): a person whose
 * certificate grade is 1 or 2 ({@code disability.care-allowance.max-grade}, OFFICIAL nationally).
 * Localities may extend it to non-severe intellectual and psychiatric disability
 * ({@code disability.care-allowance.covers-non-severe-intellectual-psychiatric}, absent for
 * Zhejiang and Huzhou).
 *
 * <p>Amount: tiered by self-care ability (浙民福〔2021〕191号: tiers and amounts set by the city or
 * county). The tier is the self-care category of the six-item assessment
 * ({@link org.minzheng.core.person.SelfCareAssessment}); the amounts are the keys
 * {@code disability.care-allowance.self-care-full|partial|none}, NOT FOUND for Zhejiang and Huzhou,
 * so a Huzhou decision is UNDETERMINED and names the key of the person's tier. A tier configured
 * as zero means the locality pays nothing at that tier (52号 speaks of people "needing long-term
 * care"): NOT_MET.
 */
public final class SevereDisabilityCareAllowanceProgram
        extends AbstractProgram<SevereDisabilityCareAllowanceFacts, SevereDisabilityCareAllowanceResult> {

    /** The program id. */
    public static final String ID = "severe-disability-care-allowance";
    /** Rule: holds the disability certificate. */
    public static final String CERTIFICATE = "severe-disability-care-allowance.certificate";
    /** Rule: the grade is severe enough, or the local extension applies. */
    public static final String SEVERITY = "severe-disability-care-allowance.severity";
    /** Rule: the self-care category (the tier). */
    public static final String SELF_CARE = "severe-disability-care-allowance.self-care";
    /** Rule: the amount of the tier. */
    public static final String AMOUNT = "severe-disability-care-allowance.amount";

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public SevereDisabilityCareAllowanceProgram() {
        super(ID, new LocalizedText("重度残疾人护理补贴", "Care allowance for severely disabled people"),
                List.of(DA_CARE, DA_EXTENSION, DISABILITY_LAW_ART_48, ZJ_CARE_TIERS, EP_ART_21_22),
                List.of(DC_MAX_GRADE, DC_COVERS_MENTAL, DC_FULL, DC_PARTIAL, DC_NONE),
                SevereDisabilityCareAllowanceFacts.class, SevereDisabilityCareAllowanceResult.class,
                SpecialAssistance.MESSAGES);
    }

    @Override
    public Decision<SevereDisabilityCareAllowanceResult> evaluate(SevereDisabilityCareAllowanceFacts f,
                                                                  PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        SelfCareCategory category = f.selfCare().category();
        boolean extension = false;
        if (DisabilityLivingAllowanceProgram.certificate(ctx, f.disability(), CERTIFICATE, DA_CARE)) {
            extension = severity(ctx, f.disability());
        }
        ctx.record(SELF_CARE, Verdict.INFO, EP_ART_21_22, "category", category, "failedItems", f.selfCare().failedItems());
        Money amount = null;
        if (ctx.outcome() != Outcome.INELIGIBLE) {
            ParameterKey<Money> key = tierKey(category);
            Money tier = ctx.param(key);
            if (tier == null) {
                ctx.record(AMOUNT, Verdict.UNDETERMINED, ZJ_CARE_TIERS, "category", category, "key", key.name());
            } else if (tier.isPositive()) {
                amount = tier;
                ctx.record(AMOUNT, Verdict.INFO, ctx.snapshot().find(key).citation(), "category", category, "amount", tier);
            } else {
                ctx.record(AMOUNT, Verdict.NOT_MET, ctx.snapshot().find(key).citation(), "category", category);
            }
        }
        return ctx.decide(new SevereDisabilityCareAllowanceResult(category, amount, extension));
    }

    /** 52号: grade 1 or 2; the local extension for intellectual and psychiatric disability. Returns true if by extension. */
    private static boolean severity(RuleContext ctx, Disability d) {
        Integer max = ctx.param(DC_MAX_GRADE);
        if (max == null) {
            ctx.record(SEVERITY, Verdict.UNDETERMINED, DA_CARE, "disability", d.category(), "grade", d.grade());
            return false;
        }
        if (d.grade() <= max) {
            ctx.record(SEVERITY, Verdict.MET, DA_CARE, "disability", d.category(), "grade", d.grade(), "maxGrade", max);
            return false;
        }
        if (d.category() == DisabilityCategory.INTELLECTUAL || d.category() == DisabilityCategory.PSYCHIATRIC) {
            Boolean covers = ctx.param(DC_COVERS_MENTAL);
            if (covers == null) {
                ctx.record(SEVERITY, Verdict.UNDETERMINED, DA_EXTENSION, "disability", d.category(), "grade", d.grade(),
                        "maxGrade", max);
                return false;
            }
            ctx.record(SEVERITY, covers ? Verdict.MET : Verdict.NOT_MET, ctx.snapshot().find(DC_COVERS_MENTAL).citation(),
                    "disability", d.category(), "grade", d.grade(), "maxGrade", max);
            return covers;
        }
        ctx.record(SEVERITY, Verdict.NOT_MET, DA_CARE, "disability", d.category(), "grade", d.grade(), "maxGrade", max);
        return false;
    }

    /**
     * @param category a self-care category
     * @return the key of its care-allowance tier
     */
    public static ParameterKey<Money> tierKey(SelfCareCategory category) {
        switch (category) {
            case FULL:
                return DC_FULL;
            case PARTIAL:
                return DC_PARTIAL;
            default:
                return DC_NONE;
        }
    }
}
