package org.minzheng.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;

/**
 * The warnings reading a parameter value brings in a snapshot (see {@link Decision#warnings()}),
 * made once for each value, region and date and then shared by every decision that read that
 * value there: the notes are immutable, and what they say depends only on the value (a book's
 * value object, compared by identity) and on the snapshot's region and date (which fix its chain
 * of regions in that book).
 *
 * <p>Two-way, as {@code core.json.Fragments}: a key has a pair of slots, a key met anew takes its
 * own slot and puts out the entry in the other, so the cache holds at most {@link #SIZE} entries, needs no lock and
 * allocates nothing on a hit. Entries are immutable and published through final fields; a thread
 * that sees an older entry or none makes the notes again (equal notes).
 */
final class ValueWarnings {

    /** Slots of the cache. */
    static final int SIZE = 512;

    private static final Note[] NONE = new Note[0];

    private static final class Entry {
        final ParameterValue<?> value;
        final RegionCode region;
        final LocalDate date;
        final Note[] notes;

        Entry(ParameterValue<?> value, RegionCode region, LocalDate date, Note[] notes) {
            this.value = value;
            this.region = region;
            this.date = date;
            this.notes = notes;
        }

        boolean holds(ParameterValue<?> v, RegionCode r, LocalDate d) {
            return value == v && region.equals(r) && date.equals(d);
        }
    }

    private static final Entry[] SLOTS = new Entry[SIZE];

    private ValueWarnings() {}

    /**
     * @param v        a parameter value read, not null
     * @param snapshot the snapshot it was read from, not null
     * @return the warnings reading it brings there, in their fixed order (see {@link
     *     Decision#valueWarnings}); shared: never written to
     */
    static Note[] of(ParameterValue<?> v, PolicySnapshot snapshot) {
        RegionCode region = snapshot.region();
        LocalDate date = snapshot.date();
        int h = System.identityHashCode(v) * 31 + region.hashCode() * 17 + date.hashCode();
        int slot = (h ^ (h >>> 16)) & (SIZE - 1);
        Entry e = SLOTS[slot];
        if (e != null && e.holds(v, region, date)) {
            return e.notes;
        }
        Entry other = SLOTS[slot ^ 1];
        if (other != null && other.holds(v, region, date)) {
            return other.notes;
        }
        List<Note> list = new ArrayList<>(4);
        Decision.valueWarnings(v, snapshot, list);
        Note[] notes = list.isEmpty() ? NONE : list.toArray(NONE);
        // two-way: the entry in this slot moves to the other slot of the pair
        if (e != null) {
            SLOTS[slot ^ 1] = e;
        }
        SLOTS[slot] = new Entry(v, region, date, notes);
        return notes;
    }
}
