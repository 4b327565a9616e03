package org.minzheng.core.program;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.Instruments;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.CalendarParameters;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyCalendar;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.time.Deadline;
import org.minzheng.core.time.PeriodCount;

/**
 * Deadlines and event-dated values as a program reads them: the day count of
 * {@link PeriodCount} (民法典 第二百零一至二百零三条) over the holiday calendar of the decision's
 * policy book and region, with what it read recorded on the decision.
 *
 * <ul>
 *   <li>the calendar rows the count read ({@code calendar.days-off}, {@code calendar.working-days}
 *       of each year it looked at) are listed among the decision's parameter values, so that its
 *       fingerprint covers them;</li>
 *   <li>each year it looked at for which no notice is configured adds the warning
 *       {@code calendar.notice-not-configured} (fact {@code year}), once per decision; the deadline
 *       is still decided, extended over Saturdays and Sundays only.</li>
 * </ul>
 * Values read on another date than the decision's (see {@link #paramOn}) are recorded the same way.
 */
public final class Periods {

    /** The warning for a year the count looked at whose holiday notice is not configured. */
    public static final String NOTICE_NOT_CONFIGURED = "calendar.notice-not-configured";

    /**
     * The articles the day count implements: 民法典 第二百零一条 (the day of the event not counted),
     * 第二百零二条 (a period of months ends on the corresponding day, or the month's last day) and
     * 第二百零三条 (a last day on a 法定休假日 moves to the day after the rest days).
     */
    public static final List<Citation> COUNT_BASIS = List.of(
            Citation.of(Instruments.CIVIL_CODE, "第二百零一条"),
            Citation.of(Instruments.CIVIL_CODE, "第二百零二条"),
            Citation.of(Instruments.CIVIL_CODE, "第二百零三条"));

    /**
     * The sources of the reading of 法定休假日 that {@link org.minzheng.core.time.HolidayYear} implements:
     * 民通意见 第198条第二款 (a moved rest day counts where it was moved to) and 《国务院关于职工工作时间的规定》
     * 第七条 (Saturdays and Sundays are the weekly rest days). The policy book states the reading with them
     * (message {@code calendar.book.rest-days}).
     */
    public static final List<Citation> REST_DAY_READING =
            List.of(Citation.of(Instruments.GPCL_OPINIONS, "第198条第二款"), Citation.of(Instruments.WORKING_HOURS, "第七条"));

    private static final String RECORDER = "calendar";

    /**
     * What a day count reads and adds, declared like a program's rule (the count's own context
     * records no finding): the calendar rows of the years it looks at and the warning for a year
     * without a notice.
     */
    static final Rule CALENDAR = Rule.builder("calendar.count", COUNT_BASIS.get(2))
            .verdicts(Verdict.INFO)
            .reads(CalendarParameters.DAYS_OFF, CalendarParameters.WORKING_DAYS)
            .notes(NOTICE_NOT_CONFIGURED)
            .build();

    private static final List<Rule> CALENDAR_RULES = List.of(CALENDAR);

    private Periods() {}

    /**
     * Counts a period of days from an event (民法典 第二百零一、二百零三条).
     *
     * @param ctx   the decision, not null
     * @param event the day of the event, not null; not counted
     * @param days  the period in days, zero or more
     * @return the deadline, not null
     * @throws IllegalArgumentException if days is negative
     */
    public static Deadline days(RuleContext ctx, LocalDate event, int days) {
        PolicyCalendar calendar = calendar(ctx);
        return recorded(ctx, calendar, PeriodCount.days(event, days, calendar));
    }

    /**
     * Counts a period of months from an event (民法典 第二百零一至二百零三条).
     *
     * @param ctx    the decision, not null
     * @param event  the day of the event, not null; not counted
     * @param months the period in months, zero or more
     * @return the deadline, not null
     * @throws IllegalArgumentException if months is negative
     */
    public static Deadline months(RuleContext ctx, LocalDate event, int months) {
        PolicyCalendar calendar = calendar(ctx);
        return recorded(ctx, calendar, PeriodCount.months(event, months, calendar));
    }

    /**
     * Reads a parameter in force on another date than the decision's, at the decision's region,
     * recording it as {@link RuleContext#param} records a value (or a missing key): for rules that
     * follow the law in force on the day of an event, such as the signing of a trust.
     *
     * @param ctx  the decision, not null
     * @param key  the key, not null
     * @param date the date whose value applies, not null
     * @param <T>  the value type
     * @return the value, or null if none is configured on that date (then recorded as missing)
     */
    public static <T> T paramOn(RuleContext ctx, ParameterKey<T> key, LocalDate date) {
        return ctx.paramOn(key, date);
    }

    private static PolicyCalendar calendar(RuleContext ctx) {
        Objects.requireNonNull(ctx, "ctx");
        PolicySnapshot s = ctx.snapshot();
        return PolicyCalendar.of(s.book(), s.region());
    }

    /** Takes the calendar rows read and the years without a notice into the decision. */
    private static Deadline recorded(RuleContext ctx, PolicyCalendar calendar, Deadline deadline) {
        // a context of its own per count: absorbing it adds each value and each warning once per decision
        RuleContext read = RuleContext.start(RECORDER, CALENDAR_RULES, ctx.snapshot());
        for (ParameterValue<?> v : calendar.valuesRead()) {
            RuleContext at = RuleContext.start(
                    RECORDER,
                    CALENDAR_RULES,
                    ctx.snapshot().book().snapshot(ctx.snapshot().region(), v.since()));
            at.param(v.key());
            read.absorb(at.decide(Outcome.ELIGIBLE, null));
        }
        for (int year : deadline.yearsWithoutNotice()) {
            read.warn(NOTICE_NOT_CONFIGURED, "year", year);
        }
        ctx.absorb(read.decide(Outcome.ELIGIBLE, null));
        return deadline;
    }
}
