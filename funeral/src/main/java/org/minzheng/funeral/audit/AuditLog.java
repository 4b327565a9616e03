package org.minzheng.funeral.audit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.funeral.person.MaskedId;

/**
 * An append-only, hash-chained audit log. Entries can be appended and read, never changed or
 * removed: the class offers no way to do either, and {@link #entries()} returns a copy.
 *
 * <p><strong>Verification</strong> ({@link #verify(List, AuditAnchor)}) walks the entries in
 * order and, for entry {@code i}, checks that its sequence number is {@code i}, that its
 * previous hash is the hash of entry {@code i − 1} (64 zeros for the first), and that its
 * stored hash is the SHA-256 of its canonical text. The first failure is reported with its
 * index. So, for one change made without re-hashing anything:
 * <ul>
 *   <li>an <em>edited</em> entry {@code i} fails at {@code i} (HASH_MISMATCH, or SEQUENCE_MISMATCH /
 *       CHAIN_BROKEN if the edit touched those fields);</li>
 *   <li>an entry <em>inserted</em> at {@code i} fails at {@code i};</li>
 *   <li>a <em>removed</em> entry {@code i} fails at {@code i} (the entry now there has the wrong
 *       sequence number), or, if it was the last one, at {@code i} against the anchor
 *       (LENGTH_MISMATCH);</li>
 *   <li>a <em>reordering</em> fails at the first moved position.</li>
 * </ul>
 * A forger who gives the changed or inserted entry a fitting sequence number, previous hash and
 * its own correct hash is caught at the entry after it ({@code i + 1}: its previous hash or
 * sequence number no longer fits), or, at the end of the log, by the anchor; one who re-hashes
 * everything after the change is caught by the anchor (HEAD_MISMATCH, reported at the last
 * index). Keep the anchor ({@link #anchor()}) where the log's keeper cannot change it.
 *
 * <p>Thread-safe.
 */
public final class AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    /** Creates an empty log. */
    public AuditLog() {}

    /**
     * Appends an entry, chained to the last one.
     *
     * @param date      the date of the event, not before the last entry's date
     * @param caseId    the case
     * @param action    the action code
     * @param actor     the role code
     * @param fromState the state before, null only for the opening entry
     * @param toState   the state after
     * @param deceased  the deceased, masked
     * @param applicant the applicant, masked
     * @param detail    named details, not null
     * @return the entry appended
     * @throws IllegalArgumentException if a field does not have its allowed form or the date is
     *                                  before the last entry's
     */
    public synchronized AuditEntry append(
            LocalDate date,
            String caseId,
            String action,
            String actor,
            String fromState,
            String toState,
            MaskedId deceased,
            MaskedId applicant,
            Map<String, String> detail) {
        Objects.requireNonNull(date, "date");
        AuditEntry last = entries.isEmpty() ? null : entries.get(entries.size() - 1);
        if (last != null && date.isBefore(last.date())) {
            throw new IllegalArgumentException(
                    "an audit entry cannot be dated before the last entry (" + last.date() + ")");
        }
        AuditEntry e = AuditEntry.chained(
                entries.size(),
                date,
                caseId,
                action,
                actor,
                fromState,
                toState,
                deceased,
                applicant,
                detail,
                last == null ? AuditEntry.GENESIS : last.hash());
        entries.add(e);
        return e;
    }

    /** @return a copy of the entries, in order */
    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    /** @return the number of entries */
    public synchronized int size() {
        return entries.size();
    }

    /** @return the anchor to keep outside the log: the size and the last hash */
    public synchronized AuditAnchor anchor() {
        return new AuditAnchor(
                entries.size(),
                entries.isEmpty()
                        ? AuditEntry.GENESIS
                        : entries.get(entries.size() - 1).hash());
    }

    /** @return the verification of this log against its own current anchor */
    public synchronized AuditVerification verify() {
        return verify(entries, anchor());
    }

    /**
     * Verifies the chain of a list of entries, without an anchor: detects edited, inserted,
     * removed and reordered entries except entries cut off at the end.
     *
     * @param entries the entries, in order, not null
     * @return the result
     */
    public static AuditVerification verify(List<AuditEntry> entries) {
        return verify(entries, null);
    }

    /**
     * Verifies a list of entries against an anchor kept elsewhere.
     *
     * @param entries the entries, in order, not null
     * @param anchor  the anchor, or null to check the chain only
     * @return the result, with the first bad index
     */
    public static AuditVerification verify(List<AuditEntry> entries, AuditAnchor anchor) {
        Objects.requireNonNull(entries, "entries");
        String previous = AuditEntry.GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            AuditEntry e = entries.get(i);
            if (e.sequence() != i) {
                return AuditVerification.failedAt(i, AuditVerification.Problem.SEQUENCE_MISMATCH);
            }
            if (!e.previousHash().equals(previous)) {
                return AuditVerification.failedAt(i, AuditVerification.Problem.CHAIN_BROKEN);
            }
            if (!e.hashMatches()) {
                return AuditVerification.failedAt(i, AuditVerification.Problem.HASH_MISMATCH);
            }
            previous = e.hash();
        }
        if (anchor != null) {
            if (entries.size() != anchor.size()) {
                return AuditVerification.failedAt(
                        Math.min(entries.size(), anchor.size()), AuditVerification.Problem.LENGTH_MISMATCH);
            }
            if (!previous.equals(anchor.headHash())) {
                return AuditVerification.failedAt(
                        Math.max(0, entries.size() - 1), AuditVerification.Problem.HEAD_MISMATCH);
            }
        }
        return AuditVerification.ok();
    }

    /** @return a summary without any entry content */
    @Override
    public synchronized String toString() {
        return "AuditLog[" + entries.size() + " entries]";
    }
}
