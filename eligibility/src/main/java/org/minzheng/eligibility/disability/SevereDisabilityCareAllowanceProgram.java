package org.minzheng.eligibility.disability;

import static org.minzheng.eligibility.EligibilityCitations.DA_CARE;
import static org.minzheng.eligibility.EligibilityCitations.DA_EXTENSION;
import static org.minzheng.eligibility.EligibilityCitations.DISABILITY_LAW_ART_48;
import static org.minzheng.eligibility.EligibilityCitations.ZJ_CARE_TIERS;
import static org.minzheng.eligibility.EligibilityParameters.DC_COVERS_MENTAL;
import static org.minzheng.eligibility.EligibilityParameters.DC_FULL;
import static org.minzheng.eligibility.EligibilityParameters.DC_MAX_GRADE;
import static org.minzheng.eligibility.EligibilityParameters.DC_NONE;
import static org.minzheng.eligibility.EligibilityParameters.DC_PARTIAL;
import static org.minzheng.eligibility.EligibilityParameters.DC_TIER_ASSESSMENT;

import java.util.List;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.core.person.SelfCareCategory;

/**
 * {@code severe-disability-care-allowance} — 重度残疾人护理补贴 (care allowance for severely
 * disabled people).
 *
 * <p>Who (国发〔2015〕52号; 残疾人保障法 Art. 48 "对生活不能自理的残疾人，地方各级人民政府应当根据情况给予护理补贴"):
 * a person whose certificate grade is 1 or 2 ({@code disability.care-allowance.max-grade}, OFFICIAL
 * nationally). Localities may extend it to non-severe intellectual and psychiatric disability
 * ({@code disability.care-allowance.covers-non-severe-intellectual-psychiatric}, absent for
 * Zhejiang and Huzhou).
 *
 * <p><b>The tier.</b> 浙民福〔2021〕191号 tiers the allowance by self-care ability and leaves tiers and
 * amounts to the city or county. The six-item self-care scale of 特困人员认定办法 Arts. 21–22 is the
 * 特困 scale and governs 特困 only; nothing found makes it the scale of this allowance. So the
 * assessment that sets the tier is a value the region's pack names,
 * {@code disability.care-allowance.tier-assessment} ({@link CareTierAssessment}), cited to the local
 * instrument that adopts it; NOT FOUND for Zhejiang and Huzhou. Without it the tier is UNDETERMINED
 * (finding {@code severe-disability-care-allowance.tier}, naming the key); a code this library does
 * not read goes to a person (NEEDS_REVIEW).
 *
 * <p><b>Decide what can be decided.</b> Reading implemented: Art. 48 grants the care allowance to a
 * disabled person who cannot care for themselves, so for a qualifying grade whose tier is
 * "self-care partly lost" or "wholly lost" the allowance is settled and the tier's amount
 * ({@code disability.care-allowance.self-care-partial|none}) only measures it: it is read as a
 * detail, and when it is missing the decision is ELIGIBLE with {@code monthlyAmount} absent and the
 * key named. For a fully self-caring person no text grants it; whether the locality pays that tier
 * is its amount's to say, so {@code disability.care-allowance.self-care-full} blocks the outcome
 * (UNDETERMINED when missing). The tier itself blocks for the same reason: an unknown tier might be
 * the fully self-caring one. A tier configured as zero means the locality pays nothing at that tier:
 * NOT_MET.
 */
public final class SevereDisabilityCareAllowanceProgram
        extends AbstractProgram<SevereDisabilityCareAllowanceFacts, SevereDisabilityCareAllowanceResult> {

    /** The program id. */
    public static final String ID = "severe-disability-care-allowance";
    /** Rule: holds the disability certificate. */
    public static final String CERTIFICATE = "severe-disability-care-allowance.certificate";
    /** Rule: the grade is severe enough, or the local extension applies. */
    public static final String SEVERITY = "severe-disability-care-allowance.severity";
    /** Rule: the tier, as the region's assessment finds it. */
    public static final String TIER = "severe-disability-care-allowance.tier";
    /** Rule: the amount of the tier. */
    public static final String AMOUNT = "severe-disability-care-allowance.amount";
    /** Rule: the amount of the tier is not configured (a detail: the outcome does not wait for it). */
    public static final String AMOUNT_MISSING = "severe-disability-care-allowance.amount.not-configured";

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public SevereDisabilityCareAllowanceProgram() {
        super(ID, new LocalizedText("重度残疾人护理补贴", "Care allowance for severely disabled people"),
                List.of(DA_CARE, DA_EXTENSION, DISABILITY_LAW_ART_48, ZJ_CARE_TIERS),
                List.of(DC_MAX_GRADE, DC_COVERS_MENTAL, DC_TIER_ASSESSMENT, DC_FULL, DC_PARTIAL, DC_NONE),
                SevereDisabilityCareAllowanceFacts.class, SevereDisabilityCareAllowanceResult.class,
                "org.minzheng.eligibility.messages");
    }

    @Override
    protected void checkFacts(SevereDisabilityCareAllowanceFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        ParameterValue<String> source = snapshot.find(DC_TIER_ASSESSMENT);
        CareTierAssessment a = source == null ? null : CareTierAssessment.ofCode(source.value());
        if (a == CareTierAssessment.SIX_ITEM_SELF_CARE && f.selfCare() == null) {
            violations.add(new Violation("facts.selfCare", "special.care-tier-self-care-missing",
                    "本地区护理补贴按六项生活自理能力指标分档，须填写评估结果",
                    "this region tiers the care allowance by the six self-care items: the assessment is needed"));
        }
        if (a == CareTierAssessment.ASSESSED_TIER && f.assessedTier() == null) {
            violations.add(new Violation("facts.assessedTier", "special.care-tier-missing",
                    "本地区护理补贴按本地评估分档，须填写评估确定的档次",
                    "this region tiers the care allowance by its own assessment: the tier found is needed"));
        }
    }

    @Override
    public Decision<SevereDisabilityCareAllowanceResult> evaluate(SevereDisabilityCareAllowanceFacts f,
                                                                  PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        boolean extension = false;
        if (DisabilityLivingAllowanceProgram.certificate(ctx, f.disability(), CERTIFICATE, DA_CARE)) {
            extension = severity(ctx, f.disability());
        }
        Money amount = null;
        SelfCareCategory category = null;
        CareTierAssessment assessment = null;
        if (ctx.outcome() != Outcome.INELIGIBLE) {
            String code = ctx.param(DC_TIER_ASSESSMENT);
            assessment = code == null ? null : CareTierAssessment.ofCode(code);
            category = tier(ctx, f, code, assessment);
        }
        if (category != null) {
            amount = amount(ctx, category);
        }
        return ctx.decide(new SevereDisabilityCareAllowanceResult(category, assessment, amount, extension));
    }

    /** The tier, as the assessment the region names finds it (null if it cannot be said). */
    private static SelfCareCategory tier(RuleContext ctx, SevereDisabilityCareAllowanceFacts f, String code,
                                         CareTierAssessment assessment) {
        if (code == null) {
            ctx.record(TIER, Verdict.UNDETERMINED, ZJ_CARE_TIERS, "key", DC_TIER_ASSESSMENT.name());
            return null;
        }
        Citation basis = ctx.snapshot().find(DC_TIER_ASSESSMENT).citation();
        if (assessment == null) {
            ctx.record(TIER, Verdict.NEEDS_REVIEW, basis, "key", DC_TIER_ASSESSMENT.name());
            return null;
        }
        if (assessment == CareTierAssessment.SIX_ITEM_SELF_CARE) {
            SelfCareCategory c = f.selfCare().category();
            ctx.record(TIER, Verdict.INFO, basis, "category", c, "assessment", assessment, "failedItems",
                    f.selfCare().failedItems());
            return c;
        }
        ctx.record(TIER, Verdict.INFO, basis, "category", f.assessedTier(), "assessment", assessment, "failedItems",
                List.of());
        return f.assessedTier();
    }

    /** The tier's amount: blocks the outcome for the fully self-caring tier, a detail otherwise. */
    private static Money amount(RuleContext ctx, SelfCareCategory category) {
        ParameterKey<Money> key = tierKey(category);
        boolean grantedByLaw = category != SelfCareCategory.FULL;
        Money tier = grantedByLaw ? ctx.detail(key, "monthlyAmount") : ctx.param(key);
        if (tier == null) {
            if (grantedByLaw) {
                ctx.record(AMOUNT_MISSING, Verdict.INFO, DISABILITY_LAW_ART_48, "category", category, "key", key.name());
            } else {
                ctx.record(AMOUNT, Verdict.UNDETERMINED, ZJ_CARE_TIERS, "category", category, "key", key.name());
            }
            return null;
        }
        if (tier.isPositive()) {
            ctx.record(AMOUNT, Verdict.INFO, ctx.snapshot().find(key).citation(), "category", category, "amount", tier);
            return tier;
        }
        ctx.record(AMOUNT, Verdict.NOT_MET, ctx.snapshot().find(key).citation(), "category", category);
        return null;
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
