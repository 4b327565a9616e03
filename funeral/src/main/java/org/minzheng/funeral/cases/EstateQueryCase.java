package org.minzheng.funeral.cases;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.funeral.audit.AuditAnchor;
import org.minzheng.funeral.audit.AuditEntry;
import org.minzheng.funeral.audit.AuditLog;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryApplication;
import org.minzheng.funeral.estate.EstateQueryGrant;
import org.minzheng.funeral.estate.EstateQueryProgram;
import org.minzheng.funeral.estate.EstateQueryRefusal;
import org.minzheng.funeral.estate.EstateQueryResult;
import org.minzheng.funeral.estate.Evidence;
import org.minzheng.funeral.person.MaskedId;

/**
 * One estate-query case from application to closure: its {@link CaseState lifecycle}, the
 * decision and grant, the institutions' answers, role-based {@link #view views}, and an
 * append-only, hash-chained {@link AuditLog} of every transition and every disclosure.
 *
 * <p>Every method takes the date of the event; the case reads no clock. Dates never go back:
 * an event dated before the case's last event is refused. Moves the lifecycle does not allow
 * throw {@link IllegalTransitionException} and leave the case unchanged. Answers are disclosed
 * only within the grant's scope and dates, only while the case is ANSWERED or CLOSED, and only
 * to roles that may see them: the case offers no other way to read the answers.
 *
 * <p>Actors recorded in the audit log: the applicant submits; an official does every other
 * move; the role of a view is the role that looked.
 *
 * <p>{@code toString()} shows the case id and state only. Thread-safe.
 */
public final class EstateQueryCase {

    private static final EstateQueryProgram PROGRAM = new EstateQueryProgram();
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");

    private final String caseId;
    private final EstateQueryApplication application;
    private final MaskedId deceased;
    private final MaskedId applicant;
    private final AuditLog log = new AuditLog();
    private CaseState state;
    private LocalDate lastEvent;
    private Decision<EstateQueryResult> decision;
    private EstateQueryGrant grant;
    private EstateQueryRefusal refusal;
    private List<AssetRecord> answers = List.of();

    private EstateQueryCase(String caseId, EstateQueryApplication application, LocalDate on) {
        this.caseId = caseId;
        this.application = application;
        this.deceased = MaskedId.of(application.deceased().idNumber());
        this.applicant = MaskedId.of(application.applicant().idNumber());
        this.state = CaseState.SUBMITTED;
        this.lastEvent = on;
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("relation", application.applicant().relation().name());
        detail.put(
                "evidence",
                codes(
                        application.evidence().isEmpty()
                                ? List.of()
                                : new ArrayList<>(EnumSet.copyOf(application.evidence()))));
        detail.put("kinds", codes(new ArrayList<>(EnumSet.copyOf(application.assetKinds()))));
        detail.put("institutions", Integer.toString(application.institutions().size()));
        log.append(on, caseId, "SUBMIT", Role.APPLICANT.name(), null, state.name(), deceased, applicant, detail);
    }

    /**
     * Opens a case for an application (state SUBMITTED).
     *
     * @param caseId      the case id: letters, digits, {@code . _ -}, 1–64 characters, no personal data
     * @param application the application, not null (validated when it is decided)
     * @param on          the date it was received, not null
     * @return the case
     * @throws IllegalArgumentException if the case id does not have the allowed form
     */
    public static EstateQueryCase submit(String caseId, EstateQueryApplication application, LocalDate on) {
        Objects.requireNonNull(caseId, "caseId");
        if (!CASE_ID.matcher(caseId).matches()) {
            throw new IllegalArgumentException("a case id is 1-64 letters, digits, '.', '_' or '-'");
        }
        return new EstateQueryCase(
                caseId, Objects.requireNonNull(application, "application"), Objects.requireNonNull(on, "on"));
    }

    /**
     * Checks the application's documents and decides it with {@link EstateQueryProgram} at the
     * snapshot's date: SUBMITTED → VERIFIED when the documents are complete (the decision may
     * still be UNDETERMINED on scope or dates), SUBMITTED → REFUSED when the decision refuses.
     *
     * @param snapshot the policy in force at the case's region and the verification date, not null
     * @return the decision
     * @throws IllegalTransitionException if the case is not SUBMITTED or the date is before its last event
     * @throws org.minzheng.core.validation.InvalidInputException if the application is invalid (the case is unchanged)
     */
    public synchronized Decision<EstateQueryResult> verify(PolicySnapshot snapshot) {
        LocalDate on = snapshot.date();
        require("VERIFY", on, CaseState.VERIFIED);
        Decision<EstateQueryResult> d = PROGRAM.decide(application, snapshot);
        EstateQueryResult r = d.result().orElseThrow();
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("outcome", d.outcome().name());
        detail.put("missing", codes(r.missingEvidence()));
        detail.put("policy", d.policyFingerprint());
        if (r.refusal() != null) {
            refusal = r.refusal();
            detail.put("kinds-not-covered", codes(r.refusal().kindsNotCovered()));
            move("REFUSE", Role.OFFICIAL, CaseState.REFUSED, on, detail);
        } else {
            move("VERIFY", Role.OFFICIAL, CaseState.VERIFIED, on, detail);
        }
        decision = d;
        return d;
    }

    /**
     * Issues the grant: VERIFIED → GRANTED. The application is decided again at the snapshot's
     * date (policy data may have been completed since verification); only an ELIGIBLE decision
     * grants.
     *
     * @param snapshot the policy in force at the case's region and the grant date, not null
     * @return the grant
     * @throws IllegalTransitionException if the case is not VERIFIED, the date is before its last
     *                                    event, or the decision does not grant (NOT_GRANTED_BY_DECISION;
     *                                    the case stays VERIFIED)
     */
    public synchronized EstateQueryGrant grant(PolicySnapshot snapshot) {
        LocalDate on = snapshot.date();
        require("GRANT", on, CaseState.GRANTED);
        Decision<EstateQueryResult> d = PROGRAM.decide(application, snapshot);
        EstateQueryGrant g =
                d.outcome() == Outcome.ELIGIBLE ? d.result().orElseThrow().grant() : null;
        if (g == null) {
            throw new IllegalTransitionException(
                    caseId, state, "GRANT", IllegalTransitionException.Reason.NOT_GRANTED_BY_DECISION);
        }
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("kinds", codes(g.scope().kinds()));
        detail.put("institutions", Integer.toString(g.scope().institutions().size()));
        detail.put("valid-from", g.issuedOn().toString());
        g.validityPeriod()
                .ifPresent(v ->
                        detail.put("valid-until", v.endExclusive().orElseThrow().toString()));
        detail.put("policy", d.policyFingerprint());
        decision = d;
        grant = g;
        move("GRANT", Role.OFFICIAL, CaseState.GRANTED, on, detail);
        return g;
    }

    /**
     * Sends the query to the institutions in the grant's scope: GRANTED → DISPATCHED.
     *
     * @param on the date, within the grant's validity
     * @throws IllegalTransitionException if not GRANTED, before the last event, or outside the validity
     */
    public synchronized void dispatch(LocalDate on) {
        require("DISPATCH", on, CaseState.DISPATCHED);
        requireValid("DISPATCH", on);
        move(
                "DISPATCH",
                Role.OFFICIAL,
                CaseState.DISPATCHED,
                on,
                Map.of(
                        "institutions",
                        Integer.toString(grant.scope().institutions().size())));
    }

    /**
     * Records the institutions' answers: DISPATCHED → ANSWERED. All answers are kept; only those
     * within the grant's scope are ever disclosed.
     *
     * @param records the answers, not null
     * @param on      the date, within the grant's validity
     * @throws IllegalTransitionException if not DISPATCHED, before the last event, or outside the validity
     */
    public synchronized void answer(List<AssetRecord> records, LocalDate on) {
        List<AssetRecord> copy = List.copyOf(records);
        require("ANSWER", on, CaseState.ANSWERED);
        requireValid("ANSWER", on);
        int inScope = 0;
        for (AssetRecord r : copy) {
            if (grant.scope().covers(r.institution(), r.kind())) {
                inScope++;
            }
        }
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("records", Integer.toString(copy.size()));
        detail.put("in-scope", Integer.toString(inScope));
        answers = copy;
        move("ANSWER", Role.OFFICIAL, CaseState.ANSWERED, on, detail);
    }

    /**
     * Closes the case: ANSWERED → CLOSED.
     *
     * @param on the date
     * @throws IllegalTransitionException if not ANSWERED or before the last event
     */
    public synchronized void close(LocalDate on) {
        require("CLOSE", on, CaseState.CLOSED);
        move("CLOSE", Role.OFFICIAL, CaseState.CLOSED, on, Map.of());
    }

    /**
     * Records that the grant's dates have passed: GRANTED, DISPATCHED or ANSWERED → EXPIRED.
     *
     * @param on a date on or after the end of the grant's validity
     * @throws IllegalTransitionException if not in one of those states, before the last event, or
     *                                    the validity has not ended (VALIDITY_NOT_ENDED)
     */
    public synchronized void expire(LocalDate on) {
        require("EXPIRE", on, CaseState.EXPIRED);
        if (grant.isValidOn(on)) {
            throw new IllegalTransitionException(
                    caseId, state, "EXPIRE", IllegalTransitionException.Reason.VALIDITY_NOT_ENDED);
        }
        // a grant without a validity period is valid from its issue date on, so it never gets here
        move(
                "EXPIRE",
                Role.OFFICIAL,
                CaseState.EXPIRED,
                on,
                Map.of(
                        "valid-until",
                        grant.validityPeriod()
                                .orElseThrow()
                                .endExclusive()
                                .orElseThrow()
                                .toString()));
    }

    /**
     * Revokes the grant: GRANTED, DISPATCHED or ANSWERED → REVOKED. Nothing is disclosed after.
     *
     * @param on     the date
     * @param reason why, not null
     * @throws IllegalTransitionException if not in one of those states or before the last event
     */
    public synchronized void revoke(LocalDate on, RevocationReason reason) {
        Objects.requireNonNull(reason, "reason");
        require("REVOKE", on, CaseState.REVOKED);
        move("REVOKE", Role.OFFICIAL, CaseState.REVOKED, on, Map.of("reason", reason.name()));
    }

    /**
     * Shows the case to a role on a date, with only the fields {@link CaseViewPolicy} lets that
     * role see, and records the disclosure in the audit log. Answers are disclosed only while
     * the case is ANSWERED or CLOSED, on dates within the grant's validity, and only those
     * within the grant's scope; all others are withheld.
     *
     * @param role the role looking, not null
     * @param on   the date, not before the case's last event
     * @return the view
     * @throws IllegalArgumentException if the date is before the case's last event
     */
    public synchronized CaseView view(Role role, LocalDate on) {
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(on, "on");
        if (on.isBefore(lastEvent)) {
            throw new IllegalArgumentException(
                    "case " + caseId + ": a view cannot be dated before the last event (" + lastEvent + ")");
        }
        boolean disclosing = grant != null && (state == CaseState.ANSWERED || state == CaseState.CLOSED);
        List<AssetRecord> disclosable = disclosing ? grant.disclosable(answers, on) : List.of();
        int withheld = answers.size() - disclosable.size();
        List<CaseField> shown = new ArrayList<>();
        for (CaseField f : CaseField.values()) {
            if (CaseViewPolicy.allows(role, f) && present(f)) {
                shown.add(f);
            }
        }
        Map<String, String> detail = new LinkedHashMap<>();
        detail.put("fields", codes(shown));
        if (shown.contains(CaseField.ASSET_RECORDS)) {
            detail.put("records", Integer.toString(disclosable.size()));
        }
        if (shown.contains(CaseField.ASSET_RECORDS) || shown.contains(CaseField.RECORD_COUNTS)) {
            detail.put("withheld", Integer.toString(withheld));
        }
        log.append(on, caseId, "DISCLOSE", role.name(), state.name(), state.name(), deceased, applicant, detail);
        lastEvent = on;
        boolean granted = grant != null;
        return new CaseView(
                caseId,
                role,
                on,
                state,
                shown.contains(CaseField.DECEASED) ? deceased : null,
                shown.contains(CaseField.APPLICANT) ? applicant : null,
                shown.contains(CaseField.RELATION) ? application.applicant().relation() : null,
                shown.contains(CaseField.EVIDENCE) ? evidenceHeld() : null,
                shown.contains(CaseField.REFUSAL) ? refusal : null,
                shown.contains(CaseField.GRANT_SCOPE) && granted ? grant.scope() : null,
                shown.contains(CaseField.GRANT_SCOPE) && granted ? grant.validity() : null,
                shown.contains(CaseField.GRANT_SCOPE) && granted ? grant.legalBasis() : null,
                shown.contains(CaseField.ASSET_RECORDS) ? disclosable : null,
                shown.contains(CaseField.RECORD_COUNTS) ? disclosable.size() : null,
                shown.contains(CaseField.RECORD_COUNTS) ? withheld : null,
                shown.contains(CaseField.AUDIT_TRAIL) ? log.entries() : null);
    }

    private boolean present(CaseField f) {
        switch (f) {
            case REFUSAL:
                return refusal != null;
            case GRANT_SCOPE:
                return grant != null;
            case ASSET_RECORDS:
            case RECORD_COUNTS:
                return state == CaseState.ANSWERED
                        || state == CaseState.CLOSED
                        || state == CaseState.EXPIRED
                        || state == CaseState.REVOKED;
            default:
                return true;
        }
    }

    private List<Evidence> evidenceHeld() {
        return application.evidence().isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(application.evidence()));
    }

    private void require(String action, LocalDate on, CaseState target) {
        Objects.requireNonNull(on, "on");
        if (!state.canMoveTo(target)) {
            throw new IllegalTransitionException(
                    caseId, state, action, IllegalTransitionException.Reason.NOT_ALLOWED_FROM_STATE);
        }
        if (on.isBefore(lastEvent)) {
            throw new IllegalTransitionException(
                    caseId, state, action, IllegalTransitionException.Reason.DATE_BEFORE_LAST_EVENT);
        }
    }

    private void requireValid(String action, LocalDate on) {
        if (!grant.isValidOn(on)) {
            throw new IllegalTransitionException(
                    caseId, state, action, IllegalTransitionException.Reason.OUTSIDE_VALIDITY);
        }
    }

    private void move(String action, Role actor, CaseState target, LocalDate on, Map<String, String> detail) {
        log.append(on, caseId, action, actor.name(), state.name(), target.name(), deceased, applicant, detail);
        state = target;
        lastEvent = on;
    }

    private static String codes(List<? extends Enum<?>> values) {
        StringBuilder sb = new StringBuilder();
        for (Enum<?> e : values) {
            if (sb.length() > 0) {
                sb.append(',');
            }
            sb.append(e.name());
        }
        return sb.toString();
    }

    /** @return the case id */
    public String caseId() {
        return caseId;
    }

    /** @return the current state */
    public synchronized CaseState state() {
        return state;
    }

    /** @return the application (holds personal data; its toString is masked) */
    public EstateQueryApplication application() {
        return application;
    }

    /** @return the last decision made for the case, if any */
    public synchronized Optional<Decision<EstateQueryResult>> decision() {
        return Optional.ofNullable(decision);
    }

    /** @return the grant, once issued */
    public synchronized Optional<EstateQueryGrant> issuedGrant() {
        return Optional.ofNullable(grant);
    }

    /** @return the refusal, if refused */
    public synchronized Optional<EstateQueryRefusal> refusal() {
        return Optional.ofNullable(refusal);
    }

    /** @return a copy of the audit trail */
    public List<AuditEntry> auditTrail() {
        return log.entries();
    }

    /** @return the anchor of the audit trail, to keep outside the case */
    public AuditAnchor auditAnchor() {
        return log.anchor();
    }

    /** @return {@code EstateQueryCase[<id> <STATE>]}, no personal data */
    @Override
    public synchronized String toString() {
        return "EstateQueryCase[" + caseId + " " + state.name().toLowerCase(Locale.ROOT) + "]";
    }
}
