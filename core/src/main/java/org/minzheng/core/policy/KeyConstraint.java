package org.minzheng.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.time.DateSet;

/**
 * A rule between two parameter keys that every pack must keep, such as
 * {@code temporary-assistance.months.min ≤ temporary-assistance.months.max}. Declared once, as a
 * {@code public static final} constant beside the keys (a module's {@link ModulePolicyData}
 * finds it there), and checked when a book loads: in every region and on every date where values
 * of both keys are in force together — an overlay's value with the values it inherits from the
 * regions above — the pair must hold, or the load fails at the row that set the more local of
 * the two values (with the other row's {@code file:line} in the message).
 *
 * <p>A constraint says nothing where either key has no value: an absent value is for the
 * decision to report (UNDETERMINED).
 */
public final class KeyConstraint {

    /** How the two values relate. */
    private enum Relation {
        AT_MOST(" ≤ "),
        DISJOINT(" ∩ ∅ ");

        final String symbol;

        Relation(String symbol) {
            this.symbol = symbol;
        }
    }

    private final Relation relation;
    private final ParameterKey<?> lesser;
    private final ParameterKey<?> greater;
    private final String reasonZh;
    private final String reasonEn;

    private KeyConstraint(
            Relation relation, ParameterKey<?> lesser, ParameterKey<?> greater, String reasonZh, String reasonEn) {
        this.relation = relation;
        this.lesser = lesser;
        this.greater = greater;
        this.reasonZh = reasonZh;
        this.reasonEn = reasonEn;
    }

    /**
     * Declares that one key's value is at most another's wherever both are in force (a lower
     * and an upper bound, a minimum and a maximum).
     *
     * @param lesser   the key whose value is the smaller or equal, not null
     * @param greater  the key whose value is the greater or equal, not null
     * @param reasonZh why, in Chinese (the text or the quantity that implies it), not null
     * @param reasonEn why, in English, not null
     * @param <T>      the values' type, ordered
     * @return the constraint
     * @throws IllegalArgumentException if both keys are the same
     */
    public static <T extends Comparable<? super T>> KeyConstraint atMost(
            ParameterKey<T> lesser, ParameterKey<T> greater, String reasonZh, String reasonEn) {
        return of(Relation.AT_MOST, lesser, greater, reasonZh, reasonEn);
    }

    /**
     * Declares that two sets of dates in force together share no date (a day off of a holiday
     * notice is not also one of its make-up working days).
     *
     * @param first    one key, not null
     * @param second   the other key, not null
     * @param reasonZh why, in Chinese, not null
     * @param reasonEn why, in English, not null
     * @return the constraint
     * @throws IllegalArgumentException if both keys are the same
     */
    public static KeyConstraint disjoint(
            ParameterKey<DateSet> first, ParameterKey<DateSet> second, String reasonZh, String reasonEn) {
        return of(Relation.DISJOINT, first, second, reasonZh, reasonEn);
    }

    private static KeyConstraint of(
            Relation relation, ParameterKey<?> a, ParameterKey<?> b, String reasonZh, String reasonEn) {
        Objects.requireNonNull(a, "first key");
        Objects.requireNonNull(b, "second key");
        if (a.equals(b)) {
            throw new IllegalArgumentException("a constraint relates two different keys: " + a);
        }
        return new KeyConstraint(
                relation,
                a,
                b,
                Objects.requireNonNull(reasonZh, "reasonZh"),
                Objects.requireNonNull(reasonEn, "reasonEn"));
    }

    /** @return the key whose value is at most the other's (the first key of a disjoint pair) */
    public ParameterKey<?> lesser() {
        return lesser;
    }

    /** @return the key whose value is at least the other's (the second key of a disjoint pair) */
    public ParameterKey<?> greater() {
        return greater;
    }

    /** @return why the constraint holds, in Chinese */
    public String reasonZh() {
        return reasonZh;
    }

    /** @return why the constraint holds, in English */
    public String reasonEn() {
        return reasonEn;
    }

    /** @return {@code lesser ≤ greater}, or {@code first ∩ second ∩ ∅} for a disjoint pair */
    @Override
    public String toString() {
        return relation == Relation.AT_MOST
                ? lesser.name() + relation.symbol + greater.name()
                : lesser.name() + " ∩ " + greater.name() + " = ∅";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KeyConstraint c
                && c.relation == relation
                && c.lesser.equals(lesser)
                && c.greater.equals(greater);
    }

    @Override
    public int hashCode() {
        return 31 * lesser.hashCode() + greater.hashCode();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private boolean holds(ParameterValue<?> low, ParameterValue<?> high) {
        if (relation == Relation.DISJOINT) {
            DateSet other = (DateSet) high.value();
            for (LocalDate d : ((DateSet) low.value()).dates()) {
                if (other.contains(d)) {
                    return false;
                }
            }
            return true;
        }
        return ((Comparable) low.value()).compareTo(high.value()) <= 0;
    }

    /**
     * Checks constraints over a built book. A region that sets neither key resolves both as its
     * parent does, so only the regions that set one of them are visited, each on the dates where
     * a value of either key starts or ends in the region or above it.
     *
     * @param constraints the constraints
     * @param book        the merged book
     * @param errs        where each violation is added, once per pair of rows
     */
    static void checkAll(List<KeyConstraint> constraints, PolicyBook book, List<PolicyLoadError> errs) {
        for (KeyConstraint c : constraints) {
            if (book.key(c.lesser.name()).isPresent()
                    && book.key(c.greater.name()).isPresent()) {
                c.check(book, errs);
            }
        }
    }

    private void check(PolicyBook book, List<PolicyLoadError> errs) {
        Set<RegionCode> regions = new TreeSet<>(book.timelines(lesser).keySet());
        regions.addAll(book.timelines(greater).keySet());
        Set<String> reported = new HashSet<>();
        for (RegionCode region : regions) {
            // the dates come from every structural ancestor; the chain is the one valid on each date
            List<RegionCode> ancestry = new ArrayList<>();
            for (Optional<RegionCode> r = Optional.of(region);
                    r.isPresent();
                    r = r.get().structuralParent()) {
                ancestry.add(r.get());
            }
            for (LocalDate date : changeDates(book, ancestry)) {
                if (book.regions().find(region, date).isEmpty()) {
                    continue;
                }
                List<RegionCode> chain = book.regions().chain(region, date);
                ParameterValue<?> low = book.resolve(lesser, chain, date);
                ParameterValue<?> high = book.resolve(greater, chain, date);
                if (low == null || high == null || holds(low, high)) {
                    continue;
                }
                if (!reported.add(low.source() + '|' + high.source())) {
                    continue;
                }
                LoadMessages.Localized reason = new LoadMessages.Localized(reasonEn, reasonZh);
                // blame the more local row (an overlay's county value rather than the province's it meets)
                boolean disjoint = relation == Relation.DISJOINT;
                if (chain.indexOf(high.region()) < chain.indexOf(low.region())) {
                    errs.add(PolicyBook.Builder.errorAt(
                            high,
                            greater.name(),
                            disjoint ? "constraint.disjoint" : "constraint.at-least",
                            lesser.name(),
                            low.source(),
                            region,
                            date,
                            reason));
                } else {
                    errs.add(PolicyBook.Builder.errorAt(
                            low,
                            lesser.name(),
                            disjoint ? "constraint.disjoint" : "constraint.at-most",
                            greater.name(),
                            high.source(),
                            region,
                            date,
                            reason));
                }
            }
        }
    }

    private List<LocalDate> changeDates(PolicyBook book, List<RegionCode> chain) {
        Set<LocalDate> dates = new TreeSet<>();
        for (ParameterKey<?> k : List.of(lesser, greater)) {
            Map<RegionCode, ? extends Timeline<?>> byRegion = book.timelines(k);
            for (RegionCode r : chain) {
                Timeline<?> t = byRegion.get(r);
                if (t != null) {
                    for (ParameterValue<?> v : t.transitions()) {
                        dates.add(v.since());
                        if (v.until() != null) {
                            dates.add(v.until());
                        }
                    }
                }
            }
        }
        return new ArrayList<>(dates);
    }
}
