package org.minzheng.funeral.afterdeath;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.Periods;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;

/**
 * {@code after-death-tasks} — 身后一件事: the bundle of tasks a death triggers, each with its
 * department and its deadline where a source gives one.
 *
 * <p>The bundle is the personal after-death item of the 高效办成一件事 reform (国发〔2024〕3号; the
 * 2025 first-batch list, 国办函〔2025〕3号) and of Huzhou's local standard DB3305/T 113—2019
 * 《逝者身后事“最多跑一次”工作规范》 (department duties and workflow; its issue and effective
 * dates conflict between sources, see the pack). The tasks and their sources:
 * <ul>
 *   <li>hukou cancellation — 户口登记条例 Art. 8: in a city before the burial, in the countryside
 *       within one month ({@code after-death.hukou-cancellation.rural-due-months});</li>
 *   <li>dibao household review and stop, reduction or increase of the payment — within 3 months
 *       of the death (《关于进一步做好最低生活保障等社会救助兜底工作的通知》, 2022);</li>
 *   <li>extreme-poverty support ends on death (特困人员认定办法 Art. 24(1); Art. 25 "及时", no
 *       deadline) and the payment stops from the next month (Art. 26 para. 2 "从下月起终止救助供养").
 *       <em>Reading</em>: the text counts "the next month" from the county bureau's termination
 *       decision, which follows a 7-day public notice (Art. 26 para. 1); a decision date is not a
 *       fact of this program, so the national row
 *       {@code after-death.extreme-poverty-termination.payment-stop-offset-months} = 1 (graded
 *       DERIVED, not OFFICIAL) reads it as the month after the month of death — because death ends
 *       support of itself (Art. 24(1)) and Art. 25 asks for prompt handling, so the earliest
 *       decision falls in the month of death; because 救助供养 provides for a living person; and
 *       because the local after-death item sets seen (Hunan, Jining) stop it so. Where the notice or
 *       the decision runs into a later month the letter of Art. 26 stops payment later; whether the
 *       months paid after the death are recovered is NOT FOUND in the 办法 (left to the county);</li>
 *   <li>disability living allowance, severe-disability care allowance, old-age allowance stop;</li>
 *   <li>pension settlement (社会保险法 Arts. 14, 17), medical insurance settlement, provident-fund
 *       withdrawal (住房公积金管理条例 Art. 24), driving-licence cancellation.</li>
 * </ul>
 * Every deadline here is a period in months from the death, counted as 民法典 Arts. 201–203 count
 * it ({@link org.minzheng.core.time.PeriodCount}): the same day of the month {@code n} months
 * later, or that month's last day (Art. 202), moved past statutory rest days (Art. 203; a year
 * without a configured holiday notice is extended over weekends only, and the decision warns).
 * Deadlines no source gives are configuration ({@code after-death.<task>.due-months}). Regular
 * payments stop from the first day of the month {@code after-death.<task>.payment-stop-offset-months}
 * months after the month of death ("from the month after death" in the Hunan and Jining item sets;
 * NOT FOUND for Zhejiang except 特困 support, above). A finding cites the task's own text; the row
 * that set a value it used travels in its sources.
 *
 * <p><strong>What a missing value blocks</strong> (docs/writing-a-program.md): nothing. The facts
 * alone decide which tasks the death triggers (the outcome, ELIGIBLE); a deadline or a
 * payment-stop month only dates a task. A missing one leaves that task's {@code deadline} or
 * {@code paymentStopsFrom} absent, names the key in the task and in {@code missingParameters}, and
 * is recorded as an INFO finding saying it is not configured.
 */
public final class AfterDeathTasksProgram extends AbstractProgram<AfterDeathFacts, AfterDeathTasksResult> {

    /** The program id. */
    public static final String ID = "after-death-tasks";
    /** (Information) the tasks the death triggers: the personal after-death item of the 2025 list. */
    public static final Rule BUNDLE = Rule.builder("after-death-tasks.bundle", FuneralCitations.ONE_THING_AFTER_DEATH)
            .verdicts(Verdict.INFO)
            .alsoCites(FuneralCitations.EFFICIENT_SERVICE)
            .build();
    /** 户口登记条例 Art. 8: in the countryside, within {@code after-death.hukou-cancellation.rural-due-months} of the death. */
    public static final Rule HUKOU_RURAL = Rule.builder("after-death-tasks.hukou-rural", FuneralCitations.HUKOU_ART_8)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.HUKOU_RURAL_DUE_MONTHS)
            .notes(Periods.NOTICE_NOT_CONFIGURED)
            .build();
    /** 户口登记条例 Art. 8: in a city, before the burial, whose date is known. */
    public static final Rule HUKOU_URBAN = Rule.builder("after-death-tasks.hukou-urban", FuneralCitations.HUKOU_ART_8)
            .verdicts(Verdict.INFO)
            .build();
    /** 户口登记条例 Art. 8: in a city, before the burial, whose date is not yet set. */
    public static final Rule HUKOU_URBAN_UNSCHEDULED = Rule.builder(
                    "after-death-tasks.hukou-urban-unscheduled", FuneralCitations.HUKOU_ART_8)
            .verdicts(Verdict.INFO)
            .build();
    /**
     * A task's deadline, {@code after-death.<task>.due-months} after the death, counted as 民法典
     * Arts. 201–203 count it; cites the task's own text ({@link AfterDeathTask#citation()}).
     */
    public static final Rule DUE = Rule.builder("after-death-tasks.due", FuneralCitations.ONE_THING_AFTER_DEATH)
            .verdicts(Verdict.INFO)
            .reads(List.copyOf(FuneralParameters.AFTER_DEATH_DUE_MONTHS.values()))
            .notes(Periods.NOTICE_NOT_CONFIGURED)
            .alsoCites(FuneralCitations.EFFICIENT_SERVICE)
            .alsoCites(taskCitations())
            .build();
    /**
     * When a regular payment stops: the first day of the month
     * {@code after-death.<task>.payment-stop-offset-months} after the month of death; cites the
     * task's own text (特困: Art. 24(1), with the national row's reading of Art. 26 in its sources).
     */
    public static final Rule PAYMENT_STOP = Rule.builder(
                    "after-death-tasks.payment-stop", FuneralCitations.ONE_THING_AFTER_DEATH)
            .verdicts(Verdict.INFO)
            .reads(List.copyOf(FuneralParameters.AFTER_DEATH_STOP_OFFSET.values()))
            .alsoCites(FuneralCitations.EFFICIENT_SERVICE)
            .alsoCites(taskCitations())
            .build();
    /** (Information) the hukou deadline in the countryside is not configured: the task's deadline is blank. */
    public static final Rule HUKOU_RURAL_NOT_CONFIGURED = Rule.builder(
                    "after-death-tasks.hukou-rural-not-configured", FuneralCitations.HUKOU_ART_8)
            .verdicts(Verdict.INFO)
            .reads(FuneralParameters.HUKOU_RURAL_DUE_MONTHS)
            .build();
    /** (Information) a task's deadline is not configured (NOT FOUND): the task's deadline is blank. */
    public static final Rule DUE_NOT_CONFIGURED = Rule.builder(
                    "after-death-tasks.due-not-configured", FuneralCitations.ONE_THING_AFTER_DEATH)
            .verdicts(Verdict.INFO)
            .reads(List.copyOf(FuneralParameters.AFTER_DEATH_DUE_MONTHS.values()))
            .alsoCites(FuneralCitations.EFFICIENT_SERVICE)
            .alsoCites(taskCitations())
            .build();
    /** (Information) the month a regular payment stops is not configured: the task's date is blank. */
    public static final Rule PAYMENT_STOP_NOT_CONFIGURED = Rule.builder(
                    "after-death-tasks.payment-stop-not-configured", FuneralCitations.ONE_THING_AFTER_DEATH)
            .verdicts(Verdict.INFO)
            .reads(List.copyOf(FuneralParameters.AFTER_DEATH_STOP_OFFSET.values()))
            .alsoCites(FuneralCitations.EFFICIENT_SERVICE)
            .alsoCites(taskCitations())
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public AfterDeathTasksProgram() {
        super(
                ID,
                new LocalizedText("身后一件事", "After-death tasks (one-stop)"),
                AfterDeathFacts.class,
                AfterDeathTasksResult.class,
                "org.minzheng.funeral.messages",
                List.of(
                        BUNDLE,
                        HUKOU_RURAL,
                        HUKOU_URBAN,
                        HUKOU_URBAN_UNSCHEDULED,
                        DUE,
                        PAYMENT_STOP,
                        HUKOU_RURAL_NOT_CONFIGURED,
                        DUE_NOT_CONFIGURED,
                        PAYMENT_STOP_NOT_CONFIGURED));
    }

    /** The tasks' own texts other than the after-death item itself, each once, in task order. */
    private static Citation[] taskCitations() {
        Set<Citation> cited = new LinkedHashSet<>();
        for (AfterDeathTask t : AfterDeathTask.values()) {
            if (t != AfterDeathTask.HUKOU_CANCELLATION
                    && !t.citation().equals(FuneralCitations.ONE_THING_AFTER_DEATH)) {
                cited.add(t.citation());
            }
        }
        return cited.toArray(new Citation[0]);
    }

    @Override
    protected void checkFacts(AfterDeathFacts f, PolicySnapshot snapshot, List<Violation> violations) {
        Checks.notAfterDecisionDate("facts.dateOfDeath", f.dateOfDeath(), snapshot.date(), violations);
        Checks.notBefore(
                "facts.burialDate", f.burialDate().orElse(null), f.dateOfDeath(), "facts.dateOfDeath", violations);
    }

    @Override
    public Decision<AfterDeathTasksResult> evaluate(AfterDeathFacts f, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        List<AfterDeathTask> triggered = triggered(f);
        ctx.recordCiting(BUNDLE, Verdict.INFO, FuneralCitations.oneThingOn(snapshot.date()), "tasks", triggered);
        List<TaskItem> items = new ArrayList<>(triggered.size());
        for (AfterDeathTask t : triggered) {
            items.add(
                    t == AfterDeathTask.HUKOU_CANCELLATION
                            ? hukou(ctx, f)
                            : task(ctx, t, f.dateOfDeath(), snapshot.date()));
        }
        return ctx.decide(new AfterDeathTasksResult(items));
    }

    /** The tasks the facts trigger, in {@link AfterDeathTask} order; the hukou always. */
    static List<AfterDeathTask> triggered(AfterDeathFacts f) {
        EnumSet<AfterDeathTask> set = EnumSet.of(AfterDeathTask.HUKOU_CANCELLATION);
        for (Benefit b : f.benefits()) {
            set.add(AfterDeathTask.stopping(b));
        }
        if (f.basicPensionInsured()) {
            set.add(AfterDeathTask.PENSION_SETTLEMENT);
        }
        if (f.medicallyInsured()) {
            set.add(AfterDeathTask.MEDICAL_INSURANCE_SETTLEMENT);
        }
        if (f.providentFundAccount()) {
            set.add(AfterDeathTask.PROVIDENT_FUND_WITHDRAWAL);
        }
        if (f.drivingLicence()) {
            set.add(AfterDeathTask.DRIVING_LICENCE_CANCELLATION);
        }
        return List.copyOf(set);
    }

    /** 户口登记条例 Art. 8: in a city before the burial; in the countryside within one month. */
    private static TaskItem hukou(RuleContext ctx, AfterDeathFacts f) {
        AfterDeathTask t = AfterDeathTask.HUKOU_CANCELLATION;
        if (f.settlement() == Settlement.URBAN) {
            LocalDate burial = f.burialDate().orElse(null);
            if (burial == null) {
                ctx.record(HUKOU_URBAN_UNSCHEDULED, Verdict.INFO);
            } else {
                ctx.record(HUKOU_URBAN, Verdict.INFO, "burialDate", burial);
            }
            return new TaskItem(t, t.department(), DueRule.BEFORE_BURIAL, burial, null, null, List.of());
        }
        Integer months = ctx.detail(FuneralParameters.HUKOU_RURAL_DUE_MONTHS, "deadline");
        if (months == null) {
            ctx.record(
                    HUKOU_RURAL_NOT_CONFIGURED, Verdict.INFO, "key", FuneralParameters.HUKOU_RURAL_DUE_MONTHS.name());
            return new TaskItem(
                    t,
                    t.department(),
                    DueRule.NOT_CONFIGURED,
                    null,
                    null,
                    null,
                    List.of(FuneralParameters.HUKOU_RURAL_DUE_MONTHS.name()));
        }
        LocalDate deadline = Periods.months(ctx, f.dateOfDeath(), months).lastDay();
        ctx.record(HUKOU_RURAL, Verdict.INFO, "months", months, "deadline", deadline);
        return new TaskItem(t, t.department(), DueRule.WITHIN_MONTHS_OF_DEATH, deadline, months, null, List.of());
    }

    /** A task's deadline from {@code after-death.<task>.due-months}, and the payment stop where it stops one. */
    private static TaskItem task(RuleContext ctx, AfterDeathTask t, LocalDate death, LocalDate decided) {
        Citation cited = t.citationOn(decided);
        ParameterKey<Integer> dueKey = FuneralParameters.AFTER_DEATH_DUE_MONTHS.get(t);
        Integer months = ctx.detail(dueKey, "deadline");
        List<String> missing = new ArrayList<>(2);
        LocalDate deadline = null;
        if (months == null) {
            ctx.recordCiting(
                    DUE_NOT_CONFIGURED,
                    Verdict.INFO,
                    cited,
                    "task",
                    t,
                    "department",
                    t.department(),
                    "key",
                    dueKey.name());
            missing.add(dueKey.name());
        } else {
            deadline = Periods.months(ctx, death, months).lastDay();
            ctx.recordCiting(
                    DUE,
                    Verdict.INFO,
                    cited,
                    "task",
                    t,
                    "department",
                    t.department(),
                    "months",
                    months,
                    "deadline",
                    deadline);
        }
        LocalDate stopsFrom = null;
        if (t.benefit() != null) {
            ParameterKey<Integer> stopKey = FuneralParameters.AFTER_DEATH_STOP_OFFSET.get(t);
            Integer offset = ctx.detail(stopKey, "paymentStopsFrom");
            if (offset == null) {
                ctx.recordCiting(PAYMENT_STOP_NOT_CONFIGURED, Verdict.INFO, cited, "task", t, "key", stopKey.name());
                missing.add(stopKey.name());
            } else {
                stopsFrom = YearMonth.from(death).plusMonths(offset).atDay(1);
                ctx.recordCiting(
                        PAYMENT_STOP, Verdict.INFO, cited, "task", t, "offset", offset, "stopsFrom", stopsFrom);
            }
        }
        return new TaskItem(
                t,
                t.department(),
                months == null ? DueRule.NOT_CONFIGURED : DueRule.WITHIN_MONTHS_OF_DEATH,
                deadline,
                months,
                stopsFrom,
                missing);
    }
}
