package org.minzheng.eldercare.services;

import static org.minzheng.eldercare.EldercareCitations.HOME_ADAPTATION_TARGET;

import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.validation.Violation;
import org.minzheng.eldercare.EldercareParameters;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.OlderPerson;
import org.minzheng.eldercare.person.PersonChecks;

/**
 * {@code home-adaptation} — 适老化改造 for older people's households in special difficulty,
 * national target group of 《国务院办公厅关于推进养老服务发展的意见》 (国办发〔2019〕5号) as
 * REFERENCE.md §6.3 gives it: an older person (老年人权益保障法 Art. 2)
 * <ol>
 *   <li>in extreme poverty supported at home (分散供养特困人员) or in the registered-poor file
 *       (建档立卡贫困人口), and</li>
 *   <li>very old (高龄), disabled (残疾) or functionally impaired (失能: GB/T 42195-2022 level 1 or
 *       worse, the levels the standard names 失能).</li>
 * </ol>
 * The very-old age ({@code home-adaptation.very-old-age}) and the subsidy
 * ({@code home-adaptation.subsidy-per-household}) were not found for Zhejiang or Huzhou: both are
 * absent from the official pack. The age is read only for a person neither disabled nor impaired.
 *
 * <p><strong>Local extensions.</strong> The national text names the group a locality must at least
 * serve; a local scheme may be wider (Huzhou's 2024 report counts 4133 "以旧换新" adaptations, whose
 * criteria were not found). So an older person outside the national group is not INELIGIBLE by
 * that alone: the switch {@code home-adaptation.covers-outside-national-target-group} says whether
 * the locality's scheme covers such households (true: MET; false: NOT_MET, INELIGIBLE), and when it
 * is not configured the decision is UNDETERMINED naming it, as the disability allowances' and
 * temporary assistance's extension switches do. The switch is read only for a household known to
 * be outside the group; a household whose frailty cannot be settled (very-old age missing) is
 * UNDETERMINED on that key.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): the very-old age and
 * the extension switch decide who qualifies, so they block. The subsidy only measures the grant:
 * a missing one leaves {@code subsidyPerHousehold} absent, named, with an INFO finding. Every rule
 * cites 国办发〔2019〕5号's target group; the pack row that set a value a finding used travels in
 * the finding's sources.
 */
public final class HomeAdaptationProgram extends AbstractProgram<OlderPerson, HomeAdaptationResult> {

    /** The program id. */
    public static final String ID = "home-adaptation";

    /** 分散供养特困人员 or 建档立卡贫困人口. */
    public static final Rule ECONOMIC = Rule.builder("home-adaptation.economic-situation", HOME_ADAPTATION_TARGET)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE)
            .build();
    /** 高龄、失能、残疾: very old, functionally impaired or disabled. */
    public static final Rule FRAILTY = Rule.builder("home-adaptation.frailty", HOME_ADAPTATION_TARGET)
            .verdicts(Verdict.MET, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(EldercareParameters.ADAPTATION_VERY_OLD_AGE)
            .build();
    /** A household outside the national target group is covered by the local scheme. */
    public static final Rule LOCAL_EXTENSION = Rule.builder("home-adaptation.local-extension", HOME_ADAPTATION_TARGET)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EldercareParameters.ADAPTATION_COVERS_OUTSIDE_TARGET)
            .build();
    /** The subsidy per household. */
    public static final Rule SUBSIDY = Rule.builder("home-adaptation.subsidy", HOME_ADAPTATION_TARGET)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.ADAPTATION_SUBSIDY)
            .build();
    /** (Information) the subsidy per household is not configured. */
    public static final Rule SUBSIDY_NOT_CONFIGURED = Rule.builder(
                    "home-adaptation.subsidy-not-configured", HOME_ADAPTATION_TARGET)
            .verdicts(Verdict.INFO)
            .reads(EldercareParameters.ADAPTATION_SUBSIDY)
            .build();

    /** Creates the program. */
    public HomeAdaptationProgram() {
        super(
                ID,
                new LocalizedText("特殊困难老年人家庭适老化改造", "Home adaptation for older people in special difficulty"),
                OlderPerson.class,
                HomeAdaptationResult.class,
                "org.minzheng.eldercare.messages",
                List.of(
                        ServiceRules.OLDER_PERSON,
                        ECONOMIC,
                        FRAILTY,
                        LOCAL_EXTENSION,
                        SUBSIDY,
                        SUBSIDY_NOT_CONFIGURED));
    }

    @Override
    protected void checkFacts(OlderPerson facts, PolicySnapshot snapshot, List<Violation> violations) {
        PersonChecks.check(facts, snapshot.date(), "facts", violations);
    }

    @Override
    public Decision<HomeAdaptationResult> evaluate(OlderPerson p, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        int age = p.ageOn(snapshot.date());
        if (!ServiceRules.olderPerson(ctx, p, snapshot.date())) {
            return ctx.decide(new HomeAdaptationResult(age, false, List.of(), null));
        }
        List<FrailtyBasis> frailty = new ArrayList<>(2);
        Boolean inGroup = economicSituation(ctx, p) ? frailty(ctx, p, age, frailty) : Boolean.FALSE;
        if (Boolean.FALSE.equals(inGroup)) {
            localExtension(ctx);
        }
        Money subsidy = null;
        if (ctx.outcome() == Outcome.ELIGIBLE) {
            subsidy = ctx.detail(EldercareParameters.ADAPTATION_SUBSIDY, "subsidyPerHousehold");
            if (subsidy == null) {
                ctx.record(SUBSIDY_NOT_CONFIGURED, Verdict.INFO, "key", EldercareParameters.ADAPTATION_SUBSIDY.name());
            } else {
                ctx.record(SUBSIDY, Verdict.INFO, "subsidy", subsidy);
            }
        }
        return ctx.decide(new HomeAdaptationResult(age, inGroup, frailty, subsidy));
    }

    /** 分散供养特困人员 or 建档立卡贫困人口: MET, or NOT_APPLICABLE (outside the national group on this ground). */
    private static boolean economicSituation(RuleContext ctx, OlderPerson p) {
        boolean dispersed = p.receives(AssistanceStatus.EXTREME_POVERTY) && p.dispersedSupport();
        boolean met = dispersed || p.registeredPoor();
        ctx.record(
                ECONOMIC,
                met ? Verdict.MET : Verdict.NOT_APPLICABLE,
                "extremePovertyDispersed",
                dispersed,
                "registeredPoor",
                p.registeredPoor());
        return met;
    }

    /**
     * 高龄、失能、残疾: the age threshold is read only when neither of the others holds.
     *
     * @return true if frail (in the national group), false if not, null if the very-old age is not configured
     */
    private static Boolean frailty(RuleContext ctx, OlderPerson p, int age, List<FrailtyBasis> basis) {
        if (p.disabled()) {
            basis.add(FrailtyBasis.DISABLED);
        }
        if (ServiceRules.levelAtLeast(p, AbilityLevel.MILD)) {
            basis.add(FrailtyBasis.FUNCTIONALLY_IMPAIRED);
        }
        if (!basis.isEmpty()) {
            ctx.record(FRAILTY, Verdict.MET, "basis", List.copyOf(basis), "age", age);
            return true;
        }
        Integer veryOld = ctx.param(EldercareParameters.ADAPTATION_VERY_OLD_AGE);
        if (veryOld == null) {
            ctx.record(FRAILTY, Verdict.UNDETERMINED, "age", age);
            return null;
        }
        if (age >= veryOld) {
            basis.add(FrailtyBasis.VERY_OLD);
            ctx.record(FRAILTY, Verdict.MET, "basis", List.copyOf(basis), "age", age);
            return true;
        }
        ctx.record(FRAILTY, Verdict.NOT_APPLICABLE, "age", age, "veryOldAge", veryOld);
        return false;
    }

    /** Outside the national group: the locality's scheme decides (not configured: UNDETERMINED). */
    private static void localExtension(RuleContext ctx) {
        Boolean covered = ctx.param(EldercareParameters.ADAPTATION_COVERS_OUTSIDE_TARGET);
        if (covered == null) {
            ctx.record(
                    LOCAL_EXTENSION,
                    Verdict.UNDETERMINED,
                    "key",
                    EldercareParameters.ADAPTATION_COVERS_OUTSIDE_TARGET.name());
        } else {
            ctx.record(
                    LOCAL_EXTENSION,
                    covered ? Verdict.MET : Verdict.NOT_MET,
                    "key",
                    EldercareParameters.ADAPTATION_COVERS_OUTSIDE_TARGET.name());
        }
    }
}
