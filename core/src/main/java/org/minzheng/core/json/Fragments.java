package org.minzheng.core.json;

import com.fasterxml.jackson.core.SerializableString;

/**
 * A bounded cache of the JSON text of immutable values (a citation, where a parameter value was
 * set, an enum constant), each written once by Jackson and then copied as raw text or UTF-8 bytes
 * ({@link com.fasterxml.jackson.core.io.SerializedString} keeps both forms).
 *
 * <p>Two-way: a value has a pair of slots, chosen by its hash; a value that lands in a pair held
 * by two others takes its own slot and puts out the value in the other. So the cache never holds more than its size, needs no lock, and a
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
        int i = slot(key);
        Entry e = slots[i];
        if (e != null && holds(e, key)) {
            return e.json;
        }
        e = slots[i ^ 1];
        return e != null && holds(e, key) ? e.json : null;
    }

    /**
     * Keeps a value's JSON in its slot; the value that held that slot moves to the other slot of
     * the pair, in place of whatever held it (so two values that land in the same slot, both
     * written in every decision, do not put each other out).
     *
     * @param key  the value, not null
     * @param json its JSON, as Jackson writes it
     * @return the JSON
     */
    SerializableString put(K key, SerializableString json) {
        int i = slot(key);
        Entry e = slots[i];
        if (e != null && !holds(e, key)) {
            Entry other = slots[i ^ 1];
            if (other == null || holds(other, key)) {
                i ^= 1;
            } else {
                slots[i ^ 1] = e;
            }
        }
        slots[i] = new Entry(key, json);
        return json;
    }

    private boolean holds(Entry e, Object key) {
        return e.key == key || !byIdentity && same(key, e.key);
    }

    private int slot(Object key) {
        return index(byIdentity ? System.identityHashCode(key) : hash(key), slots.length);
    }

    /**
     * {@code key.hashCode()}, with text's (most keys: rule ids, facts' names and values) called on
     * {@code String} itself, so that the call is bound and inlined rather than dispatched over every
     * type the caches see.
     */
    private static int hash(Object key) {
        return key instanceof String s ? s.hashCode() : key.hashCode();
    }

    /** {@code key.equals(other)}, text's bound as in {@link #hash}. */
    private static boolean same(Object key, Object other) {
        return key instanceof String s ? s.equals(other) : key.equals(other);
    }

    private static int index(int h, int length) {
        return (h ^ (h >>> 16)) & (length - 1);
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

    /**
     * Tells whether a value was met before, and notes it: the admission rule of caches that keep
     * only what recurs. Each value has a pair of slots in {@code seen}; one met anew takes its own
     * slot and the value there, if any, moves to the other (so two values that land in the same pair
     * and alternate are both recognised the next time, whichever of the two slots each has).
     *
     * @param seen       the last values met, a power-of-two length
     * @param key        the value, not null
     * @param byIdentity whether a value is recognised only as the same object
     * @return true if the value is in its pair of slots
     */
    static boolean metBefore(Object[] seen, Object key, boolean byIdentity) {
        int i = index(byIdentity ? System.identityHashCode(key) : hash(key), seen.length);
        Object a = seen[i];
        Object b = seen[i ^ 1];
        if (a == key || b == key || !byIdentity && (same(key, a) || same(key, b))) {
            return true;
        }
        if (a != null) {
            // the value in the key's own slot moves to the other; an empty slot moves nothing, so a
            // value already in the other slot stays
            seen[i ^ 1] = a;
        }
        seen[i] = key;
        return false;
    }
}
