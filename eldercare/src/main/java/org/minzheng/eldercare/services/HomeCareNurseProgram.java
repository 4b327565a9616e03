package org.minzheng.eldercare.services;

import static org.minzheng.eldercare.EldercareCitations.HUZHOU_HOME_CARE_NURSE;

import java.util.List;
import org.minzheng.core.decision.Decision;
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
 * is configured and not met still settles INELIGIBLE). Nothing changes for item 5. A criterion
 * compared with a configured value cites the pack row that set it (the Huzhou measure itself, once
 * an integrator adds it); a criterion whose value is missing cites the report's sentence that the
 * measure exists, the only source found.
 */
public final class HomeCareNurseProgram extends AbstractProgram<HomeCareNurseApplication, HomeCareNurseResult> {

    /** The program id. */
    public static final String ID = "home-care-nurse";
    /** Rule: training hours. */
    public static final String TRAINING = "home-care-nurse.training-hours";
    /** Rule: skill grade. */
    public static final String SKILL = "home-care-nurse.skill-grade";
    /** Rule: home-service hours. */
    public static final String SERVICE = "home-care-nurse.service-hours";

    /** Creates the program. */
    public HomeCareNurseProgram() {
        super(ID, new LocalizedText("专职居家养老护理员认定", "Recognition of full-time home carers"),
                List.of(HUZHOU_HOME_CARE_NURSE),
                List.of(EldercareParameters.NURSE_MIN_TRAINING_HOURS, EldercareParameters.NURSE_MIN_SKILL_GRADE,
                        EldercareParameters.NURSE_MIN_SERVICE_HOURS),
                HomeCareNurseApplication.class, HomeCareNurseResult.class, "org.minzheng.eldercare.messages");
    }

    @Override
    public Decision<HomeCareNurseResult> evaluate(HomeCareNurseApplication a, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        Integer training = ctx.param(EldercareParameters.NURSE_MIN_TRAINING_HOURS);
        if (training == null) {
            ctx.record(TRAINING, Verdict.UNDETERMINED, HUZHOU_HOME_CARE_NURSE, "hours", a.trainingHours());
        } else {
            ctx.record(TRAINING, a.trainingHours() >= training ? Verdict.MET : Verdict.NOT_MET,
                    EldercareCitations.valueOr(ctx, EldercareParameters.NURSE_MIN_TRAINING_HOURS, HUZHOU_HOME_CARE_NURSE),
                    "hours", a.trainingHours(), "minimum", training);
        }
        String gradeCode = ctx.param(EldercareParameters.NURSE_MIN_SKILL_GRADE);
        CareWorkerSkillGrade minGrade = gradeCode == null ? null
                : EldercareParameters.codeValue(CareWorkerSkillGrade.class, gradeCode, EldercareParameters.NURSE_MIN_SKILL_GRADE);
        List<CareWorkerSkillGrade> held = a.skillGrade() == null ? List.of() : List.of(a.skillGrade());
        if (minGrade == null) {
            ctx.record(SKILL, Verdict.UNDETERMINED, HUZHOU_HOME_CARE_NURSE, "grade", held);
        } else {
            boolean met = a.skillGrade() != null && a.skillGrade().meets(minGrade);
            ctx.record(SKILL, met ? Verdict.MET : Verdict.NOT_MET,
                    EldercareCitations.valueOr(ctx, EldercareParameters.NURSE_MIN_SKILL_GRADE, HUZHOU_HOME_CARE_NURSE), "grade", held,
                    "minimum", minGrade);
        }
        Integer service = ctx.param(EldercareParameters.NURSE_MIN_SERVICE_HOURS);
        if (service == null) {
            ctx.record(SERVICE, Verdict.UNDETERMINED, HUZHOU_HOME_CARE_NURSE, "hours", a.monthlyServiceHours());
        } else {
            ctx.record(SERVICE, a.monthlyServiceHours() >= service ? Verdict.MET : Verdict.NOT_MET,
                    EldercareCitations.valueOr(ctx, EldercareParameters.NURSE_MIN_SERVICE_HOURS, HUZHOU_HOME_CARE_NURSE),
                    "hours", a.monthlyServiceHours(), "minimum", service);
        }
        return ctx.decide(new HomeCareNurseResult(training, minGrade, service));
    }
}
