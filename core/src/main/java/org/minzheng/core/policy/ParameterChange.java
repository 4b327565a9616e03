package org.minzheng.core.policy;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

/**
 * One difference between the values in force in two snapshots: a key that gained a value, lost
 * one, or whose value changed. The one comparison behind {@code minzheng params --diff} (the same
 * book on two dates) and the simulation's "keys the reform changed" (two books on one date).
 *
 * <p>Two values are the same when their text, region, grade, citation and dates are: a value
 * re-issued by another instrument, or moved to another region of the chain, is a change even if
 * its text is unchanged, because a reviewer must see where it now comes from.
 *
 * @param kind the kind of change, not null
 * @param key  the key, not null
 * @param from the value in force in the first snapshot, null when {@code kind} is {@link Kind#ADDED}
 * @param to   the value in force in the second snapshot, null when {@code kind} is {@link Kind#REMOVED}
 */
public record ParameterChange(Kind kind, ParameterKey<?> key, ParameterValue<?> from, ParameterValue<?> to) {

    /** The kinds of change. */
    public enum Kind {
        /** No value in the first snapshot, one in the second. */
        ADDED,
        /** A value in the first snapshot, none in the second. */
        REMOVED,
        /** A value in both, not the same. */
        CHANGED;

        /** @return the lower-case name as {@code params --diff} prints it: added, removed, changed */
        public String label() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** Checks the components. */
    public ParameterChange {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(key, "key");
        if ((from == null) != (kind == Kind.ADDED) || (to == null) != (kind == Kind.REMOVED)) {
            throw new IllegalArgumentException(kind + " " + key + ": from/to do not match the kind");
        }
    }

    /**
     * Lists what differs between two snapshots, in the order of {@code keys}.
     *
     * @param a    the first snapshot (before), not null
     * @param b    the second snapshot (after), not null
     * @param keys the keys to compare, not null
     * @return the changes, empty if none; an unmodifiable list
     */
    public static List<ParameterChange> between(
            PolicySnapshot a, PolicySnapshot b, Collection<? extends ParameterKey<?>> keys) {
        List<ParameterChange> changes = new ArrayList<>();
        for (ParameterKey<?> k : keys) {
            ParameterValue<?> va = a.find(k);
            ParameterValue<?> vb = b.find(k);
            if (va == null && vb == null) {
                continue;
            }
            if (va == null) {
                changes.add(new ParameterChange(Kind.ADDED, k, null, vb));
            } else if (vb == null) {
                changes.add(new ParameterChange(Kind.REMOVED, k, va, null));
            } else if (!sameValue(va, vb)) {
                changes.add(new ParameterChange(Kind.CHANGED, k, va, vb));
            }
        }
        return List.copyOf(changes);
    }

    /**
     * @param a a value, not null
     * @param b a value, not null
     * @return true if text, region, grade, citation, since and until are equal
     */
    public static boolean sameValue(ParameterValue<?> a, ParameterValue<?> b) {
        return a.valueText().equals(b.valueText())
                && a.region().equals(b.region())
                && a.grade() == b.grade()
                && a.citation().equals(b.citation())
                && a.since().equals(b.since())
                && Objects.equals(a.until(), b.until());
    }
}
