package org.minzheng.funeral.audit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The result of verifying an audit log: valid, or the first index at which it fails and why.
 *
 * @param valid         true if every check passed
 * @param firstBadIndex the index of the first entry that fails, or -1 when valid; for entries
 *                      missing at the end (checked against an anchor) the index of the first
 *                      missing entry
 * @param problem       what failed, null when valid
 */
@JsonPropertyOrder({"valid", "firstBadIndex", "problem"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AuditVerification(boolean valid, int firstBadIndex, Problem problem) {

    /** What verification found wrong. */
    public enum Problem {
        /** The entry's sequence number is not its position (an entry was inserted, removed or moved). */
        SEQUENCE_MISMATCH,
        /** The entry's previous hash is not the hash of the entry before it. */
        CHAIN_BROKEN,
        /** The entry's stored hash is not the hash of its content (the entry was edited). */
        HASH_MISMATCH,
        /** The log has fewer or more entries than the anchor records. */
        LENGTH_MISMATCH,
        /** The last entry's hash is not the anchor's (the log was rewritten and re-hashed). */
        HEAD_MISMATCH
    }

    /** @return the result for a valid log */
    public static AuditVerification ok() {
        return new AuditVerification(true, -1, null);
    }

    /**
     * @param index   the first bad index
     * @param problem what failed
     * @return the result for an invalid log
     */
    public static AuditVerification failedAt(int index, Problem problem) {
        return new AuditVerification(false, index, problem);
    }
}
