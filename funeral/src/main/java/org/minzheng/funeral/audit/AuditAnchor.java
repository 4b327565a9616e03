package org.minzheng.funeral.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What an auditor keeps outside the log to check it later: how many entries it had and the
 * hash of the last one. A hash chain alone cannot show that entries were cut off at the end,
 * or that a suffix was rewritten and re-hashed; against an anchor both are detected.
 *
 * @param size     the number of entries, zero or more
 * @param headHash the last entry's hash, or {@link AuditEntry#GENESIS} for an empty log
 */
@JsonPropertyOrder({"size", "headHash"})
public record AuditAnchor(int size, String headHash) {

    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** Validates the components. */
    public AuditAnchor {
        if (size < 0) {
            throw new IllegalArgumentException("size must not be negative");
        }
        Objects.requireNonNull(headHash, "headHash");
        if (!HASH.matcher(headHash).matches()) {
            throw new IllegalArgumentException("headHash must be 64 lower-case hex digits");
        }
    }
}
