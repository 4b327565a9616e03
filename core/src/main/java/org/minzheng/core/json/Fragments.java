package org.minzheng.core.json;

import com.fasterxml.jackson.core.SerializableString;

/**
 * A bounded cache of the JSON text of immutable values (a citation, where a parameter value was
 * set, an enum constant), each written once by Jackson and then copied as raw text or UTF-8 bytes
 * ({@link com.fasterxml.jackson.core.io.SerializedString} keeps both forms).
 *
 * <p>Direct-mapped: a value has one slot, chosen by its hash; a value that lands in a slot held
 * by another replaces it. So the cache never holds more than its size, needs no lock, and a
 * look-up that hits allocates nothing. Entries are immutable and published through their final
 * fields, so a thread sees either a whole entry or an older one (then it writes the text again:
 * the same text). Keys are compared by identity first, then, unless the cache is by identity
 * only, with {@code equals}.
 *
 * @param <K> the type of value
 */
final class Fragments<K> {

    private static final class Entry {
        final Object key;
        final SerializableString json;

        Entry(Object key, SerializableString json) {
            this.key = key;
            this.json = json;
        }
    }

    private final Entry[] slots;
    private final boolean byIdentity;

    /**
     * @param size       the number of slots, a power of two
     * @param byIdentity whether keys are equal only when they are the same object (for types whose
     *                   {@code equals} is costly and whose instances recur, such as a book's values)
     */
    Fragments(int size, boolean byIdentity) {
        if (Integer.bitCount(size) != 1) {
            throw new IllegalArgumentException("size must be a power of two");
        }
        this.slots = new Entry[size];
        this.byIdentity = byIdentity;
    }

    /**
     * @param key the value, not null
     * @return the value's JSON, or null if it is not cached
     */
    SerializableString get(K key) {
        Entry e = slots[slot(key)];
        return e != null && (e.key == key || !byIdentity && e.key.equals(key)) ? e.json : null;
    }

    /**
     * Keeps a value's JSON, in place of whatever value held its slot.
     *
     * @param key  the value, not null
     * @param json its JSON, as Jackson writes it
     * @return the JSON
     */
    SerializableString put(K key, SerializableString json) {
        slots[slot(key)] = new Entry(key, json);
        return json;
    }

    private int slot(Object key) {
        int h = byIdentity ? System.identityHashCode(key) : key.hashCode();
        return (h ^ (h >>> 16)) & (slots.length - 1);
    }

    /** @return how many slots hold a value (for tests) */
    int size() {
        int n = 0;
        for (Entry e : slots) {
            if (e != null) {
                n++;
            }
        }
        return n;
    }

    /** @return the number of slots */
    int capacity() {
        return slots.length;
    }
}
