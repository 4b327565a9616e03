package org.minzheng.charity.change;

import static org.minzheng.charity.CharityCitations.LAW_ART_48;
import static org.minzheng.charity.CharityCitations.MEASURES_ART_19;
import static org.minzheng.charity.CharityCitations.MEASURES_REPLACEMENT;
import static org.minzheng.charity.CharityCitations.MEASURES_RESIGNATION;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.minzheng.charity.CharityCitations;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.Trustee;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeRules;
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.AbstractProgram;
import org.minzheng.core.program.LocalizedText;
import org.minzheng.core.program.Periods;
import org.minzheng.core.time.Deadline;
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
 *   <li>{@value #DEADLINE} — re-filed within the period ({@code charity-trust.trustee-change.refiling-days}
 *       or {@code charity-trust.change.refiling-days}), counted from the day of the change as
 *       民法典 Arts. 201–203 count a period ({@link org.minzheng.core.time.PeriodCount}: the day of the
 *       change not counted, a last day on a statutory rest day moved past the rest days, a year
 *       without a configured holiday notice extended over weekends only, with a warning); not yet re-filed and
 *       the period running: INFO (pending); not re-filed after it: NOT_MET (overdue); a change not
 *       listed: NOT_APPLICABLE;</li>
 *   <li>{@value #AUTHORITY} — re-filed with the department that holds the filing;</li>
 *   <li>{@value #GROUND} — the replacement rests on a ground the law or the 管理办法 names; another
 *       ground goes to review;</li>
 *   <li>{@value #RESIGNATION} — a trustee resigned: only if the trust document allows it;</li>
 *   <li>{@value #INCOMING} — the new trustee is a charitable organisation or a trust company (Art. 47).</li>
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
    /** Rule: the re-filing deadline. */
    public static final String DEADLINE = "charity-trust-change.refiling-deadline";
    /** Rule: re-filed with the original department. */
    public static final String AUTHORITY = "charity-trust-change.refiling-authority";
    /** Rule: the ground of a replacement. */
    public static final String GROUND = "charity-trust-change.replacement-ground";
    /** Rule: a resignation allowed by the trust document. */
    public static final String RESIGNATION = "charity-trust-change.resignation";
    /** Rule: the incoming trustee is an allowed body. */
    public static final String INCOMING = "charity-trust-change.incoming-trustee";

    /** Every rule and the verdicts it can record, for reviewers and the message test. */
    public static final Map<String, Set<Verdict>> RULES = declaredVerdicts();

    /** Creates the program (ServiceLoader needs a public no-argument constructor). */
    public TrustChangeProgram() {
        super(ID, new LocalizedText("慈善信托变更重新备案审查", "Charitable trust change and re-filing check"),
                List.of(LAW_ART_48.on(CharityCitations.AMENDMENT_IN_FORCE),
                        CharityCitations.LAW_ART_47.on(CharityCitations.AMENDMENT_IN_FORCE),
                        MEASURES_ART_19, MEASURES_REPLACEMENT, MEASURES_RESIGNATION),
                List.of(CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS, CharityParameters.CHANGE_REFILING_DAYS),
                TrustChange.class, ChangeCheckResult.class, "org.minzheng.charity.messages");
    }

    private static Map<String, Set<Verdict>> declaredVerdicts() {
        Map<String, Set<Verdict>> m = new LinkedHashMap<>();
        m.put(DEADLINE, EnumSet.of(Verdict.MET, Verdict.NOT_MET, Verdict.INFO, Verdict.NOT_APPLICABLE, Verdict.UNDETERMINED));
        m.put(AUTHORITY, EnumSet.of(Verdict.MET, Verdict.NOT_MET));
        m.put(GROUND, EnumSet.of(Verdict.MET, Verdict.NEEDS_REVIEW));
        m.put(RESIGNATION, EnumSet.of(Verdict.MET, Verdict.NOT_MET));
        m.put(INCOMING, EnumSet.of(Verdict.MET, Verdict.NOT_MET));
        return Collections.unmodifiableMap(m);
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
        if (c.changeDate().isBefore(t.signingDate())) {
            violations.add(new Violation("facts.changeDate", "charity.change.before-signing",
                    "早于信托文件签订日期", "is before the trust document was signed"));
        }
        if (c.changeDate().isAfter(date)) {
            violations.add(TrustChecks.afterDecision("facts.changeDate", date));
        }
        if (c.refiledOn().isPresent()) {
            if (c.refiledOn().get().isBefore(c.changeDate())) {
                violations.add(new Violation("facts.refiledOn", "charity.change.refiled-before-change",
                        "早于变更之日", "is before the day of the change"));
            }
            if (c.refiledOn().get().isAfter(date)) {
                violations.add(TrustChecks.afterDecision("facts.refiledOn", date));
            }
        }
        if (c.refiledOn().isPresent() != c.refiledWith().isPresent()) {
            violations.add(new Violation(c.refiledOn().isPresent() ? "facts.refiledWith" : "facts.refiledOn",
                    "charity.change.refiling-incomplete", "重新备案须同时给出日期和民政部门",
                    "a re-filing needs both its date and its department"));
        }
        c.refiledWith().ifPresent(d -> TrustChecks.checkDepartment(d, "facts.refiledWith", violations));
        if (c.kind() == ChangeKind.TRUSTEE_REPLACEMENT && c.replacement().isEmpty()) {
            violations.add(TrustChecks.required("facts.replacement"));
        }
        if (c.kind() != ChangeKind.TRUSTEE_REPLACEMENT && c.replacement().isPresent()) {
            violations.add(new Violation("facts.replacement", "charity.change.replacement-unexpected",
                    "只有变更受托人时才填写", "is only given for a trustee replacement"));
        }
        if (c.replacement().isPresent()) {
            TrusteeReplacement r = c.replacement().get();
            boolean known = false;
            for (Trustee tr : t.trustees()) {
                known |= TrusteeRules.sameCode(tr.creditCode(), r.outgoingTrustee());
            }
            if (!known) {
                violations.add(new Violation("facts.replacement.outgoingTrustee", "charity.change.outgoing-unknown",
                        "不是该信托所列受托人的统一社会信用代码", "is not the credit code of one of the trust's trustees"));
            }
            TrustChecks.checkTrustee(r.incomingTrustee(), "facts.replacement.incomingTrustee", violations);
        }
    }

    @Override
    public Decision<ChangeCheckResult> evaluate(TrustChange c, PolicySnapshot snapshot) {
        RuleContext ctx = RuleContext.start(ID, snapshot);
        LocalDate date = snapshot.date();
        // the law and the period in force on the day of the change (see the class comment)
        LocalDate law = c.changeDate();
        CivilAffairsDepartment original = c.trust().filingAuthority().orElseThrow();
        if (c.kind() == ChangeKind.UNLISTED_CHANGE) {
            ctx.record(DEADLINE, Verdict.NOT_APPLICABLE, MEASURES_ART_19, "kind", c.kind());
            return ctx.decide(new ChangeCheckResult(c.kind(), false, null, null, null, RefilingStatus.NOT_REQUIRED, null));
        }
        boolean trustee = c.kind() == ChangeKind.TRUSTEE_REPLACEMENT;
        Citation basis = trustee ? LAW_ART_48.on(law) : MEASURES_ART_19;
        ParameterKey<Integer> key = trustee ? CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS
                : CharityParameters.CHANGE_REFILING_DAYS;
        Integer days = Periods.paramOn(ctx, key, law);
        Deadline deadline = null;
        RefilingStatus status;
        if (days == null) {
            ctx.record(DEADLINE, Verdict.UNDETERMINED, basis, "kind", c.kind(), "changeDate", c.changeDate());
            status = RefilingStatus.UNDETERMINED;
        } else {
            deadline = Periods.days(ctx, c.changeDate(), days);
            status = deadline(ctx, c, days, deadline, date, basis);
        }
        c.refiledWith().ifPresent(w -> authority(ctx, w, original, basis));
        c.replacement().ifPresent(r -> replacement(ctx, r, law));
        return ctx.decide(new ChangeCheckResult(c.kind(), true, days, deadline == null ? null : deadline.nominalLastDay(),
                deadline == null ? null : deadline.lastDay(), status, original));
    }

    /** Art. 48 / 管理办法 Art. 19: re-filed within the period from the day of the change (民法典 Arts. 201–203). */
    private static RefilingStatus deadline(RuleContext ctx, TrustChange c, int days, Deadline deadline, LocalDate date,
                                           Citation basis) {
        Optional<LocalDate> refiled = c.refiledOn();
        LocalDate lastDay = deadline.lastDay();
        LocalDate nominal = deadline.nominalLastDay();
        if (refiled.isPresent()) {
            boolean inTime = deadline.inTime(refiled.get());
            ctx.record(DEADLINE, inTime ? Verdict.MET : Verdict.NOT_MET, basis, "kind", c.kind(),
                    "changeDate", c.changeDate(), "refiledOn", refiled.get(), "nominalLastDay", nominal,
                    "lastDay", lastDay, "days", days);
            if (!inTime) {
                ctx.counterfactual("charity-trust-change.counterfactual.late", "daysLate",
                        deadline.daysLate(refiled.get()), "lastDay", lastDay);
            }
            return inTime ? RefilingStatus.ON_TIME : RefilingStatus.LATE;
        }
        if (!deadline.inTime(date)) {
            ctx.record(DEADLINE, Verdict.NOT_MET, basis, "kind", c.kind(), "changeDate", c.changeDate(),
                    "nominalLastDay", nominal, "lastDay", lastDay, "days", days, "asOf", date);
            return RefilingStatus.OVERDUE;
        }
        ctx.record(DEADLINE, Verdict.INFO, basis, "kind", c.kind(), "changeDate", c.changeDate(),
                "nominalLastDay", nominal, "lastDay", lastDay, "days", days);
        return RefilingStatus.PENDING;
    }

    /** Art. 48: re-filed with the department that holds the filing (原备案的民政部门). */
    private static void authority(RuleContext ctx, CivilAffairsDepartment with, CivilAffairsDepartment original,
                                  Citation basis) {
        boolean ok = with.equals(original);
        ctx.record(AUTHORITY, ok ? Verdict.MET : Verdict.NOT_MET, basis, "refiledWith", with, "original", original);
    }

    /** Art. 48 and the 管理办法: the ground of a replacement, a resignation, the new trustee. */
    private static void replacement(RuleContext ctx, TrusteeReplacement r, LocalDate date) {
        ReplacementGround g = r.ground();
        if (g == ReplacementGround.RESIGNATION) {
            boolean allowed = r.trustDocumentAllowsResignation();
            ctx.record(RESIGNATION, allowed ? Verdict.MET : Verdict.NOT_MET, MEASURES_RESIGNATION,
                    "allowedByTrustDocument", allowed);
        } else if (g == ReplacementGround.OTHER) {
            ctx.record(GROUND, Verdict.NEEDS_REVIEW, LAW_ART_48.on(date), "ground", g);
        } else {
            ctx.record(GROUND, Verdict.MET, g.inLaw() ? LAW_ART_48.on(date) : MEASURES_REPLACEMENT, "ground", g);
        }
        Trustee in = r.incomingTrustee();
        TrusteeIssue issue = TrusteeRules.issue(in);
        ctx.record(INCOMING, issue == TrusteeIssue.NONE ? Verdict.MET : Verdict.NOT_MET,
                TrusteeRules.citation(issue, date), "type", in.type(), "issue", issue);
    }
}
