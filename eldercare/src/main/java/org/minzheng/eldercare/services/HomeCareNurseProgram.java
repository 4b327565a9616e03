package org.minzheng.eldercare.services;

import java.util.List;
import java.util.Optional;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.eldercare.EldercareCitations;
import org.minzheng.eldercare.EldercareParameters;

/**
 * {@code home-care-nurse} — recognising a full-time home carer (专职居家养老护理员认定). Huzhou was
 * the first in Zhejiang to issue a recognition measure (2024 report), but its criteria were not
 * found (REFERENCE.md §6.3). The criteria are data: least training hours
 * ({@code home-care-nurse.min-training-hours}), least vocational skill grade
 * ({@code home-care-nurse.min-skill-grade}) and least home-service hours a month
 * ({@code home-care-nurse.min-service-hours-per-month}). All three are absent from the official
 * pack, so every decision is UNDETERMINED and names all three keys (each criterion is read, so that
 * an integrator sees every missing key at once).
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): all three — each is
 * a threshold of recognition, so a missing one leaves its criterion UNDETERMINED (a criterion that
 * is configured and not met still settles INELIGIBLE). Nothing changes for item 5. Every criterion
 * cites 老年人权益保障法 Art. 37 para. 1 (local governments develop home services for older people,
 * supporting professional providers), the national basis the Huzhou measure implements; the Huzhou
 * measure itself is NOT FOUND and the 2024 work report that says it exists is a report, cited by no
 * rule; a criterion compared
 * with a configured value carries the pack row that set it (the Huzhou measure itself, once an
 * integrator adds it) in its sources.
 */
public final class HomeCareNurseProgram extends AbstractProgram<HomeCareNurseApplication, HomeCareNurseResult> {

    /** The program id. */
    public static final String ID = "home-care-nurse";

    /** 老年人权益保障法 Art. 37 para. 1: the national basis of home services the Huzhou measure implements. */
    private static final Citation BASIS = EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES;

    /** The least training hours. */
    public static final Rule TRAINING = Rule.builder("home-care-nurse.training-hours", BASIS)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES_TEXT)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EldercareParameters.NURSE_MIN_TRAINING_HOURS)
            .build();
    /** The least vocational skill grade. */
    public static final Rule SKILL = Rule.builder("home-care-nurse.skill-grade", BASIS)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES_TEXT)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EldercareParameters.NURSE_MIN_SKILL_GRADE)
            .build();
    /** The least home-service hours a month. */
    public static final Rule SERVICE = Rule.builder("home-care-nurse.service-hours", BASIS)
            .quote(EldercareCitations.ELDERLY_LAW_ART_37_HOME_SERVICES_TEXT)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.UNDETERMINED)
            .reads(EldercareParameters.NURSE_MIN_SERVICE_HOURS)
            .build();

    /** Creates the program. */
    public HomeCareNurseProgram() {
        super(
                ID,
                new LocalizedText("专职居家养老护理员认定", "Recognition of full-time home carers"),
                HomeCareNurseApplication.class,
                HomeCareNurseResult.class,
                "org.minzheng.eldercare.messages",
                List.of(TRAINING, SKILL, SERVICE));
    }

    @Override
    public Decision<HomeCareNurseResult> evaluate(HomeCareNurseApplication a, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        Integer training = ctx.param(EldercareParameters.NURSE_MIN_TRAINING_HOURS);
        atLeast(ctx, TRAINING, a.trainingHours(), training);
        CareWorkerSkillGrade minGrade = ctx.param(EldercareParameters.NURSE_MIN_SKILL_GRADE);
        skillGrade(ctx, a.skillGrade(), minGrade);
        Integer service = ctx.param(EldercareParameters.NURSE_MIN_SERVICE_HOURS);
        atLeast(ctx, SERVICE, a.monthlyServiceHours(), service);
        return ctx.decide(new HomeCareNurseResult(training, minGrade, service));
    }

    /** A count of hours against its configured least value (not configured: UNDETERMINED). */
    private static void atLeast(RuleContext ctx, Rule rule, int hours, Integer minimum) {
        if (minimum == null) {
            ctx.record(rule, Verdict.UNDETERMINED, "hours", hours);
        } else {
            ctx.record(rule, hours >= minimum ? Verdict.MET : Verdict.NOT_MET, "hours", hours, "minimum", minimum);
        }
    }

    /** The grade held, if any, against the configured least grade (not configured: UNDETERMINED). */
    private static void skillGrade(
            RuleContext ctx, Optional<CareWorkerSkillGrade> grade, CareWorkerSkillGrade minimum) {
        List<CareWorkerSkillGrade> held = grade.map(List::of).orElse(List.of());
        if (minimum == null) {
            ctx.record(SKILL, Verdict.UNDETERMINED, "grade", held);
        } else {
            boolean met = grade.map(g -> g.meets(minimum)).orElse(false);
            ctx.record(SKILL, met ? Verdict.MET : Verdict.NOT_MET, "grade", held, "minimum", minimum);
        }
    }
}
