package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;

/**
 * Writes a decision's {@code policyFingerprint} from a memo: the fingerprint is a SHA-256 of the
 * parameter values the decision read ({@link PolicySnapshot#fingerprint}), and in a screening run
 * most decisions read one of a handful of sets of the same value objects, so hashing each set
 * once is enough. The memo is keyed by the values' identity (a value is an immutable record of
 * the book), holds at most {@value #MAX} sets (then starts again), and gives exactly what
 * {@link Decision#policyFingerprint()} gives. Thread-safe.
 */
final class FingerprintMemo {

    static final int MAX = 1024;

    private static final ConcurrentHashMap<Key, String> MEMO = new ConcurrentHashMap<>();

    private FingerprintMemo() {}

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("minzheng-fingerprint-memo");
        m.setSerializerModifier(new BeanSerializerModifier() {
            private static final long serialVersionUID = 1L;

            @Override
            public List<BeanPropertyWriter> changeProperties(
                    SerializationConfig config, BeanDescription desc, List<BeanPropertyWriter> props) {
                if (desc.getBeanClass() == Decision.class) {
                    props.replaceAll(p -> p.getName().equals("policyFingerprint") ? new Writer(p) : p);
                }
                return props;
            }
        });
        return m;
    }

    /**
     * @param d a decision
     * @return its fingerprint, equal to {@code d.policyFingerprint()}
     */
    static String fingerprint(Decision<?> d) {
        List<ParameterValue<?>> values = d.parameterValues();
        Key k = new Key(values.toArray());
        String f = MEMO.get(k);
        if (f == null) {
            f = PolicySnapshot.fingerprint(values);
            if (MEMO.size() >= MAX) {
                MEMO.clear();
            }
            MEMO.put(k, f);
        }
        return f;
    }

    /** The values read, compared by identity. */
    private static final class Key {

        private final Object[] values;
        private final int hash;

        Key(Object[] values) {
            this.values = values;
            int h = 1;
            for (Object v : values) {
                h = 31 * h + System.identityHashCode(v);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Key k) || k.hash != hash || k.values.length != values.length) {
                return false;
            }
            for (int i = 0; i < values.length; i++) {
                if (values[i] != k.values[i]) {
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
            return "Key" + Arrays.toString(new int[] {values.length, hash});
        }
    }

    /** The property's writer: the name, then the memo's fingerprint (never empty, so always written). */
    private static final class Writer extends BeanPropertyWriter {

        private static final long serialVersionUID = 1L;

        Writer(BeanPropertyWriter base) {
            super(base);
        }

        @Override
        public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
            gen.writeFieldName(_name);
            gen.writeString(fingerprint((Decision<?>) bean));
        }
    }
}
