package org.minzheng.charity.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.TrustChecks;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * A view over many filed charitable-trust records, the kind of figures a civil-affairs bureau
 * publishes ("截至目前，我市慈善信托备案6114万元、同比增长33%", Huzhou 2024). Departments publish what
 * is filed (慈善法 Art. 76 item 2); this class computes it.
 *
 * <p>Every record must be filed: {@code filedOn}, {@code filingAuthority} and {@code filingNumber}
 * present, filing numbers unique. Records are validated like program facts
 * (Jakarta constraints and {@link TrustChecks}); a batch with any problem is rejected with every
 * violation (paths {@code records[i]…}) and nothing of it is recorded. A registry is immutable:
 * {@link #with(Collection)} returns a new one.
 *
 * <p>Groupings: by filing department; by filing year ({@code filedOn}); by region, rolling the
 * department's region up to a level ({@link #totalsByRegion(RegionLevel)}); within a region, the
 * department's region lying in it ({@link #cumulative(RegionCode, LocalDate)}). Amounts are exact
 * ({@link Totals}); growth is held exactly and rounded only when shown ({@link Growth}). Records
 * are kept in a deterministic order: filing date, department, filing number.
 */
public final class TrustRegistry {

    /** The order of records: filing date, then department, then filing number. */
    public static final Comparator<CharitableTrust> ORDER = Comparator.comparing(
                    (CharitableTrust t) -> t.filedOn().orElseThrow())
            .thenComparing(t -> t.filingAuthority().orElseThrow())
            .thenComparing(t -> t.filingNumber().orElseThrow());

    private static final TrustRegistry EMPTY = new TrustRegistry(List.of());

    private final List<CharitableTrust> records;

    private TrustRegistry(List<CharitableTrust> records) {
        this.records = records;
    }

    /** @return a registry with no records */
    public static TrustRegistry empty() {
        return EMPTY;
    }

    /**
     * Obtains a registry of the given records.
     *
     * @param records the records, not null
     * @return the registry
     * @throws InvalidInputException with every violation if any record is invalid or not filed,
     *                               or two share a filing number
     */
    public static TrustRegistry of(Collection<? extends CharitableTrust> records) {
        return EMPTY.with(records);
    }

    /**
     * Returns a registry holding this one's records and more; this registry is unchanged.
     *
     * @param more the records to add, not null
     * @return the new registry
     * @throws InvalidInputException with every violation if any new record is invalid or not filed,
     *                               or a filing number is used twice; nothing is added then
     */
    public TrustRegistry with(Collection<? extends CharitableTrust> more) {
        Objects.requireNonNull(more, "more");
        List<Violation> violations = new ArrayList<>();
        Map<String, Integer> numbers = new HashMap<>();
        for (CharitableTrust t : records) {
            numbers.put(t.filingNumber().orElseThrow(), -1);
        }
        int i = 0;
        for (CharitableTrust t : more) {
            String path = "records[" + i + "]";
            if (t == null) {
                violations.add(TrustChecks.required(path));
                i++;
                continue;
            }
            List<Violation> own = new ArrayList<>(InputValidator.get().validate(t, path));
            if (own.stream()
                    .noneMatch(v -> v.code().equals("NotNull") || v.code().equals("NotEmpty"))) {
                TrustChecks.check(t, null, path, own);
            }
            if (t.filedOn().isEmpty()) {
                own.add(TrustChecks.required(path + ".filedOn"));
            }
            if (t.filingAuthority().isEmpty()) {
                own.add(TrustChecks.required(path + ".filingAuthority"));
            }
            if (t.filingNumber().isEmpty()) {
                own.add(TrustChecks.required(path + ".filingNumber"));
            } else {
                Integer first = numbers.putIfAbsent(t.filingNumber().get(), i);
                if (first != null) {
                    own.add(
                            first < 0
                                    ? TrustChecks.violation(
                                            path + ".filingNumber", "charity.registry.filing-number-in-registry")
                                    : TrustChecks.violation(
                                            path + ".filingNumber",
                                            "charity.registry.duplicate-filing-number",
                                            "position",
                                            first + 1));
                }
            }
            violations.addAll(own);
            i++;
        }
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        List<CharitableTrust> all = new ArrayList<>(records.size() + more.size());
        all.addAll(records);
        all.addAll(more);
        all.sort(ORDER);
        return new TrustRegistry(Collections.unmodifiableList(all));
    }

    /** @return the records, in {@link #ORDER} */
    public List<CharitableTrust> records() {
        return records;
    }

    /** @return how many records */
    public int size() {
        return records.size();
    }

    /** @return the totals of every record */
    public Totals total() {
        return sum(t -> true);
    }

    /** @return the totals by filing department, ordered by level then code */
    public SortedMap<CivilAffairsDepartment, Totals> totalsByAuthority() {
        return group(t -> t.filingAuthority().orElseThrow());
    }

    /** @return the totals by the year of filing, ascending */
    public SortedMap<Integer, Totals> totalsByYear() {
        return group(t -> t.filedOn().orElseThrow().getYear());
    }

    /**
     * Groups the records by region at one level: each filing department's region rolled up to
     * that level (a county bureau's filings count for its prefecture and province). A department
     * above the level (the ministry when grouping by province) is grouped under its own region.
     *
     * @param level the level, not null
     * @return the totals by region code, ascending
     */
    public SortedMap<RegionCode, Totals> totalsByRegion(RegionLevel level) {
        Objects.requireNonNull(level, "level");
        return group(t -> rollUp(t.filingAuthority().orElseThrow().region(), level));
    }

    /**
     * The totals of the records filed with a department in a region (the region itself or below
     * it) on or before a date: the cumulative figure ("截至目前…备案").
     *
     * @param within the region, not null ({@link RegionCode#NATION} for all)
     * @param asOf   the last filing date counted, inclusive, not null
     * @return the totals
     */
    public Totals cumulative(RegionCode within, LocalDate asOf) {
        Objects.requireNonNull(within, "within");
        Objects.requireNonNull(asOf, "asOf");
        return sum(t -> within.contains(t.filingAuthority().orElseThrow().region())
                && !t.filedOn().orElseThrow().isAfter(asOf));
    }

    /**
     * Year-on-year growth of the cumulative amount (同比): the amount filed in a region up to a
     * date, against the amount up to the same day one year earlier (29 February → 28 February).
     *
     * @param within the region, not null
     * @param asOf   the date, not null
     * @return the growth
     */
    public Growth yearOnYear(RegionCode within, LocalDate asOf) {
        return new Growth(
                cumulative(within, asOf).amount(),
                cumulative(within, asOf.minusYears(1)).amount());
    }

    /**
     * Growth of the amount filed in one calendar year over the year before, in a region.
     *
     * @param within the region, not null
     * @param year   the year
     * @return the growth
     */
    public Growth annualGrowth(RegionCode within, int year) {
        return new Growth(
                inYear(within, year).amount(), inYear(within, year - 1).amount());
    }

    /**
     * @param within the region, not null
     * @param year   the year
     * @return the totals of the records filed in that calendar year in the region
     */
    public Totals inYear(RegionCode within, int year) {
        Objects.requireNonNull(within, "within");
        return sum(t -> within.contains(t.filingAuthority().orElseThrow().region())
                && t.filedOn().orElseThrow().getYear() == year);
    }

    static RegionCode rollUp(RegionCode region, RegionLevel level) {
        RegionCode r = region;
        while (r.level().compareTo(level) > 0) {
            r = r.structuralParent().orElseThrow();
        }
        return r;
    }

    private Totals sum(Predicate<CharitableTrust> which) {
        Totals sum = Totals.ZERO;
        for (CharitableTrust t : records) {
            if (which.test(t)) {
                sum = sum.plus(Totals.of(t));
            }
        }
        return sum;
    }

    private <K extends Comparable<? super K>> SortedMap<K, Totals> group(Function<CharitableTrust, K> key) {
        SortedMap<K, Totals> map = new TreeMap<>();
        for (CharitableTrust t : records) {
            map.merge(key.apply(t), Totals.of(t), Totals::plus);
        }
        return Collections.unmodifiableSortedMap(map);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TrustRegistry r && r.records.equals(records);
    }

    @Override
    public int hashCode() {
        return records.hashCode();
    }

    /** @return the number of records and their total; no personal data */
    @Override
    public String toString() {
        return "TrustRegistry[" + records.size() + " records, " + total().amount() + " yuan]";
    }
}
