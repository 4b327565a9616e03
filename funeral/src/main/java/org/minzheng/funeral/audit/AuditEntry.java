package org.minzheng.funeral.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.minzheng.funeral.person.MaskedId;

/**
 * One entry of an {@link AuditLog}: what happened to a case, when, by which role, between which
 * states, with a few named details, chained to the entry before it by hash.
 *
 * <p>Every text field is restricted to a small character set (codes, dates, counts, masked
 * numbers), which keeps personal data out and makes the line-based canonical encoding
 * unambiguous. The constructor checks the fields but not the hash; {@link AuditLog#verify}
 * checks hashes and the chain.
 *
 * @param sequence     the position in the log, from 0
 * @param date         the date of the event, not null
 * @param caseId       the case, letters, digits, {@code . _ -}, 1–64 characters, never an identity
 *                     number (no run of 15 or more digits)
 * @param action       what happened, an upper-case code such as {@code GRANT}
 * @param actor        the role that acted, an upper-case code such as {@code OFFICIAL}
 * @param fromState    the state before, an upper-case code, null for the opening entry
 * @param toState      the state after (the same as fromState for a disclosure), not null
 * @param deceased     the deceased, masked, not null
 * @param applicant    the applicant, masked, not null
 * @param detail       named details: keys lower-case words with hyphens, values made of
 *                     letters, digits and {@code _ . , : + * / -} (no spaces), never a full
 *                     identity number (no run of 15 or more digits)
 * @param previousHash the previous entry's hash, or 64 zeros for the first entry
 * @param hash         this entry's hash: lower-case hex SHA-256 of {@link #canonicalText()}
 */
@JsonPropertyOrder({
    "sequence",
    "date",
    "caseId",
    "action",
    "actor",
    "fromState",
    "toState",
    "deceased",
    "applicant",
    "detail",
    "previousHash",
    "hash"
})
public record AuditEntry(
        long sequence,
        LocalDate date,
        String caseId,
        String action,
        String actor,
        String fromState,
        String toState,
        MaskedId deceased,
        MaskedId applicant,
        SortedMap<String, String> detail,
        String previousHash,
        String hash) {

    /** The previous hash of the first entry: 64 zeros. */
    public static final String GENESIS = "0".repeat(64);
    /** The first line of every canonical encoding: the format and its version. */
    public static final String FORMAT = "minzheng-audit-entry/1";

    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,63}");
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,63}");
    private static final Pattern DETAIL_KEY = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Pattern DETAIL_VALUE = Pattern.compile("[A-Za-z0-9_.,:+*/-]{0,512}");
    private static final Pattern HASH = Pattern.compile("[0-9a-f]{64}");

    /** Validates the components. */
    public AuditEntry {
        if (sequence < 0) {
            throw new IllegalArgumentException("sequence must not be negative");
        }
        Objects.requireNonNull(date, "date");
        check(caseId, CASE_ID, "caseId");
        refuseIdNumber(caseId, "caseId");
        check(action, CODE, "action");
        check(actor, CODE, "actor");
        if (fromState != null) {
            check(fromState, CODE, "fromState");
        }
        check(toState, CODE, "toState");
        Objects.requireNonNull(deceased, "deceased");
        Objects.requireNonNull(applicant, "applicant");
        Objects.requireNonNull(detail, "detail");
        TreeMap<String, String> copy = new TreeMap<>();
        for (Map.Entry<String, String> e : detail.entrySet()) {
            check(e.getKey(), DETAIL_KEY, "detail key");
            check(e.getValue(), DETAIL_VALUE, "detail value of " + e.getKey());
            refuseIdNumber(e.getValue(), "detail value of " + e.getKey());
            copy.put(e.getKey(), e.getValue());
        }
        detail = Collections.unmodifiableSortedMap(copy);
        check(previousHash, HASH, "previousHash");
        check(hash, HASH, "hash");
    }

    /**
     * The log holds no full identity number (docs/funeral.md): a value with a run of 15 or more
     * digits, or 17 digits and an X, is refused whether or not its check digit is right.
     */
    private static void refuseIdNumber(String value, String name) {
        int digits = 0;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean x = (c == 'X' || c == 'x') && digits == 17;
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            if (digits >= 15 || x) {
                throw new IllegalArgumentException(
                        name + " must not hold an identity number (15 or more digits): mask it");
            }
        }
    }

    private static void check(String value, Pattern pattern, String name) {
        Objects.requireNonNull(value, name);
        if (!pattern.matcher(value).matches()) {
            // the value itself is not repeated: it could hold anything
            throw new IllegalArgumentException(name + " does not have the allowed form " + pattern.pattern());
        }
    }

    /**
     * Creates the next entry of a chain, computing its hash.
     *
     * @param sequence     the position
     * @param date         the date
     * @param caseId       the case
     * @param action       the action code
     * @param actor        the role code
     * @param fromState    the state before, null for the opening entry
     * @param toState      the state after
     * @param deceased     the deceased, masked
     * @param applicant    the applicant, masked
     * @param detail       the details
     * @param previousHash the previous entry's hash ({@link #GENESIS} for the first)
     * @return the entry with its hash
     * @throws IllegalArgumentException if a field does not have its allowed form
     */
    public static AuditEntry chained(
            long sequence,
            LocalDate date,
            String caseId,
            String action,
            String actor,
            String fromState,
            String toState,
            MaskedId deceased,
            MaskedId applicant,
            Map<String, String> detail,
            String previousHash) {
        AuditEntry draft = new AuditEntry(
                sequence,
                date,
                caseId,
                action,
                actor,
                fromState,
                toState,
                deceased,
                applicant,
                new TreeMap<>(detail),
                previousHash,
                GENESIS);
        return draft.withHash(draft.computeHash());
    }

    /**
     * Returns the text that is hashed: UTF-8, one field per line, each line ending with
     * {@code \n}, in this order:
     * <pre>
     * minzheng-audit-entry/1
     * sequence=&lt;decimal&gt;
     * date=&lt;yyyy-MM-dd&gt;
     * case=&lt;caseId&gt;
     * action=&lt;ACTION&gt;
     * actor=&lt;ROLE&gt;
     * from=&lt;STATE, or - for the opening entry&gt;
     * to=&lt;STATE&gt;
     * deceased=&lt;masked number&gt;
     * applicant=&lt;masked number&gt;
     * detail=&lt;key&gt;:&lt;value&gt;;&lt;key&gt;:&lt;value&gt;…   (keys in code-point order; empty when none)
     * previous=&lt;previous hash, 64 lower-case hex digits&gt;
     * </pre>
     * No field can hold a line break, and detail keys cannot hold {@code :} nor values {@code ;},
     * so the encoding is unambiguous.
     *
     * @return the canonical text, not null
     */
    public String canonicalText() {
        StringBuilder sb = new StringBuilder(320);
        sb.append(FORMAT).append('\n');
        sb.append("sequence=").append(sequence).append('\n');
        sb.append("date=").append(date).append('\n');
        sb.append("case=").append(caseId).append('\n');
        sb.append("action=").append(action).append('\n');
        sb.append("actor=").append(actor).append('\n');
        sb.append("from=").append(fromState == null ? "-" : fromState).append('\n');
        sb.append("to=").append(toState).append('\n');
        sb.append("deceased=").append(deceased.value()).append('\n');
        sb.append("applicant=").append(applicant.value()).append('\n');
        sb.append("detail=");
        boolean first = true;
        for (Map.Entry<String, String> e : detail.entrySet()) {
            if (!first) {
                sb.append(';');
            }
            sb.append(e.getKey()).append(':').append(e.getValue());
            first = false;
        }
        sb.append('\n');
        sb.append("previous=").append(previousHash).append('\n');
        return sb.toString();
    }

    /** @return the lower-case hex SHA-256 of {@link #canonicalText()} in UTF-8 */
    public String computeHash() {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha.digest(canonicalText().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is not available", e);
        }
    }

    /** @return true if the stored hash is the hash of this entry's canonical text */
    public boolean hashMatches() {
        return hash.equals(computeHash());
    }

    /**
     * @param newHash a hash
     * @return a copy with that hash (used to build entries, and by tests that forge them)
     */
    public AuditEntry withHash(String newHash) {
        return new AuditEntry(
                sequence,
                date,
                caseId,
                action,
                actor,
                fromState,
                toState,
                deceased,
                applicant,
                detail,
                previousHash,
                newHash);
    }
}
