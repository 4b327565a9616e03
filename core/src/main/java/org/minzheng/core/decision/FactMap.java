package org.minzheng.core.decision;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * A small immutable map that keeps its entries in the order given, backed by one array of
 * alternating names and values. Findings and notes hold a handful of named facts; this keeps
 * them cheap to build (one array, one object) while reading as an ordinary {@link Map}.
 */
final class FactMap extends AbstractMap<String, Object> {

    /** No facts. */
    static final Object[] NONE = {};

    private final Object[] keyValues;

    FactMap(Object[] keyValues) {
        this.keyValues = keyValues;
    }

    /**
     * @param facts named values, not null
     * @return their alternating names and values, checked (shared, not copied, if {@code facts} is a FactMap)
     */
    static Object[] toArray(Map<String, Object> facts) {
        java.util.Objects.requireNonNull(facts, "facts");
        if (facts instanceof FactMap f) {
            return f.keyValues;
        }
        Object[] a = new Object[facts.size() * 2];
        int i = 0;
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            a[i++] = e.getKey();
            a[i++] = e.getValue();
        }
        return RuleContext.checkFacts(a);
    }

    @Override
    public int size() {
        return keyValues.length / 2;
    }

    @Override
    public Object get(Object key) {
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i].equals(key)) {
                return keyValues[i + 1];
            }
        }
        return null;
    }

    @Override
    public boolean containsKey(Object key) {
        for (int i = 0; i < keyValues.length; i += 2) {
            if (keyValues[i].equals(key)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public Set<Entry<String, Object>> entrySet() {
        return new AbstractSet<>() {
            @Override
            public Iterator<Entry<String, Object>> iterator() {
                return new Iterator<>() {
                    private int i;

                    @Override
                    public boolean hasNext() {
                        return i < keyValues.length;
                    }

                    @Override
                    public Entry<String, Object> next() {
                        if (i >= keyValues.length) {
                            throw new NoSuchElementException();
                        }
                        Entry<String, Object> e = new SimpleImmutableEntry<>((String) keyValues[i], keyValues[i + 1]);
                        i += 2;
                        return e;
                    }
                };
            }

            @Override
            public int size() {
                return keyValues.length / 2;
            }
        };
    }
}
