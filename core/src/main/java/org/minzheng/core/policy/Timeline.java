package org.minzheng.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.minzheng.core.region.RegionCode;

/**
 * The dated values of one parameter in one region, sorted by start date, like the offset
 * transitions of a time-zone's rules. A value applies from its {@code since} until its
 * {@code until} or the next value's {@code since}, whichever comes first. Lookups are a binary
 * search. Immutable.
 *
 * @param <T> the value type
 */
public final class Timeline<T> {

    /** Orders values by start date (a class, not a lambda: it is used on the way to a first decision). */
    static final Comparator<ParameterValue<?>> BY_SINCE = new Comparator<>() {
        @Override
        public int compare(ParameterValue<?> a, ParameterValue<?> b) {
            return a.since().compareTo(b.since());
        }
    };

    private final ParameterKey<T> key;
    private final RegionCode region;
    private final ParameterValue<T>[] values;
    private final LocalDate[] starts;

    @SuppressWarnings("unchecked")
    private Timeline(ParameterKey<T> key, RegionCode region, List<ParameterValue<T>> sorted) {
        this.key = key;
        this.region = region;
        this.values = sorted.toArray(new ParameterValue[0]);
        this.starts = new LocalDate[values.length];
        for (int i = 0; i < values.length; i++) {
            starts[i] = values[i].since();
        }
    }

    /**
     * Obtains a timeline from values that must already have been checked for duplicates and
     * overlaps (the loader does that and reports file and line).
     *
     * @param key    the key
     * @param region the region
     * @param values the values, in any order
     * @param <T>    the value type
     * @return the timeline
     */
    static <T> Timeline<T> of(ParameterKey<T> key, RegionCode region, List<ParameterValue<T>> values) {
        List<ParameterValue<T>> sorted = new ArrayList<>(values);
        sorted.sort(BY_SINCE);
        return new Timeline<>(key, region, sorted);
    }

    /** @return the key */
    public ParameterKey<T> key() {
        return key;
    }

    /** @return the region */
    public RegionCode region() {
        return region;
    }

    /**
     * Finds the value that applies on a date.
     *
     * @param date the date, not null
     * @return the value, empty if none applies in this region on that date
     */
    public Optional<ParameterValue<T>> at(LocalDate date) {
        return Optional.ofNullable(valueAt(date));
    }

    ParameterValue<T> valueAt(LocalDate date) {
        int lo = 0;
        int hi = starts.length - 1;
        int found = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (starts[mid].isAfter(date)) {
                hi = mid - 1;
            } else {
                found = mid;
                lo = mid + 1;
            }
        }
        if (found < 0) {
            return null;
        }
        ParameterValue<T> v = values[found];
        return v.until() == null || date.isBefore(v.until()) ? v : null;
    }

    /** @return every value, oldest first, for review */
    public List<ParameterValue<T>> transitions() {
        return Collections.unmodifiableList(java.util.Arrays.asList(values));
    }
}
