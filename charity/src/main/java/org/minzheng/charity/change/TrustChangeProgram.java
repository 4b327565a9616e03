package org.minzheng.charity.change;

import static org.minzheng.charity.CharityCitations.LAW_ART_48;
import static org.minzheng.charity.CharityCitations.MEASURES_ART_19;
import static org.minzheng.charity.CharityCitations.MEASURES_REPLACEMENT;
import static org.minzheng.charity.CharityCitations.MEASURES_RESIGNATION;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.charity.trust.Trustee;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeRules;
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
import org.minzheng.core.time.Deadline;
import org.minzheng.core.validation.Checks;
import org.minzheng.core.validation.Violation;

/**
 * {@code charity-trust-change} — 慈善信托变更重新备案审查 (checking a change to a filed charitable trust).
 *
 * <p>Legal basis: 《中华人民共和国慈善法》 Art. 48 (2016: Art. 47) — a settlor may replace a trustee
 * that breaches its duties or cannot perform them, and the new trustee re-files the change with the
 * department that holds the filing (原备案的民政部门) within seven days of the change (自变更之日起七日内);
 * 《慈善信托管理办法》 (银监发〔2017〕37号) Art. 19 — other changes listed in its Art. 38 are re-filed
 * within seven days; further replacement grounds (dissolution, deregistration, loss of legal
 * status, revocation, bankruptcy) and the rule that a trustee may not resign unless the trust
 * document allows it, as REFERENCE.md §7 gives them (article numbers not in the sources). Rules:
 * <ol>
 *   <li>{@code charity-trust-change.refiling-deadline} — re-filed within the period ({@code charity-trust.trustee-change.refiling-days}
 *       or {@code charity-trust.change.refiling-days}), counted from the day of the change as
 *       民法典 Arts. 201–203 count a period ({@link org.minzheng.core.time.PeriodCount}: the day of the
 *       change not counted, a last day on a statutory rest day moved past the rest days, a year
 *       without a configured holiday notice extended over weekends only, with a warning); not yet re-filed and
 *       the period running: INFO (pending); not re-filed after it: NOT_MET (overdue); a change not
 *       listed: NOT_APPLICABLE;</li>
 *   <li>{@code charity-trust-change.refiling-authority} — re-filed with the department that holds the filing;</li>
 *   <li>{@code charity-trust-change.replacement-ground} — the replacement rests on a ground the law or the 管理办法 names; another
 *       ground goes to review;</li>
 *   <li>{@code charity-trust-change.resignation} — a trustee resigned: only if the trust document allows it;</li>
 *   <li>{@code charity-trust-change.incoming-trustee} — the new trustee is a charitable organisation or a trust company (Art. 47).</li>
 * </ol>
 * The change is in order (ELIGIBLE) when no rule fails.
 *
 * <p><b>Which text applies: the one in force on the day of the change.</b> The re-filing period,
 * its citation (2016 or 2023 text of the Charity Law) and the grounds for a replacement are those
 * in force on the change date, not on the decision date (a law governs the acts done while it is
 * in force; the texts do not say it in so many words).
 *
 * <p>What a missing value blocks (docs/writing-a-program.md): the re-filing deadline decides whether the change is in order, so it blocks; nothing only blanks a detail.
 */
public final class TrustChangeProgram extends AbstractProgram<TrustChange, ChangeCheckResult> {

    /** The program id. */
    public static final String ID = "charity-trust-change";

    private static final String COUNTERFACTUAL_LATE = "charity-trust-change.counterfactual.late";

    /**
     * Re-filed within the period from the day of the change: Art. 48 for a new trustee, 管理办法
     * Art. 19 for another listed change.
     */
    public static final Rule DEADLINE = LAW_ART_48
            .rule("charity-trust-change.refiling-deadline")
            .quote("变更后的受托人应当自变更之日起七日内，将变更情况报原备案的民政部门重新备案。")
            .alsoCites(MEASURES_ART_19)
            .verdicts(Verdict.MET, Verdict.NOT_MET, Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED)
            .reads(CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS, CharityParameters.CHANGE_REFILING_DAYS)
            .notes(COUNTERFACTUAL_LATE)
            .build();
    /** Re-filed with the department that holds the filing (原备案的民政部门). */
    public static final Rule AUTHORITY = LAW_ART_48
            .rule("charity-trust-change.refiling-authority")
            .quote("变更后的受托人应当自变更之日起七日内，将变更情况报原备案的民政部门重新备案。")
            .alsoCites(MEASURES_ART_19)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /** The replacement rests on a ground Art. 48 or the 管理办法 names; another goes to review. */
    public static final Rule GROUND = LAW_ART_48
            .rule("charity-trust-change.replacement-ground")
            .quote("慈善信托的受托人违反信托义务或者难以履行职责的，委托人可以变更受托人。")
            .alsoCites(MEASURES_REPLACEMENT)
            .verdicts(Verdict.MET, Verdict.NEEDS_REVIEW)
            .build();
    /** A trustee may resign only if the trust document allows it (管理办法; text not at hand). */
    public static final Rule RESIGNATION = Rule.builder("charity-trust-change.resignation", MEASURES_RESIGNATION)
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();
    /** The new trustee is a charitable organisation or a trust company (Art. 47). */
    public static final Rule INCOMING = TrusteeRules.rule("charity-trust-change.incoming-trustee")
            .verdicts(Verdict.MET, Verdict.NOT_MET)
            .build();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public TrustChangeProgram() {
        super(
                ID,
                new LocalizedText("慈善信托变更重新备案审查", "Charitable trust change and re-filing check"),
                TrustChange.class,
                ChangeCheckResult.class,
                "org.minzheng.charity.messages",
                List.of(DEADLINE, AUTHORITY, GROUND, RESIGNATION, INCOMING));
    }

    @Override
    protected void checkFacts(TrustChange c, PolicySnapshot snapshot, List<Violation> violations) {
        LocalDate date = snapshot.date();
        CharitableTrust t = c.trust();
        TrustChecks.check(t, date, "facts.trust", violations);
        if (t.filingAuthority().isEmpty()) {
            violations.add(TrustChecks.required("facts.trust.filingAuthority"));
        }
        if (t.filedOn().isEmpty()) {
            violations.add(TrustChecks.required("facts.trust.filedOn"));
        }
        Checks.notBefore("facts.changeDate", c.changeDate(), t.signingDate(), "facts.trust.signingDate", violations);
        Checks.notAfterDecisionDate("facts.changeDate", c.changeDate(), date, violations);
        LocalDate refiled = c.refiledOn().orElse(null);
        Checks.notBefore("facts.refiledOn", refiled, c.changeDate(), "facts.changeDate", violations);
        Checks.notAfterDecisionDate("facts.refiledOn", refiled, date, violations);
        if (c.refiledOn().isPresent() != c.refiledWith().isPresent()) {
            violations.add(TrustChecks.violation(
                    c.refiledOn().isPresent() ? "facts.refiledWith" : "facts.refiledOn",
                    "charity.change.refiling-incomplete"));
        }
        c.refiledWith().ifPresent(d -> TrustChecks.checkDepartment(d, "facts.refiledWith", violations));
        if (c.kind() == ChangeKind.TRUSTEE_REPLACEMENT && c.replacement().isEmpty()) {
            violations.add(TrustChecks.required("facts.replacement"));
        }
        if (c.kind() != ChangeKind.TRUSTEE_REPLACEMENT && c.replacement().isPresent()) {
            violations.add(TrustChecks.violation("facts.replacement", "charity.change.replacement-unexpected"));
        }
        if (c.replacement().isPresent()) {
            TrusteeReplacement r = c.replacement().get();
            boolean known = false;
            for (Trustee tr : t.trustees()) {
                known |= TrusteeRules.sameCode(tr.creditCode(), r.outgoingTrustee());
            }
            if (!known) {
                violations.add(
                        TrustChecks.violation("facts.replacement.outgoingTrustee", "charity.change.outgoing-unknown"));
            }
            TrustChecks.checkTrustee(r.incomingTrustee(), "facts.replacement.incomingTrustee", violations);
        }
    }

    @Override
    public Decision<ChangeCheckResult> evaluate(TrustChange c, PolicySnapshot snapshot) {
        RuleContext ctx = start(snapshot);
        LocalDate date = snapshot.date();
        // the law and the period in force on the day of the change (see the class comment)
        LocalDate law = c.changeDate();
        CivilAffairsDepartment original = c.trust().filingAuthority().orElseThrow();
        if (c.kind() == ChangeKind.UNLISTED_CHANGE) {
            ctx.recordCiting(DEADLINE, Verdict.NOT_APPLICABLE, MEASURES_ART_19, "kind", c.kind());
            return ctx.decide(
                    new ChangeCheckResult(c.kind(), false, null, null, null, RefilingStatus.NOT_REQUIRED, null));
        }
        boolean trustee = c.kind() == ChangeKind.TRUSTEE_REPLACEMENT;
        Citation basis = trustee ? LAW_ART_48.on(law) : MEASURES_ART_19;
        ParameterKey<Integer> key =
                trustee ? CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS : CharityParameters.CHANGE_REFILING_DAYS;
        Integer days = Periods.paramOn(ctx, key, law);
        Deadline deadline = null;
        RefilingStatus status;
        if (days == null) {
            ctx.recordCiting(DEADLINE, Verdict.UNDETERMINED, basis, "kind", c.kind(), "changeDate", c.changeDate());
            status = RefilingStatus.UNDETERMINED;
        } else {
            deadline = Periods.days(ctx, c.changeDate(), days);
            status = deadline(ctx, c, days, deadline, date, basis);
        }
        c.refiledWith().ifPresent(w -> authority(ctx, w, original, basis));
        c.replacement().ifPresent(r -> replacement(ctx, r, law));
        return ctx.decide(new ChangeCheckResult(
                c.kind(),
                true,
                days,
                deadline == null ? null : deadline.nominalLastDay(),
                deadline == null ? null : deadline.lastDay(),
                status,
                original));
    }

    /** Art. 48 / 管理办法 Art. 19: re-filed within the period from the day of the change (民法典 Arts. 201–203). */
    private static RefilingStatus deadline(
            RuleContext ctx, TrustChange c, int days, Deadline deadline, LocalDate date, Citation basis) {
        Optional<LocalDate> refiled = c.refiledOn();
        LocalDate lastDay = deadline.lastDay();
        LocalDate nominal = deadline.nominalLastDay();
        if (refiled.isPresent()) {
            boolean inTime = deadline.inTime(refiled.get());
            ctx.recordCiting(
                    DEADLINE,
                    inTime ? Verdict.MET : Verdict.NOT_MET,
                    basis,
                    "kind",
                    c.kind(),
                    "changeDate",
                    c.changeDate(),
                    "refiledOn",
                    refiled.get(),
                    "nominalLastDay",
                    nominal,
                    "lastDay",
                    lastDay,
                    "days",
                    days);
            if (!inTime) {
                ctx.counterfactual(
                        COUNTERFACTUAL_LATE, "daysLate", deadline.daysLate(refiled.get()), "lastDay", lastDay);
            }
            return inTime ? RefilingStatus.ON_TIME : RefilingStatus.LATE;
        }
        if (!deadline.inTime(date)) {
            ctx.recordCiting(
                    DEADLINE,
                    Verdict.NOT_MET,
                    basis,
                    "kind",
                    c.kind(),
                    "changeDate",
                    c.changeDate(),
                    "nominalLastDay",
                    nominal,
                    "lastDay",
                    lastDay,
                    "days",
                    days,
                    "asOf",
                    date);
            return RefilingStatus.OVERDUE;
        }
        ctx.recordCiting(
                DEADLINE,
                Verdict.INFO,
                basis,
                "kind",
                c.kind(),
                "changeDate",
                c.changeDate(),
                "nominalLastDay",
                nominal,
                "lastDay",
                lastDay,
                "days",
                days);
        return RefilingStatus.PENDING;
    }

    /** Art. 48: re-filed with the department that holds the filing (原备案的民政部门). */
    private static void authority(
            RuleContext ctx, CivilAffairsDepartment with, CivilAffairsDepartment original, Citation basis) {
        boolean ok = with.equals(original);
        ctx.recordCiting(
                AUTHORITY, ok ? Verdict.MET : Verdict.NOT_MET, basis, "refiledWith", with, "original", original);
    }

    /** Art. 48 and the 管理办法: the ground of a replacement, a resignation, the new trustee. */
    private static void replacement(RuleContext ctx, TrusteeReplacement r, LocalDate date) {
        ReplacementGround g = r.ground();
        if (g == ReplacementGround.RESIGNATION) {
            boolean allowed = r.trustDocumentAllowsResignation();
            ctx.record(RESIGNATION, allowed ? Verdict.MET : Verdict.NOT_MET, "allowedByTrustDocument", allowed);
        } else if (g == ReplacementGround.OTHER) {
            ctx.recordCiting(GROUND, Verdict.NEEDS_REVIEW, LAW_ART_48.on(date), "ground", g);
        } else {
            ctx.recordCiting(GROUND, Verdict.MET, g.inLaw() ? LAW_ART_48.on(date) : MEASURES_REPLACEMENT, "ground", g);
        }
        Trustee in = r.incomingTrustee();
        TrusteeIssue issue = TrusteeRules.issue(in);
        ctx.recordCiting(
                INCOMING,
                issue == TrusteeIssue.NONE ? Verdict.MET : Verdict.NOT_MET,
                TrusteeRules.citation(issue, date),
                "type",
                in.type(),
                "issue",
                issue);
    }
}
