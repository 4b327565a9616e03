package org.minzheng.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentCatalogue;
import org.minzheng.core.region.Region;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionTable;

/**
 * Every policy parameter value known to minzheng: per key, per region, a dated
 * {@link Timeline}; the instruments they cite; the regions they are set for.
 *
 * <p>A book is built from pack files, strictly: an unknown key or field, a unit that is not the
 * key's, a value that is not of the key's type, a missing citation or grade, a citation of an
 * unknown instrument, an unknown region, a value defined twice, overlapping values and gaps the
 * key forbids, a value outside the key's range, a value graded OFFICIAL or DERIVED citing an
 * ILLUSTRATIVE instrument, and a pair of values in force together that breaks a
 * {@link KeyConstraint} all fail the load with file and line ({@link PolicyLoadException}), in
 * English and Chinese ({@link PolicyLoadError#toStringZh()}). A value row may
 * only name a region that is a division code throughout the row's validity (from {@code since}
 * to {@code until}, or open-ended) in the book's {@link RegionTable}: the national table
 * ({@link RegionTable#national()}) supplemented by the packs' {@code regions} sections.
 *
 * <p>Files come in two layers. The <em>base</em> layer is the data the modules ship (found
 * through {@link PolicyDataProvider}); it may not contain {@link Provenance#ILLUSTRATIVE}
 * values. The <em>overlay</em> layer is the integrator's own files: a (key, region) timeline in
 * an overlay replaces the base timeline for that key and region as a whole.
 *
 * <p>{@link #snapshot(RegionCode, LocalDate)} resolves the values in force at a region and date,
 * a region inheriting from its parent where it sets no value, along the chain of regions valid on
 * that date (any county of the country; a key no region of the chain sets is absent, and what
 * depends on it is UNDETERMINED). Immutable and thread-safe.
 */
public final class PolicyBook {

    private static volatile PolicyBook defaultBook;

    private final Map<String, ParameterKey<?>> keys;
    private final Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> timelines;
    private final InstrumentCatalogue instruments;
    private final RegionTable regions;
    private final Map<String, String> dataVersions;
    private final java.util.Set<String> overlayPacks;
    private final ParameterKey<?>[] keysByIndex;
    private final Map<SnapshotKey, PolicySnapshot> snapshots = new ConcurrentHashMap<>();

    private record SnapshotKey(RegionCode region, LocalDate date) {

        // written out: a record's generated equals and hashCode are bootstrapped on first use,
        // which costs milliseconds on the way to a first decision
        @Override
        public boolean equals(Object o) {
            return o instanceof SnapshotKey k && k.region.equals(region) && k.date.equals(date);
        }

        @Override
        public int hashCode() {
            return 31 * region.hashCode() + date.hashCode();
        }
    }

    private PolicyBook(
            Map<String, ParameterKey<?>> keys,
            Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> timelines,
            InstrumentCatalogue instruments,
            RegionTable regions,
            Map<String, String> dataVersions,
            java.util.Set<String> overlayPacks) {
        this.overlayPacks = overlayPacks;
        this.keys = keys;
        this.timelines = timelines;
        this.instruments = instruments;
        this.regions = regions;
        this.dataVersions = dataVersions;
        int max = 0;
        for (ParameterKey<?> k : keys.values()) {
            max = Math.max(max, k.index() + 1);
        }
        this.keysByIndex = new ParameterKey<?>[max];
        for (ParameterKey<?> k : keys.values()) {
            keysByIndex[k.index()] = k;
        }
    }

    /**
     * Returns the book of every {@link PolicyDataProvider} on the class path, loaded once.
     *
     * @return the default book, not null
     * @throws PolicyLoadException if the shipped data does not load
     */
    public static PolicyBook loadDefault() {
        PolicyBook b = defaultBook;
        if (b == null) {
            synchronized (PolicyBook.class) {
                b = defaultBook;
                if (b == null) {
                    Builder builder = builder();
                    for (PolicyDataProvider p :
                            ServiceLoader.load(PolicyDataProvider.class, PolicyBook.class.getClassLoader())) {
                        builder.addProvider(p);
                    }
                    b = builder.build();
                    defaultBook = b;
                }
            }
        }
        return b;
    }

    /**
     * Returns a builder with nothing in it; add providers, base files and overlays.
     *
     * @return a new builder, not null
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns a builder holding every provider on the class path, so that an integrator can add
     * overlays of their own: {@code PolicyBook.builderWithDefaults().addOverlay(PolicySource.of(path)).build()}.
     *
     * @return a new builder, not null
     */
    public static Builder builderWithDefaults() {
        Builder builder = builder();
        for (PolicyDataProvider p : ServiceLoader.load(PolicyDataProvider.class, PolicyBook.class.getClassLoader())) {
            builder.addProvider(p);
        }
        return builder;
    }

    /**
     * Resolves the values in force in a region on a date.
     *
     * @param region the region, not null; must be a division code on the date
     * @param date   the date, not null
     * @return the snapshot, not null
     * @throws org.minzheng.core.region.UnknownRegionException (an {@link IllegalArgumentException})
     *         if the region is not a division code on that date, naming the code, the date and,
     *         for an abolished code, its successors
     */
    public PolicySnapshot snapshot(RegionCode region, LocalDate date) {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(date, "date");
        SnapshotKey sk = new SnapshotKey(region, date);
        PolicySnapshot s = snapshots.get(sk);
        if (s != null) {
            return s;
        }
        List<RegionCode> chain = regions.chain(region, date);
        ParameterValue<?>[] resolved = new ParameterValue<?>[keysByIndex.length];
        for (ParameterKey<?> key : keys.values()) {
            resolved[key.index()] = resolve(key, chain, date);
        }
        s = new PolicySnapshot(this, region, date, chain, resolved);
        if (snapshots.size() > 4096) {
            snapshots.clear();
        }
        snapshots.put(sk, s);
        return s;
    }

    /**
     * @param name a key name such as {@code dibao.standard}, not null
     * @return the key, empty if no provider declares it
     */
    public Optional<ParameterKey<?>> key(String name) {
        return Optional.ofNullable(keys.get(name));
    }

    /** @return every key, ordered by name */
    public Collection<ParameterKey<?>> keys() {
        return keys.values();
    }

    /**
     * Lists the timelines of a key, one per region that sets it, for review.
     *
     * @param key the key, not null
     * @param <T> the value type
     * @return the timelines by region, ordered by region code
     */
    @SuppressWarnings({"unchecked", "rawtypes"})
    public <T> Map<RegionCode, Timeline<T>> timelines(ParameterKey<T> key) {
        Map m = timelines.getOrDefault(key, Map.of());
        return Collections.unmodifiableMap(m);
    }

    /** @return the instrument catalogue */
    public InstrumentCatalogue instruments() {
        return instruments;
    }

    /** @return the region table */
    public RegionTable regions() {
        return regions;
    }

    /**
     * Tells whether a pack was added as an overlay (the integrator's own file, or the examples'
     * illustrative overlay) rather than shipped with the library: a reviewer reading a decision
     * sees which values came from local files ({@link ParameterValue#pack()}).
     *
     * @param pack a pack name, as {@link ParameterValue#pack()} gives it, not null
     * @return true if an overlay of this book has that name
     */
    public boolean isOverlay(String pack) {
        return overlayPacks.contains(pack);
    }

    /** @return the data version of each provider or file that declares one, by name */
    public Map<String, String> dataVersions() {
        return dataVersions;
    }

    /**
     * Resolves one key: the value in force on the date in the first region of the chain that
     * sets one (a region inherits from its parent where it sets no value).
     *
     * @param key   the key
     * @param chain the region and its ancestors, from the region up to the nation
     * @param date  the date
     * @return the value, null if no region of the chain sets one on that date
     */
    ParameterValue<?> resolve(ParameterKey<?> key, List<RegionCode> chain, LocalDate date) {
        Map<RegionCode, Timeline<?>> byRegion = timelines.getOrDefault(key, Map.of());
        for (RegionCode r : chain) {
            Timeline<?> t = byRegion.get(r);
            if (t != null) {
                ParameterValue<?> v = t.valueAt(date);
                if (v != null) {
                    return v;
                }
            }
        }
        return null;
    }

    ParameterKey<?> keyAt(int index) {
        return index < keysByIndex.length ? keysByIndex[index] : null;
    }

    /**
     * Builds a {@link PolicyBook}. Not thread-safe.
     */
    public static final class Builder {

        private final Map<String, ParameterKey<?>> keys = new TreeMap<>();
        private final Map<String, String> keyOwners = new TreeMap<>();
        private final List<PolicySource> base = new ArrayList<>();
        private final List<PolicySource> overlays = new ArrayList<>();
        private final Map<String, String> dataVersions = new TreeMap<>();
        private final List<PolicyLoadError> errors = new ArrayList<>();
        private final List<KeyConstraint> constraints = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a provider's keys, its cross-key constraints and its files to the base layer.
         *
         * @param provider the provider, not null
         * @return this builder
         */
        public Builder addProvider(PolicyDataProvider provider) {
            addKeys(provider.name(), provider.keys());
            addConstraints(provider.constraints());
            base.addAll(provider.sources());
            return this;
        }

        /**
         * Adds cross-key constraints, checked over the merged book (base and overlays) in every
         * region and on every date where values of their keys are in force together.
         *
         * @param declared the constraints, not null
         * @return this builder
         */
        public Builder addConstraints(Collection<KeyConstraint> declared) {
            for (KeyConstraint c : declared) {
                if (!constraints.contains(c)) {
                    constraints.add(c);
                }
            }
            return this;
        }

        /**
         * Declares keys owned by the named module.
         *
         * @param owner the owner's name, for messages
         * @param declared the keys, not null
         * @return this builder
         */
        public Builder addKeys(String owner, Collection<? extends ParameterKey<?>> declared) {
            for (ParameterKey<?> k : declared) {
                ParameterKey<?> old = keys.putIfAbsent(k.name(), k);
                if (old != null && old != k) {
                    errors.add(LoadMessages.error(
                            owner, 0, k.name(), "key.declared-twice", keyOwners.get(k.name()), owner));
                } else {
                    keyOwners.putIfAbsent(k.name(), owner);
                }
            }
            return this;
        }

        /**
         * Adds a file to the base layer (shipped, official data: no ILLUSTRATIVE values).
         *
         * @param source the file, not null
         * @return this builder
         */
        public Builder addSource(PolicySource source) {
            base.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds an integrator's file to the overlay layer: each (key, region) it sets replaces the
         * base timeline of that key and region.
         *
         * @param source the file, not null
         * @return this builder
         */
        public Builder addOverlay(PolicySource source) {
            overlays.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Loads every file and checks it.
         *
         * @return the book, not null
         * @throws PolicyLoadException listing every problem, if there is any
         */
        public PolicyBook build() {
            List<PolicyLoadError> errs = new ArrayList<>(errors);
            List<PackReader.Pack> basePacks = new ArrayList<>();
            List<PackReader.Pack> overlayPacks = new ArrayList<>();
            for (PolicySource s : base) {
                basePacks.add(PackReader.read(s, errs));
            }
            for (PolicySource s : overlays) {
                overlayPacks.add(PackReader.read(s, errs));
            }
            List<Instrument> allInstruments = new ArrayList<>();
            List<Region> allRegions = new ArrayList<>();
            Map<String, String> versions = new TreeMap<>(dataVersions);
            for (List<PackReader.Pack> layer : List.of(basePacks, overlayPacks)) {
                for (PackReader.Pack p : layer) {
                    allInstruments.addAll(p.instruments());
                    allRegions.addAll(p.regions());
                    if (p.dataVersion() != null) {
                        versions.put(p.file(), p.dataVersion());
                    }
                }
            }
            InstrumentCatalogue catalogue = catalogue(allInstruments, errs);
            RegionTable table = regionTable(allRegions, errs);
            Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> merged = new TreeMap<>();
            Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> baseTimelines =
                    timelines(basePacks, false, catalogue, table, errs);
            Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> overlayTimelines =
                    timelines(overlayPacks, true, catalogue, table, errs);
            // loops rather than lambdas here and below: this runs on the way to a first decision,
            // where every lambda's first use costs a bootstrap
            for (Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> layer : List.of(baseTimelines, overlayTimelines)) {
                for (Map.Entry<ParameterKey<?>, Map<RegionCode, Timeline<?>>> e : layer.entrySet()) {
                    Map<RegionCode, Timeline<?>> byRegion = merged.get(e.getKey());
                    if (byRegion == null) {
                        byRegion = new TreeMap<>();
                        merged.put(e.getKey(), byRegion);
                    }
                    byRegion.putAll(e.getValue());
                }
            }
            if (!errs.isEmpty()) {
                throw new PolicyLoadException(errs);
            }
            Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> frozen = new LinkedHashMap<>();
            for (Map.Entry<ParameterKey<?>, Map<RegionCode, Timeline<?>>> e : merged.entrySet()) {
                frozen.put(e.getKey(), Collections.unmodifiableMap(e.getValue()));
            }
            PolicyBook book = new PolicyBook(
                    Collections.unmodifiableMap(new TreeMap<>(keys)),
                    Collections.unmodifiableMap(frozen),
                    catalogue,
                    table,
                    Collections.unmodifiableMap(versions),
                    overlayNames(overlayPacks));
            // cross-key constraints hold over what is in force, an overlay's values with what they inherit
            KeyConstraint.checkAll(constraints, book, errs);
            if (!errs.isEmpty()) {
                throw new PolicyLoadException(errs);
            }
            return book;
        }

        private static java.util.Set<String> overlayNames(List<PackReader.Pack> packs) {
            java.util.Set<String> names = new java.util.TreeSet<>();
            for (PackReader.Pack p : packs) {
                names.add(p.name());
            }
            return Collections.unmodifiableSet(names);
        }

        private static InstrumentCatalogue catalogue(List<Instrument> all, List<PolicyLoadError> errs) {
            Map<String, Instrument> seen = new TreeMap<>();
            List<Instrument> unique = new ArrayList<>();
            for (Instrument i : all) {
                Instrument old = seen.putIfAbsent(i.id(), i);
                if (old == null) {
                    unique.add(i);
                } else if (!old.equals(i)) {
                    errs.add(LoadMessages.error("instruments", 0, i.id(), "instrument.defined-twice"));
                }
            }
            return InstrumentCatalogue.of(unique);
        }

        private static RegionTable regionTable(List<Region> all, List<PolicyLoadError> errs) {
            return RegionTable.national().supplemented(all, new RegionProblems(errs));
        }

        /** A supplied region's problems as load errors at its file and line (a class: no lambda to bootstrap). */
        private static final class RegionProblems implements RegionTable.Problems {
            private final List<PolicyLoadError> errs;

            RegionProblems(List<PolicyLoadError> errs) {
                this.errs = errs;
            }

            @Override
            public void report(Region region, String message) {
                errs.add(at(region.source(), "regions", message));
            }
        }

        private static PolicyLoadError at(String source, String key, String message) {
            int colon = source.lastIndexOf(':');
            return new PolicyLoadError(
                    source.substring(0, colon), Integer.parseInt(source.substring(colon + 1)), key, message);
        }

        private Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> timelines(
                List<PackReader.Pack> packs,
                boolean overlay,
                InstrumentCatalogue catalogue,
                RegionTable table,
                List<PolicyLoadError> errs) {
            Map<ParameterKey<?>, Map<RegionCode, List<ParameterValue<?>>>> grouped = new TreeMap<>();
            for (PackReader.Pack p : packs) {
                for (PackReader.RawValue raw : p.values()) {
                    ParameterValue<?> v = typed(raw, overlay, catalogue, table, errs);
                    if (v != null) {
                        Map<RegionCode, List<ParameterValue<?>>> byRegion = grouped.get(v.key());
                        if (byRegion == null) {
                            byRegion = new TreeMap<>();
                            grouped.put(v.key(), byRegion);
                        }
                        List<ParameterValue<?>> list = byRegion.get(v.region());
                        if (list == null) {
                            list = new ArrayList<>();
                            byRegion.put(v.region(), list);
                        }
                        list.add(v);
                    }
                }
            }
            Map<ParameterKey<?>, Map<RegionCode, Timeline<?>>> result = new TreeMap<>();
            for (Map.Entry<ParameterKey<?>, Map<RegionCode, List<ParameterValue<?>>>> byKey : grouped.entrySet()) {
                Map<RegionCode, Timeline<?>> timelines = new TreeMap<>();
                for (Map.Entry<RegionCode, List<ParameterValue<?>>> byRegion :
                        byKey.getValue().entrySet()) {
                    List<ParameterValue<?>> vs = checkSequence(byKey.getKey(), byRegion.getValue(), errs);
                    timelines.put(byRegion.getKey(), timeline(byKey.getKey(), byRegion.getKey(), vs));
                }
                result.put(byKey.getKey(), timelines);
            }
            return result;
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private static Timeline<?> timeline(ParameterKey<?> key, RegionCode region, List<ParameterValue<?>> values) {
            return Timeline.of((ParameterKey) key, region, (List) values);
        }

        private static List<ParameterValue<?>> checkSequence(
                ParameterKey<?> key, List<ParameterValue<?>> values, List<PolicyLoadError> errs) {
            List<ParameterValue<?>> sorted = new ArrayList<>(values);
            sorted.sort(Timeline.BY_SINCE);
            List<ParameterValue<?>> kept = new ArrayList<>();
            for (ParameterValue<?> v : sorted) {
                if (!kept.isEmpty()) {
                    ParameterValue<?> prev = kept.get(kept.size() - 1);
                    if (prev.since().equals(v.since())) {
                        if (!sameContent(prev, v)) {
                            errs.add(error(v, "value.defined-twice", v.region(), v.since(), prev.source()));
                        }
                        continue;
                    }
                    if (prev.until() != null && prev.until().isAfter(v.since())) {
                        errs.add(error(v, "value.overlaps", prev.source(), prev.since(), prev.until()));
                    } else if (prev.until() != null && prev.until().isBefore(v.since()) && !key.gapsAllowed()) {
                        errs.add(error(v, "value.gap", prev.until(), v.since(), prev.source()));
                    }
                }
                kept.add(v);
            }
            return kept;
        }

        private static boolean sameContent(ParameterValue<?> a, ParameterValue<?> b) {
            return a.canonicalLine().equals(b.canonicalLine()) && Objects.equals(a.note(), b.note());
        }

        private static PolicyLoadError error(ParameterValue<?> v, String code, Object... args) {
            return errorAt(v, v.key().name(), code, args);
        }

        /** @return an error at the row a value was read from ({@code file:line}) */
        static PolicyLoadError errorAt(ParameterValue<?> v, String key, String code, Object... args) {
            int colon = v.source().lastIndexOf(':');
            return LoadMessages.error(
                    v.source().substring(0, colon), Integer.parseInt(v.source().substring(colon + 1)), key, code, args);
        }

        /**
         * A set of dates (a year's holiday arrangement) applies within its row: the row lies within
         * one calendar year, from {@code since} to a required {@code until}, and every date of the
         * set falls in it — otherwise the row in force on a 1 January could hold dates of another
         * year, which no decision can use.
         */
        private static void checkDatesInRow(
                PackReader.RawValue raw, org.minzheng.core.time.DateSet dates, List<PolicyLoadError> errs) {
            LocalDate nextYear = LocalDate.of(raw.since().getYear() + 1, 1, 1);
            if (raw.until() == null || raw.until().isAfter(nextYear)) {
                errs.add(LoadMessages.error(
                        raw.file(), raw.line(), raw.key(), "value.dates-one-year", raw.since(), nextYear));
                return;
            }
            for (LocalDate d : dates.dates()) {
                if (d.isBefore(raw.since()) || !d.isBefore(raw.until())) {
                    errs.add(LoadMessages.error(
                            raw.file(),
                            raw.valueLine(),
                            raw.key(),
                            "value.dates-outside-row",
                            raw.since(),
                            raw.until()));
                    return;
                }
            }
        }

        /**
         * Checks that a row's region is a division code throughout the row's validity.
         *
         * @return what is wrong, null if nothing
         */
        static String regionProblem(RegionTable table, RegionCode region, LocalDate since, LocalDate until) {
            List<Region> history = table.history(region);
            if (history.isEmpty()) {
                return "unknown region " + region + ": not a division code of the region table (GB/T 2260 county"
                        + " level and above, 1981-2024); a township or a newer code needs a regions section";
            }
            LocalDate from = since != null ? since : history.get(0).since();
            if (from == null || table.covers(region, from, until)) {
                return null;
            }
            List<String> periods = new ArrayList<>();
            for (Region r : history) {
                periods.add(r.toString());
            }
            return "region " + region + " is not a division code throughout the row's validity (" + from + " to "
                    + (until == null ? "open-ended" : until) + "); the region table has " + String.join(", ", periods);
        }

        @SuppressWarnings({"unchecked", "rawtypes"})
        private ParameterValue<?> typed(
                PackReader.RawValue raw,
                boolean overlay,
                InstrumentCatalogue catalogue,
                RegionTable table,
                List<PolicyLoadError> errs) {
            ParameterKey key = keys.get(raw.key());
            int before = errs.size();
            if (key == null) {
                String near = NearestName.of(raw.key(), keys.keySet());
                errs.add(
                        near == null
                                ? LoadMessages.error(raw.file(), raw.line(), raw.key(), "key.unknown")
                                : LoadMessages.error(
                                        raw.file(), raw.line(), raw.key(), "key.unknown-did-you-mean", near));
                return null;
            }
            if (!key.unit().equals(raw.unit())) {
                errs.add(LoadMessages.error(raw.file(), raw.line(), raw.key(), "value.unit", raw.unit(), key.unit()));
            }
            Object value = null;
            try {
                value = key.type().parse(raw.value());
            } catch (RuntimeException e) {
                // the parser's reason may quote the value: the message names what is expected instead
                List<String> codes = key.type().codes();
                errs.add(
                        codes.isEmpty()
                                ? LoadMessages.error(
                                        raw.file(),
                                        raw.valueLine(),
                                        raw.key(),
                                        "value.not-type",
                                        key.type().name(),
                                        LoadMessages.localized(
                                                "type." + key.type().name()))
                                : LoadMessages.error(
                                        raw.file(),
                                        raw.valueLine(),
                                        raw.key(),
                                        "value.not-one-of",
                                        String.join(", ", codes)));
            }
            if (value != null) {
                int toLeast = key.least().isPresent()
                        ? ((Comparable) value).compareTo(key.least().get())
                        : 1;
                if (toLeast < 0 || toLeast == 0 && key.leastExcluded()) {
                    errs.add(LoadMessages.error(
                            raw.file(),
                            raw.valueLine(),
                            raw.key(),
                            toLeast < 0 ? "value.below" : "value.not-above",
                            key.type().print(key.least().get())));
                } else if (key.greatest().isPresent()
                        && ((Comparable) value).compareTo(key.greatest().get()) > 0) {
                    errs.add(LoadMessages.error(
                            raw.file(),
                            raw.valueLine(),
                            raw.key(),
                            "value.above",
                            key.type().print(key.greatest().get())));
                }
            }
            if (value instanceof org.minzheng.core.time.DateSet dates && raw.since() != null) {
                checkDatesInRow(raw, dates, errs);
            }
            String regionProblem = regionProblem(table, raw.region(), raw.since(), raw.until());
            if (regionProblem != null) {
                errs.add(new PolicyLoadError(raw.file(), raw.line(), raw.key(), regionProblem));
            }
            Optional<Instrument> cited = catalogue.find(raw.citation().instrument());
            if (cited.isEmpty()) {
                errs.add(LoadMessages.error(
                        raw.file(),
                        raw.line(),
                        raw.key(),
                        "value.unknown-instrument",
                        raw.citation().instrument()));
            } else if (raw.grade() != Provenance.ILLUSTRATIVE
                    && cited.get().rank() == org.minzheng.core.citation.InstrumentRank.ILLUSTRATIVE) {
                // a placeholder source proves nothing: only an ILLUSTRATIVE value may rest on it
                errs.add(LoadMessages.error(
                        raw.file(),
                        raw.line(),
                        raw.key(),
                        "value.cites-illustrative",
                        raw.grade(),
                        raw.citation().instrument()));
            }
            if (!overlay && raw.grade() == Provenance.ILLUSTRATIVE) {
                errs.add(LoadMessages.error(raw.file(), raw.line(), raw.key(), "value.illustrative-in-base"));
            }
            if (errs.size() > before) {
                return null;
            }
            return new ParameterValue(
                    key,
                    raw.region(),
                    raw.since(),
                    raw.until(),
                    value,
                    raw.grade(),
                    raw.citation(),
                    raw.sinceExact(),
                    raw.replaceableBy(),
                    catalogue.find(raw.citation().instrument()).get().sourceDate(),
                    raw.note(),
                    raw.location() + ":" + raw.line(),
                    raw.pack());
        }
    }
}
