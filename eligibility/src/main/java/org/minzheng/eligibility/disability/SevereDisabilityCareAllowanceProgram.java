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
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.DisabilityCategory;
import org.minzheng.eligibility.special.SpecialChecks;

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
 * (finding {@code severe-disability-care-allowance.tier}, naming the key); the key is an
 * enumeration, so a code this library does not read fails when the pack loads.
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
    /** Holds the disability certificate (国发〔2015〕52号). */
    public static final Rule CERTIFICATE = Rule.builder("severe-disability-care-allowance.certificate", DA_CARE)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * The grade is severe enough (52号: 残疾等级一级、二级), or the local extension to non-severe
     * intellectual and psychiatric disability applies (52号: 有条件的地方扩大范围; the row that sets the
     * flag travels in the finding's sources).
     */
    public static final Rule SEVERITY = Rule.builder("severe-disability-care-allowance.severity", DA_CARE)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(DC_MAX_GRADE, DC_COVERS_MENTAL)
            .alsoCites(DA_EXTENSION)
            .build();
    /** The tier, as the assessment the region names finds it (浙民福〔2021〕191号: tiers by self-care ability). */
    public static final Rule TIER = Rule.builder("severe-disability-care-allowance.tier", ZJ_CARE_TIERS)
            .verdicts(Verdict.INFO, Verdict.UNDETERMINED)
            .reads(DC_TIER_ASSESSMENT)
            .build();
    /**
     * The amount of the tier (浙民福〔2021〕191号: set by the city or county): blocks the outcome for the
     * fully self-caring tier, a tier configured as zero pays nothing (NOT_MET).
     */
    public static final Rule AMOUNT = Rule.builder("severe-disability-care-allowance.amount", ZJ_CARE_TIERS)
            .verdicts(Verdict.NOT_MET, Verdict.UNDETERMINED, Verdict.INFO)
            .reads(DC_FULL, DC_PARTIAL, DC_NONE)
            .build();
    /**
     * The amount of a tier the law grants (self-care partly or wholly lost, 残疾人保障法 Art. 48) is not
     * configured (a detail: the outcome does not wait for it).
     */
    public static final Rule AMOUNT_MISSING = Rule.builder(
                    "severe-disability-care-allowance.amount.not-configured", DISABILITY_LAW_ART_48)
            .quote("对生活不能自理的残疾人，地方各级人民政府应当根据情况给予护理补贴。")
            .verdicts(Verdict.INFO)
            .reads(DC_PARTIAL, DC_NONE)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public SevereDisabilityCareAllowanceProgram() {
        super(
                ID,
                new LocalizedText("重度残疾人护理补贴", "Care allowance for severely disabled people"),
                SevereDisabilityCareAllowanceFacts.class,
                SevereDisabilityCareAllowanceResult.class,
                "org.minzheng.eligibility.messages",
                List.of(CERTIFICATE, SEVERITY, TIER, AMOUNT, AMOUNT_MISSING));
    }

    @Override
    protected void checkFacts(
            SevereDisabilityCareAllowanceFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        ParameterValue<CareTierAssessment> source = snapshot.find(DC_TIER_ASSESSMENT);
        CareTierAssessment a = source == null ? null : source.value();
        if (a == CareTierAssessment.SIX_ITEM_SELF_CARE && f.selfCare().isEmpty()) {
            violations.add(SpecialChecks.violation("facts.selfCare", "special.care-tier-self-care-missing"));
        }
        if (a == CareTierAssessment.ASSESSED_TIER && f.assessedTier().isEmpty()) {
            violations.add(SpecialChecks.violation("facts.assessedTier", "special.care-tier-missing"));
        }
    }

    @Override
    public Decision<SevereDisabilityCareAllowanceResult> evaluate(
            SevereDisabilityCareAllowanceFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        boolean extension = false;
        if (DisabilityLivingAllowanceProgram.certificate(ctx, f.disability(), CERTIFICATE)) {
            extension = severity(ctx, f.disability().orElseThrow());
        }
        Money amount = null;
        SelfCareCategory category = null;
        CareTierAssessment assessment = null;
        if (ctx.outcome() != Outcome.INELIGIBLE) {
            assessment = ctx.param(DC_TIER_ASSESSMENT);
            category = tier(ctx, f, assessment);
        }
        if (category != null) {
            amount = amount(ctx, category);
        }
        return ctx.decide(new SevereDisabilityCareAllowanceResult(category, assessment, amount, extension));
    }

    /** The tier, as the assessment the region names finds it (null if it cannot be said). */
    private static SelfCareCategory tier(
            RuleContext ctx, SevereDisabilityCareAllowanceFacts f, CareTierAssessment assessment) {
        if (assessment == null) {
            ctx.record(TIER, Verdict.UNDETERMINED, "key", DC_TIER_ASSESSMENT.name());
            return null;
        }
        if (assessment == CareTierAssessment.SIX_ITEM_SELF_CARE) {
            SelfCareAssessment selfCare = f.selfCare().orElseThrow(); // required, checkFacts
            SelfCareCategory c = selfCare.category();
            ctx.record(
                    TIER, Verdict.INFO, "category", c, "assessment", assessment, "failedItems", selfCare.failedItems());
            return c;
        }
        SelfCareCategory c = f.assessedTier().orElseThrow(); // required, checkFacts
        ctx.record(TIER, Verdict.INFO, "category", c, "assessment", assessment, "failedItems", List.of());
        return c;
    }

    /** The tier's amount: blocks the outcome for the fully self-caring tier, a detail otherwise. */
    private static Money amount(RuleContext ctx, SelfCareCategory category) {
        ParameterKey<Money> key = tierKey(category);
        boolean grantedByLaw = category != SelfCareCategory.FULL;
        Money tier = grantedByLaw ? ctx.detail(key, "monthlyAmount") : ctx.param(key);
        if (tier == null) {
            if (grantedByLaw) {
                ctx.record(AMOUNT_MISSING, Verdict.INFO, "category", category, "key", key.name());
            } else {
                ctx.record(AMOUNT, Verdict.UNDETERMINED, "category", category, "key", key.name());
            }
            return null;
        }
        if (tier.isPositive()) {
            ctx.record(AMOUNT, Verdict.INFO, "category", category, "amount", tier);
            return tier;
        }
        ctx.record(AMOUNT, Verdict.NOT_MET, "category", category);
        return null;
    }

    /** 52号: grade 1 or 2; the local extension for intellectual and psychiatric disability. Returns true if by extension. */
    private static boolean severity(RuleContext ctx, Disability d) {
        Integer max = ctx.param(DC_MAX_GRADE);
        if (max == null) {
            ctx.record(SEVERITY, Verdict.UNDETERMINED, "disability", d.category(), "grade", d.grade());
            return false;
        }
        if (d.grade() <= max) {
            ctx.record(SEVERITY, Verdict.MET, "disability", d.category(), "grade", d.grade(), "maxGrade", max);
            return false;
        }
        if (d.category() == DisabilityCategory.INTELLECTUAL || d.category() == DisabilityCategory.PSYCHIATRIC) {
            Boolean covers = ctx.param(DC_COVERS_MENTAL);
            Verdict v = covers == null ? Verdict.UNDETERMINED : covers ? Verdict.MET : Verdict.NOT_MET;
            ctx.recordCiting(
                    SEVERITY, v, DA_EXTENSION, "disability", d.category(), "grade", d.grade(), "maxGrade", max);
            return Boolean.TRUE.equals(covers);
        }
        ctx.record(SEVERITY, Verdict.NOT_MET, "disability", d.category(), "grade", d.grade(), "maxGrade", max);
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
