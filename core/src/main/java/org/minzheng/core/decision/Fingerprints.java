package org.minzheng.core.decision;

import java.util.List;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;

/**
 * The policy fingerprints of the sets of parameter values decisions read, each computed once: a
 * decision's fingerprint depends only on the values it read ({@link PolicySnapshot#fingerprint}),
 * and the decisions of one program in one region on one date read the same value objects of the
 * book, so the SHA-256 over their lines is computed for the first of them and looked up for the
 * rest by the values' identity.
 *
 * <p>Two-way, as {@code ValueWarnings}: a set has a pair of slots, chosen by its values' identity
 * hashes; a set met anew takes its own slot and puts out the set in the other. So at most {@link
 * #LIMIT} sets are kept (never a book no decision reads any more for long), a look-up needs no
 * lock and allocates nothing (the set is compared where it is, element by element), and a thread
 * that sees an older entry, or none, computes the fingerprint again (the same text). Entries are
 * immutable and published through their final fields. Shared by every thread.
 */
final class Fingerprints {

    static final int LIMIT = 1024;

    private static final class Entry {
        final Object[] values;
        final String fingerprint;

        Entry(Object[] values, String fingerprint) {
            this.values = values;
            this.fingerprint = fingerprint;
        }

        /** @return true if the set is these values: the same objects in the same order */
        boolean holds(List<ParameterValue<?>> set, int n) {
            if (values.length != n) {
                return false;
            }
            for (int i = 0; i < n; i++) {
                if (values[i] != set.get(i)) {
                    return false;
                }
            }
            return true;
        }
    }

    private static final Entry[] SLOTS = new Entry[LIMIT];

    private Fingerprints() {}

    /**
     * @param values the values a decision read, in key order (never written again), not null
     * @return their fingerprint
     */
    static String of(List<ParameterValue<?>> values) {
        int n = values.size();
        int h = 1;
        for (int i = 0; i < n; i++) {
            h = 31 * h + System.identityHashCode(values.get(i));
        }
        int slot = (h ^ (h >>> 16)) & (LIMIT - 1);
        Entry e = SLOTS[slot];
        if (e != null && e.holds(values, n)) {
            return e.fingerprint;
        }
        Entry other = SLOTS[slot ^ 1];
        if (other != null && other.holds(values, n)) {
            return other.fingerprint;
        }
        String f = PolicySnapshot.fingerprint(values);
        if (e != null) {
            SLOTS[slot ^ 1] = e; // the set in this slot moves to the other slot of the pair
        }
        SLOTS[slot] = new Entry(values.toArray(), f);
        return f;
    }

    /** @return how many sets of values are kept */
    static int size() {
        int n = 0;
        for (Entry e : SLOTS) {
            if (e != null) {
                n++;
            }
        }
        return n;
    }
}
