package org.minzheng.core.citation;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Every instrument minzheng cites, by id, as read from the policy data. Immutable.
 */
public final class InstrumentCatalogue {

    private final Map<String, Instrument> byId;

    private InstrumentCatalogue(Map<String, Instrument> byId) {
        this.byId = byId;
    }

    /**
     * Obtains a catalogue of the given instruments.
     *
     * @param instruments the instruments, not null
     * @return the catalogue, not null
     * @throws IllegalArgumentException if an id is used twice with different content
     */
    public static InstrumentCatalogue of(Collection<Instrument> instruments) {
        Map<String, Instrument> map = new TreeMap<>();
        for (Instrument i : instruments) {
            Instrument old = map.put(i.id(), i);
            if (old != null && !old.equals(i)) {
                throw new IllegalArgumentException("Instrument " + i.id() + " is defined twice with different content");
            }
        }
        return new InstrumentCatalogue(Collections.unmodifiableMap(map));
    }

    /**
     * @param id the instrument id, not null
     * @return the instrument, empty if unknown
     */
    public Optional<Instrument> find(String id) {
        return Optional.ofNullable(byId.get(id));
    }

    /**
     * @param citation a citation, not null
     * @return the cited instrument
     * @throws IllegalArgumentException if the citation names an unknown instrument
     */
    public Instrument resolve(Citation citation) {
        Instrument i = byId.get(citation.instrument());
        if (i == null) {
            throw new IllegalArgumentException("Unknown instrument '" + citation.instrument() + "'");
        }
        return i;
    }

    /** @return every instrument, ordered by id */
    public Collection<Instrument> all() {
        return byId.values();
    }
}
