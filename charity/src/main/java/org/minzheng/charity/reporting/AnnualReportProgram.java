package org.minzheng.charity.reporting;

import static org.minzheng.charity.CharityCitations.LAW_ART_49_2;
import static org.minzheng.charity.CharityCitations.TRUST_LAW_CLEARING;
import static org.minzheng.charity.CharityCitations.TRUST_LAW_TERMINATION;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.Periods;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;

/**
 * {@code charity-trust-annual-report} — 慈善信托年度报告与终止报告审查 (reporting duties of a filed
 * charitable trust, checked as of the policy date).
 *
 * <p>Legal basis and confidence:
 * <ul>
 *   <li>{@code charity-trust-annual-report.annual-report} — 慈善法 Art. 49 para 2 (2016: Art. 48 para 2): the trustee reports trust
 *       affairs and finances to the filing department at least once a year
 *       ({@code charity-trust.annual-report.min-per-year} = 1) and publishes them. Confidence HIGH.
 *       "Each year" is read as each calendar year, counted by the day a report reached the
 *       department. One finding per year from the filing year to the check year: a report in the
 *       year → MET; the current year without one → INFO (due by 31 December); an ended year without
 *       one → NOT_MET (overdue). The filing year when the trust was filed after 1 January, and the
 *       year of termination, are partial; without a report they are NOT_APPLICABLE (not assessed):
 *       the text does not say whether a report is due for a part-year, and the termination and
 *       clearing reports cover the last one;</li>
 *   <li>{@code charity-trust-annual-report.disclosure} — the same sentence: each report is published. A published report →
 *       MET. No source gives a publication deadline (only a 2025 draft, for departments), so an
 *       unpublished report reads {@code charity-trust.annual-report.publication-days}, absent from the
 *       official pack → UNDETERMINED naming the key;</li>
 *   <li>{@code charity-trust-annual-report.termination-report} — the cause and date of termination are reported within
 *       {@code charity-trust.termination.report-days} (15) days of the terminating event: the Trust
 *       Law rule for public-interest trusts, applied through 慈善法 Arts. 44 and 51, known from one
 *       secondary source. Confidence MEDIUM, carried in the finding and the result;</li>
 *   <li>{@code charity-trust-annual-report.clearing-report} — the clearing report is submitted (same source, MEDIUM). No deadline is
 *       in the sources: a missing clearing report reads
 *       {@code charity-trust.termination.clearing-report-days}, absent from the official pack →
 *       UNDETERMINED naming the key;</li>
 *   <li>{@code charity-trust-annual-report.clearing-report-approval} — a submitted clearing report is approved by the supervisor where
 *       there is one (NOT_MET otherwise) and published; approved but not yet published →
 *       NEEDS_REVIEW (no publication deadline in the sources).</li>
 * </ul>
 * Deadlines are periods counted as 民法典 Arts. 201–203 count them
 * ({@link org.minzheng.core.time.PeriodCount}): the event day not counted, a last day on a
 * statutory rest day moved past the rest days, a year without a configured holiday notice extended
 * over weekends only, with a warning.
 *
 * <p><b>Which text applies: the one in force on the day of the event.</b> The yearly duty of a
 * calendar year is judged under the law (and the least number of reports) in force on the last day
 * of that year, or on the check date for the current year; publication under the law in force on
 * the day the report was submitted; the termination and clearing deadlines as in force on the day
 * of the terminating event. Not the decision date: a law governs the acts done while it is in force
 * (the texts do not say it in so many words). {@code min} in the result is the value for the check
 * year.
 *
 * <p>What a missing value blocks (docs/writing-a-program.md): every value read (reports a year, the publication, termination-report and clearing-report periods) is a deadline or count the trustee is checked against, so each blocks; nothing only blanks a detail.
 */
public final class AnnualReportProgram extends AbstractProgram<TrustReporting, ReportingResult> {

    /** The program id. */
    public static final String ID = "charity-trust-annual-report";

    private static final String COUNTERFACTUAL_OVERDUE = "charity-trust-annual-report.counterfactual.overdue";
    private static final String COUNTERFACTUAL_TERMINATION_LATE =
            "charity-trust-annual-report.counterfactual.termination-late";
    private static final String WARNING_TERMINATION_CONFIDENCE =
            "charity-trust-annual-report.warning.termination-confidence";
    private static final String ART_49_2 = "慈善信托的受托人应当每年至少一次将信托事务处理情况及财务状况向办理其备案的民政部门报告，并向社会公开。";

    /** At least {@code min-per-year} reports in each calendar year (Art. 49 para 2). */
    public static final Rule ANNUAL = LAW_ART_49_2
            .rule("charity-trust-annual-report.annual-report")
            .quote(ART_49_2)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(CharityParameters.ANNUAL_REPORTS_PER_YEAR)
            .notes(COUNTERFACTUAL_OVERDUE)
            .build();
    /** Each report is published (Art. 49 para 2); no publication deadline in the sources. */
    public static final Rule DISCLOSURE = LAW_ART_49_2
            .rule("charity-trust-annual-report.disclosure")
            .quote(ART_49_2)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.INFO, Verdict.UNDETERMINED)
            .reads(CharityParameters.REPORT_PUBLICATION_DAYS)
            .build();
    /**
     * The termination reported in time: the Trust Law rule for public-interest trusts, applied
     * through 慈善法 Arts. 44 and 51 (known from a secondary source: no quote).
     */
    public static final Rule TERMINATION = Rule.builder(
                    "charity-trust-annual-report.termination-report", TRUST_LAW_TERMINATION)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.INFO, Verdict.UNDETERMINED)
            .reads(CharityParameters.TERMINATION_REPORT_DAYS)
            .notes(COUNTERFACTUAL_TERMINATION_LATE, WARNING_TERMINATION_CONFIDENCE)
            .build();
    /** The clearing report submitted (Trust Law via Art. 51; no deadline in the sources). */
    public static final Rule CLEARING = Rule.builder("charity-trust-annual-report.clearing-report", TRUST_LAW_CLEARING)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.INFO, Verdict.UNDETERMINED)
            .reads(CharityParameters.CLEARING_REPORT_DAYS)
            .build();
    /** The clearing report approved by the supervisor, where there is one, and published. */
    public static final Rule CLEARING_APPROVAL = Rule.builder(
                    "charity-trust-annual-report.clearing-report-approval", TRUST_LAW_CLEARING)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.NEEDS_REVIEW)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public AnnualReportProgram() {
        super(
                ID,
                new LocalizedText("慈善信托年度报告与终止报告审查", "Charitable trust annual and termination reports"),
                TrustReporting.class,
                ReportingResult.class,
                "org.minzheng.charity.messages",
                List.of(ANNUAL, DISCLOSURE, TERMINATION, CLEARING, CLEARING_APPROVAL));
    }

    @Override
    protected void checkFacts(TrustReporting r, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate date = snapshot.date();
        CharitableTrust t = r.trust();
        TrustChecks.check(t, date, "facts.trust", violations);
        if (t.filedOn().isEmpty()) {
            violations.add(TrustChecks.required("facts.trust.filedOn"));
        }
        LocalDate filed = t.filedOn().orElse(null);
        for (int i = 0; i < r.reports().size(); i++) {
            AnnualReport a = r.reports().get(i);
            String p = "facts.reports[" + i + "]";
            Checks.notAfterDecisionDate(p + ".submittedOn", a.submittedOn(), date, violations);
            Checks.notBefore(p + ".submittedOn", a.submittedOn(), filed, "facts.trust.filedOn", violations);
            checkPublication(a.submittedOn(), a.publishedOn(), date, p, violations);
        }
        if (r.termination().isPresent()) {
            Termination term = r.termination().get();
            Checks.notAfterDecisionDate("facts.termination.terminatedOn", term.terminatedOn(), date, violations);
            Checks.notBefore(
                    "facts.termination.terminatedOn",
                    term.terminatedOn(),
                    t.signingDate(),
                    "facts.trust.signingDate",
                    violations);
            if (term.reportedOn().isPresent()) {
                checkAfterEvent(
                        term.reportedOn().get(), term.terminatedOn(), date, "facts.termination.reportedOn", violations);
            }
            if (term.clearingReport().isPresent()) {
                ClearingReport c = term.clearingReport().get();
                checkAfterEvent(
                        c.submittedOn(),
                        term.terminatedOn(),
                        date,
                        "facts.termination.clearingReport.submittedOn",
                        violations);
                checkPublication(
                        c.submittedOn(), c.publishedOn(), date, "facts.termination.clearingReport", violations);
            }
        }
    }

    private static void checkAfterEvent(
            LocalDate d, LocalDate event, LocalDate date, String path, List<Violation> out) {
        Checks.notBefore(path, d, event, "facts.termination.terminatedOn", out);
        Checks.notAfterDecisionDate(path, d, date, out);
    }

    private static void checkPublication(
            LocalDate submitted, Optional<LocalDate> published, LocalDate date, String p, List<Violation> out) {
        Checks.notBefore(p + ".publishedOn", published.orElse(null), submitted, p + ".submittedOn", out);
        Checks.notAfterDecisionDate(p + ".publishedOn", published.orElse(null), date, out);
    }

    @Override
    public Decision<ReportingResult> evaluate(TrustReporting r, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        LocalDate date = snapshot.date();
        LocalDate filed = r.trust().filedOn().orElseThrow();
        Optional<Termination> term = r.termination();
        Integer min = null;
        List<YearStatus> years = new ArrayList<>();
        List<Integer> overdue = new ArrayList<>();
        LocalDate nextDue = null;
        int lastYear = term.map(x -> Math.min(x.terminatedOn().getYear(), date.getYear()))
                .orElse(date.getYear());
        for (int y = filed.getYear(); y <= lastYear; y++) {
            LocalDate yearEnd = LocalDate.of(y, 12, 31);
            LocalDate law = yearEnd.isAfter(date) ? date : yearEnd;
            min = Periods.paramOn(ctx, CharityParameters.ANNUAL_REPORTS_PER_YEAR, law);
            if (min == null) {
                ctx.recordCiting(ANNUAL, Verdict.UNDETERMINED, LAW_ART_49_2.on(law), "year", y, "filedOn", filed);
                years.add(new YearStatus(y, reportsIn(r, y), DutyStatus.UNDETERMINED));
                continue;
            }
            YearStatus ys = year(ctx, r, y, min, filed, term, date, law);
            years.add(ys);
            if (ys.status() == DutyStatus.OVERDUE) {
                overdue.add(y);
            } else if (ys.status() == DutyStatus.DUE) {
                nextDue = yearEnd;
            }
        }
        if (!overdue.isEmpty()) {
            ctx.counterfactual(COUNTERFACTUAL_OVERDUE, "years", overdue);
        }
        int unpublished = 0;
        for (AnnualReport a : r.reports()) {
            if (a.publishedOn().isEmpty()) {
                unpublished++;
            }
            disclosure(ctx, a, date);
        }
        LocalDate terminationDue = null;
        DutyStatus terminationStatus = null;
        DutyStatus clearingStatus = null;
        if (term.isPresent()) {
            LocalDate terminated = term.get().terminatedOn();
            Integer days = Periods.paramOn(ctx, CharityParameters.TERMINATION_REPORT_DAYS, terminated);
            terminationDue =
                    days == null ? null : Periods.days(ctx, terminated, days).lastDay();
            terminationStatus = terminationReport(ctx, term.get(), days, terminationDue, date);
            clearingStatus =
                    clearingReport(ctx, term.get(), r.trust().supervisor().isPresent(), date);
            ctx.warn(WARNING_TERMINATION_CONFIDENCE, "confidence", Confidence.MEDIUM);
        }
        return ctx.decide(new ReportingResult(
                date,
                min,
                years,
                overdue,
                nextDue,
                unpublished,
                terminationDue,
                terminationStatus,
                clearingStatus,
                term.isPresent() ? Confidence.MEDIUM : null));
    }

    /** Art. 49 para 2: at least {@code min} reports in calendar year {@code y}. */
    private static YearStatus year(
            RuleContext ctx,
            TrustReporting r,
            int y,
            int min,
            LocalDate filed,
            Optional<Termination> term,
            LocalDate date,
            LocalDate law) {
        int count = reportsIn(r, y);
        boolean partialFirst = y == filed.getYear() && !(filed.getMonthValue() == 1 && filed.getDayOfMonth() == 1);
        boolean lastOfTerminated =
                term.isPresent() && y == term.get().terminatedOn().getYear();
        DutyStatus status;
        Verdict v;
        if (count >= min) {
            status = DutyStatus.DONE;
            v = Verdict.MET;
        } else if (partialFirst || lastOfTerminated) {
            status = DutyStatus.NOT_ASSESSED;
            v = Verdict.NOT_APPLICABLE;
        } else if (y == date.getYear()) {
            status = DutyStatus.DUE;
            v = Verdict.INFO;
        } else {
            status = DutyStatus.OVERDUE;
            v = Verdict.NOT_MET;
        }
        ctx.recordCiting(
                ANNUAL,
                v,
                LAW_ART_49_2.on(law),
                "year",
                y,
                "reports",
                count,
                "min",
                min,
                "partialYear",
                partialFirst || lastOfTerminated);
        return new YearStatus(y, count, status);
    }

    /** @return the reports that reached the department in calendar year {@code y} */
    private static int reportsIn(TrustReporting r, int y) {
        int count = 0;
        for (AnnualReport a : r.reports()) {
            if (a.submittedOn().getYear() == y) {
                count++;
            }
        }
        return count;
    }

    /** Art. 49 para 2: each report is published; no deadline in the sources. */
    private static void disclosure(RuleContext ctx, AnnualReport a, LocalDate date) {
        LocalDate law = a.submittedOn();
        if (a.publishedOn().isPresent()) {
            ctx.recordCiting(
                    DISCLOSURE,
                    Verdict.MET,
                    LAW_ART_49_2.on(law),
                    "submittedOn",
                    a.submittedOn(),
                    "publishedOn",
                    a.publishedOn().get());
            return;
        }
        Integer days = Periods.paramOn(ctx, CharityParameters.REPORT_PUBLICATION_DAYS, law);
        if (days == null) {
            ctx.recordCiting(DISCLOSURE, Verdict.UNDETERMINED, LAW_ART_49_2.on(law), "submittedOn", a.submittedOn());
            return;
        }
        LocalDate lastDay = Periods.days(ctx, a.submittedOn(), days).lastDay();
        ctx.recordCiting(
                DISCLOSURE,
                date.isAfter(lastDay) ? Verdict.NOT_MET : Verdict.INFO,
                LAW_ART_49_2.on(law),
                "submittedOn",
                a.submittedOn(),
                "lastDay",
                lastDay,
                "days",
                days);
    }

    /** Trust Law via 慈善法 Art. 51: the termination reported within 15 days. */
    private static DutyStatus terminationReport(
            RuleContext ctx, Termination term, Integer days, LocalDate lastDay, LocalDate date) {
        if (days == null) {
            ctx.record(TERMINATION, Verdict.UNDETERMINED, "terminatedOn", term.terminatedOn());
            return DutyStatus.UNDETERMINED;
        }
        if (term.reportedOn().isPresent()) {
            boolean inTime = !term.reportedOn().get().isAfter(lastDay);
            ctx.record(
                    TERMINATION,
                    inTime ? Verdict.MET : Verdict.NOT_MET,
                    "terminatedOn",
                    term.terminatedOn(),
                    "reportedOn",
                    term.reportedOn().get(),
                    "lastDay",
                    lastDay,
                    "days",
                    days,
                    "confidence",
                    Confidence.MEDIUM);
            if (!inTime) {
                ctx.counterfactual(
                        COUNTERFACTUAL_TERMINATION_LATE,
                        "daysLate",
                        ChronoUnit.DAYS.between(lastDay, term.reportedOn().get()),
                        "lastDay",
                        lastDay);
            }
            return inTime ? DutyStatus.DONE : DutyStatus.DONE_LATE;
        }
        boolean overdue = date.isAfter(lastDay);
        ctx.record(
                TERMINATION,
                overdue ? Verdict.NOT_MET : Verdict.INFO,
                "terminatedOn",
                term.terminatedOn(),
                "lastDay",
                lastDay,
                "days",
                days,
                "confidence",
                Confidence.MEDIUM);
        return overdue ? DutyStatus.OVERDUE : DutyStatus.DUE;
    }

    /** Trust Law via 慈善法 Art. 51: the clearing report, approved by the supervisor, reported and published. */
    private static DutyStatus clearingReport(RuleContext ctx, Termination term, boolean supervisor, LocalDate date) {
        if (term.clearingReport().isEmpty()) {
            Integer days = Periods.paramOn(ctx, CharityParameters.CLEARING_REPORT_DAYS, term.terminatedOn());
            if (days == null) {
                ctx.record(CLEARING, Verdict.UNDETERMINED, "terminatedOn", term.terminatedOn());
                return DutyStatus.UNDETERMINED;
            }
            LocalDate lastDay = Periods.days(ctx, term.terminatedOn(), days).lastDay();
            boolean overdue = date.isAfter(lastDay);
            ctx.record(
                    CLEARING,
                    overdue ? Verdict.NOT_MET : Verdict.INFO,
                    "terminatedOn",
                    term.terminatedOn(),
                    "lastDay",
                    lastDay,
                    "days",
                    days);
            return overdue ? DutyStatus.OVERDUE : DutyStatus.DUE;
        }
        ClearingReport c = term.clearingReport().get();
        ctx.record(CLEARING, Verdict.MET, "terminatedOn", term.terminatedOn(), "submittedOn", c.submittedOn());
        boolean approved = !supervisor || c.supervisorApproved();
        boolean published = c.publishedOn().isPresent();
        Verdict v = !approved ? Verdict.NOT_MET : published ? Verdict.MET : Verdict.NEEDS_REVIEW;
        ctx.record(
                CLEARING_APPROVAL,
                v,
                "supervisor",
                supervisor,
                "supervisorApproved",
                c.supervisorApproved(),
                "published",
                published,
                "confidence",
                Confidence.MEDIUM);
        return v == Verdict.MET ? DutyStatus.DONE : v == Verdict.NOT_MET ? DutyStatus.DEFICIENT : DutyStatus.FOR_REVIEW;
    }
}
