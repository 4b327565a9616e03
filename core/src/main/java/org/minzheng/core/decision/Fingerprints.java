package org.minzheng.core.decision;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;

/**
 * The policy fingerprints of the sets of parameter values decisions read, each computed once: a
 * decision's fingerprint depends only on the values it read ({@link PolicySnapshot#fingerprint}),
 * and the decisions of one program in one region on one date read the same value objects of the
 * book, so the SHA-256 over their lines is computed for the first of them and looked up for the
 * rest by the values' identity. Holds at most {@link #LIMIT} sets and starts over when full, so
 * it keeps no more than a working set (and never a book no decision reads any more for long).
 * Shared by every thread.
 */
final class Fingerprints {

    static final int LIMIT = 1024;

    private static final ConcurrentHashMap<Values, String> KNOWN = new ConcurrentHashMap<>();

    private Fingerprints() {}

    /**
     * @param values the values a decision read, in key order (never written again), not null
     * @return their fingerprint
     */
    static String of(List<ParameterValue<?>> values) {
        Values key = new Values(values.toArray());
        String f = KNOWN.get(key);
        if (f == null) {
            f = PolicySnapshot.fingerprint(values);
            if (KNOWN.size() >= LIMIT) {
                KNOWN.clear();
            }
            KNOWN.putIfAbsent(key, f);
        }
        return f;
    }

    /** @return how many sets of values are kept */
    static int size() {
        return KNOWN.size();
    }

    /** The values of one decision, equal to another's when they are the same objects in the same order. */
    private static final class Values {

        private final Object[] values;
        private final int hash;

        Values(Object[] values) {
            this.values = values;
            int h = 1;
            for (Object v : values) {
                h = 31 * h + System.identityHashCode(v);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Values other) || other.hash != hash || other.values.length != values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] != other.values[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }

        @Override
        public String toString() {
            return "Values" + Arrays.toString(values);
        }
    }
}
