package org.minzheng.core.region;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The known administrative divisions, read from the policy data (the {@code regions} section
 * of a pack file), with the hierarchy used for parameter inheritance.
 *
 * <p>Immutable and thread-safe.
 */
public final class RegionTable {

    private final Map<RegionCode, Region> regions;

    private RegionTable(Map<RegionCode, Region> regions) {
        this.regions = regions;
    }

    /**
     * Obtains a table of the given regions; the nation is always present.
     *
     * @param regions the regions, not null
     * @return the table, not null
     * @throws IllegalArgumentException if a code is listed twice with different names
     */
    public static RegionTable of(Collection<Region> regions) {
        Map<RegionCode, Region> map = new TreeMap<>();
        map.put(RegionCode.NATION, new Region(RegionCode.NATION, "全国", "China (national)", null));
        for (Region r : regions) {
            Region old = map.put(r.code(), r);
            if (old != null && !old.equals(r) && !r.code().equals(RegionCode.NATION)) {
                throw new IllegalArgumentException("Region " + r.code() + " is defined twice with different content");
            }
        }
        return new RegionTable(Collections.unmodifiableMap(map));
    }

    /**
     * @param code a code, not null
     * @return the region, empty if the code is not in the table
     */
    public Optional<Region> find(RegionCode code) {
        return Optional.ofNullable(regions.get(code));
    }

    /**
     * @param code a code, not null
     * @return true if the code is in the table
     */
    public boolean contains(RegionCode code) {
        return regions.containsKey(code);
    }

    /**
     * Returns the nearest ancestor that is in the table, skipping structural levels that do
     * not exist (a county-level city reporting to its province).
     *
     * @param code a code, not null
     * @return the parent, empty for the nation
     */
    public Optional<RegionCode> parentOf(RegionCode code) {
        Optional<RegionCode> p = code.structuralParent();
        while (p.isPresent() && !regions.containsKey(p.get())) {
            p = p.get().structuralParent();
        }
        return p;
    }

    /**
     * Returns the chain from the code up to the nation, the order in which parameter values
     * are looked up: {@code [330503, 330500, 330000, 000000]}.
     *
     * @param code a code, not null
     * @return the chain, starting with code and ending with the nation
     */
    public List<RegionCode> chain(RegionCode code) {
        List<RegionCode> chain = new ArrayList<>(4);
        chain.add(code);
        Optional<RegionCode> p = parentOf(code);
        while (p.isPresent()) {
            chain.add(p.get());
            p = parentOf(p.get());
        }
        return chain;
    }

    /** @return every region, ordered by code */
    public Collection<Region> all() {
        return regions.values();
    }
}
