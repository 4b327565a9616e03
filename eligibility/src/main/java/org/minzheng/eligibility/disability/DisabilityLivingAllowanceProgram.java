package org.minzheng.eligibility.disability;

import static org.minzheng.eligibility.EligibilityCitations.DA_EXTENSION;
import static org.minzheng.eligibility.EligibilityCitations.DA_LIVING;
import static org.minzheng.eligibility.EligibilityCitations.DE_FACTO_NO_LIVING_ALLOWANCE;
import static org.minzheng.eligibility.EligibilityCitations.LOW_INCOME_2023_4_5;
import static org.minzheng.eligibility.EligibilityCitations.REFORM_ITEM_13;
import static org.minzheng.eligibility.EligibilityCitations.ZJ_LIVING_RATIO;
import static org.minzheng.eligibility.EligibilityParameters.DL_COVERS_EDGE;
import static org.minzheng.eligibility.EligibilityParameters.DL_COVERS_EXTREME_POVERTY;
import static org.minzheng.eligibility.EligibilityParameters.DL_COVERS_RIGID;
import static org.minzheng.eligibility.EligibilityParameters.DL_EXCLUDES_ORPHANS;
import static org.minzheng.eligibility.EligibilityParameters.DL_PUBLISHED;
import static org.minzheng.eligibility.EligibilityParameters.DL_RATIO;
import static org.minzheng.eligibility.EligibilityParameters.DL_ROUNDING;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.household.Disability;

/**
 * {@code disability-living-allowance} — 困难残疾人生活补贴 (living allowance for disabled people in
 * hardship).
 *
 * <p>Who (国发〔2015〕52号; 残疾人保障法 Art. 48): a person holding the disability certificate whose
 * household is on dibao. Localities may extend it (52号; 2020 reform opinion 二（三）13 "延伸至低收入家庭";
 * 2023 opinion 四（五） "延伸至最低生活保障边缘家庭成员等"): one flag each for edge families, 特困 persons and
 * rigid-expenditure families, none found for Zhejiang or Huzhou (UNDETERMINED there). Several
 * provinces' implementing measures exclude 特困 persons, which is why 特困 is a flag of its own.
 *
 * <p>Children: a disabled child receiving the de-facto-unsupported-child allowance <em>in full</em>
 * does not get the living allowance — stated by 民发〔2019〕62号 三（一） (OFFICIAL). For children
 * receiving the <em>orphan</em> allowance the same exclusion is only recalled (REFERENCE.md §5, low
 * confidence: "children already covered by orphan support do not get the living allowance"), so
 * it is the flag {@code disability.living-allowance.excludes-orphans}, absent from the official
 * packs: an orphan's decision is UNDETERMINED until a locality configures it.
 *
 * <p>Amount (Zhejiang, 浙民福〔2021〕191号, medium confidence): {@code ratio × local dibao standard},
 * ratio 0.30 for Zhejiang (OFFICIAL). No text found states how the product is rounded: Huzhou's
 * 1145 × 0.30 = 343.50 is published as 344, which rounding up and rounding half up both give, so
 * the data cannot tell the two readings apart and no rounding ships
 * ({@code disability.living-allowance.rounding} has no official value). Where the locality
 * published the amount ({@code disability.living-allowance.published-amount}: Huzhou 344, OFFICIAL,
 * the 2024 report) the decision pays that figure and cites it; elsewhere it computes
 * {@code ratio × standard} with the rounding an integrator configures. A published amount belongs to
 * the dibao standard it was computed from: a pack that changes the standard must end or replace it.
 *
 * <p><b>Decide what can be decided.</b> Eligibility is the certificate, the household's assistance
 * and the child-support exclusion; the dibao standard, the ratio and the rounding only measure the
 * allowance (52号 grants it to every disabled person in a dibao household). They are read as
 * details: when one is missing the finding {@code disability-living-allowance.amount.not-configured}
 * is INFO naming the keys, {@code monthlyAmount} is absent, and the outcome follows from the
 * conditions.
 */
public final class DisabilityLivingAllowanceProgram
        extends AbstractProgram<DisabilityLivingAllowanceFacts, DisabilityLivingAllowanceResult> {

    /** The program id. */
    public static final String ID = "disability-living-allowance";
    /** Holds the disability certificate (国发〔2015〕52号). */
    public static final Rule CERTIFICATE = Rule.builder("disability-living-allowance.certificate", DA_LIVING)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /**
     * The household's assistance is covered: dibao (52号), or a local extension to edge families
     * (2023 opinion 四（五）), 特困 persons (52号, 有条件的地方扩大范围) or rigid-expenditure families (2020
     * reform opinion 二（三）13) — each extension cites its article; the row that sets the local flag
     * travels in the finding's sources.
     */
    public static final Rule HOUSEHOLD = Rule.builder("disability-living-allowance.household", DA_LIVING)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(DL_COVERS_EDGE, DL_COVERS_EXTREME_POVERTY, DL_COVERS_RIGID)
            .alsoCites(LOW_INCOME_2023_4_5, DA_EXTENSION, REFORM_ITEM_13)
            .build();
    /**
     * Not excluded by a child-support benefit: the full de-facto child allowance excludes it
     * (民发〔2019〕62号 三（一）); for the orphan allowance the local flag decides (see the class notes).
     */
    public static final Rule CHILD_SUPPORT = Rule.builder(
                    "disability-living-allowance.child-support", DE_FACTO_NO_LIVING_ALLOWANCE)
            .quote("已全额领取事实无人抚养儿童补贴的残疾儿童不享受困难残疾人生活补贴。")
            .verdicts(Verdict.NOT_MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(DL_EXCLUDES_ORPHANS)
            .alsoCites(DA_LIVING)
            .build();
    /** The amount, as the locality published it (the Huzhou figure travels in the finding's sources). */
    public static final Rule AMOUNT_PUBLISHED = Rule.builder(
                    "disability-living-allowance.amount.published", ZJ_LIVING_RATIO)
            .verdicts(Verdict.INFO)
            .reads(DL_PUBLISHED)
            .build();
    /** The amount: the ratio of the local dibao standard, rounded (浙民福〔2021〕191号). */
    public static final Rule AMOUNT = Rule.builder("disability-living-allowance.amount", ZJ_LIVING_RATIO)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_STANDARD, DL_RATIO, DL_ROUNDING)
            .build();
    /** The amount cannot be given (a detail: the outcome does not wait for it). */
    public static final Rule AMOUNT_MISSING = Rule.builder(
                    "disability-living-allowance.amount.not-configured", ZJ_LIVING_RATIO)
            .verdicts(Verdict.INFO)
            .reads(EligibilityParameters.DIBAO_STANDARD, DL_RATIO, DL_ROUNDING)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public DisabilityLivingAllowanceProgram() {
        super(
                ID,
                new LocalizedText("困难残疾人生活补贴", "Living allowance for disabled people in hardship"),
                DisabilityLivingAllowanceFacts.class,
                DisabilityLivingAllowanceResult.class,
                "org.minzheng.eligibility.messages",
                List.of(CERTIFICATE, HOUSEHOLD, CHILD_SUPPORT, AMOUNT_PUBLISHED, AMOUNT, AMOUNT_MISSING));
    }

    @Override
    public Decision<DisabilityLivingAllowanceResult> evaluate(
            DisabilityLivingAllowanceFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        certificate(ctx, f.disability(), CERTIFICATE);
        household(ctx, f.householdStatus());
        childSupport(ctx, f.childSupport());
        if (ctx.outcome() == Outcome.INELIGIBLE) {
            return ctx.decide(null);
        }
        if (ctx.isConfigured(DL_PUBLISHED)) {
            Money published = ctx.detail(DL_PUBLISHED, "monthlyAmount");
            ctx.record(AMOUNT_PUBLISHED, Verdict.INFO, "amount", published);
            return ctx.decide(new DisabilityLivingAllowanceResult(published, null, null, null, true));
        }
        Money standard = ctx.detail(EligibilityParameters.DIBAO_STANDARD, "monthlyAmount");
        BigDecimal ratio = ctx.detail(DL_RATIO, "monthlyAmount");
        Rounding rounding = ctx.detail(DL_ROUNDING, "monthlyAmount");
        Money amount = null;
        if (standard == null || ratio == null || rounding == null) {
            List<String> keys = new ArrayList<>(3);
            if (standard == null) {
                keys.add(EligibilityParameters.DIBAO_STANDARD.name());
            }
            if (ratio == null) {
                keys.add(DL_RATIO.name());
            }
            if (rounding == null) {
                keys.add(DL_ROUNDING.name());
            }
            ctx.record(AMOUNT_MISSING, Verdict.INFO, "keys", keys);
        } else {
            amount = amount(standard, ratio, rounding);
            ctx.record(
                    AMOUNT,
                    Verdict.INFO,
                    "amount",
                    amount,
                    "standard",
                    standard,
                    "ratio",
                    ratio,
                    "rounding",
                    rounding.toString());
        }
        return ctx.decide(new DisabilityLivingAllowanceResult(
                amount, standard, ratio, rounding == null ? null : rounding.toString(), false));
    }

    /**
     * The allowance: the ratio of the standard, rounded.
     *
     * @param standard the monthly dibao standard
     * @param ratio    the ratio (0.30 in Zhejiang)
     * @param rounding the rounding
     * @return the monthly allowance
     */
    public static Money amount(Money standard, BigDecimal ratio, Rounding rounding) {
        return standard.times(ratio, rounding);
    }

    /**
     * Records whether the person holds the certificate (shared with the care allowance).
     *
     * @param ctx        the decision
     * @param disability the disability, if any
     * @param rule       the program's certificate rule (MET, NOT_MET)
     * @return true if a certificate is held
     */
    static boolean certificate(RuleContext ctx, Optional<Disability> disability, Rule rule) {
        Optional<Disability> held = disability.filter(Disability::certificate);
        if (held.isEmpty()) {
            ctx.record(rule, Verdict.NOT_MET);
            return false;
        }
        ctx.record(
                rule,
                Verdict.MET,
                "disability",
                held.get().category(),
                "grade",
                held.get().grade());
        return true;
    }

    private static void household(RuleContext ctx, Optional<AssistanceStatus> assistance) {
        if (assistance.isEmpty()) {
            ctx.record(HOUSEHOLD, Verdict.NOT_MET, "householdStatus", List.of());
            return;
        }
        AssistanceStatus status = assistance.get();
        ParameterKey<Boolean> key;
        Citation basis;
        switch (status) {
            case DIBAO:
                ctx.record(HOUSEHOLD, Verdict.MET, "householdStatus", List.of(status));
                return;
            case LOW_INCOME_EDGE:
                key = DL_COVERS_EDGE;
                basis = LOW_INCOME_2023_4_5;
                break;
            case EXTREME_POVERTY:
                key = DL_COVERS_EXTREME_POVERTY;
                basis = DA_EXTENSION;
                break;
            default:
                key = DL_COVERS_RIGID;
                basis = REFORM_ITEM_13;
                break;
        }
        Boolean covered = ctx.param(key);
        Verdict v = covered == null ? Verdict.UNDETERMINED : covered ? Verdict.MET : Verdict.NOT_MET;
        ctx.recordCiting(HOUSEHOLD, v, basis, "householdStatus", List.of(status));
    }

    private static void childSupport(RuleContext ctx, ChildSupport support) {
        switch (support) {
            case NONE:
                return;
            case DE_FACTO_FULL:
                ctx.record(CHILD_SUPPORT, Verdict.NOT_MET, "childSupport", support);
                return;
            case DE_FACTO_TOP_UP:
                ctx.record(CHILD_SUPPORT, Verdict.NOT_APPLICABLE, "childSupport", support);
                return;
            default:
                Boolean excluded = ctx.param(DL_EXCLUDES_ORPHANS);
                Verdict v =
                        excluded == null ? Verdict.UNDETERMINED : excluded ? Verdict.NOT_MET : Verdict.NOT_APPLICABLE;
                ctx.recordCiting(CHILD_SUPPORT, v, DA_LIVING, "childSupport", support);
        }
    }
}
