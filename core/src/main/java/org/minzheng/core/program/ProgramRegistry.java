package org.minzheng.core.program;

import java.util.Collection;
import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.TreeMap;

/**
 * Every {@link Program} on the class path, by id. Immutable.
 */
public final class ProgramRegistry {

    private static volatile ProgramRegistry defaultRegistry;

    private final Map<String, Program<?, ?>> programs;

    private ProgramRegistry(Map<String, Program<?, ?>> programs) {
        this.programs = programs;
    }

    /**
     * Returns the programs found through {@link ServiceLoader}, loaded once.
     *
     * @return the registry, not null
     * @throws IllegalStateException if two programs share an id
     */
    public static ProgramRegistry loadDefault() {
        ProgramRegistry r = defaultRegistry;
        if (r == null) {
            synchronized (ProgramRegistry.class) {
                r = defaultRegistry;
                if (r == null) {
                    Map<String, Program<?, ?>> map = new TreeMap<>();
                    for (Program<?, ?> p : ServiceLoader.load(Program.class, ProgramRegistry.class.getClassLoader())) {
                        register(map, p);
                    }
                    r = new ProgramRegistry(Collections.unmodifiableMap(map));
                    defaultRegistry = r;
                }
            }
        }
        return r;
    }

    /**
     * Obtains a registry of the given programs.
     *
     * @param programs the programs, not null
     * @return the registry
     * @throws IllegalStateException if two programs share an id
     */
    public static ProgramRegistry of(Collection<? extends Program<?, ?>> programs) {
        Map<String, Program<?, ?>> map = new TreeMap<>();
        for (Program<?, ?> p : programs) {
            register(map, p);
        }
        return new ProgramRegistry(Collections.unmodifiableMap(map));
    }

    private static void register(Map<String, Program<?, ?>> map, Program<?, ?> p) {
        Program<?, ?> old = map.put(p.id(), p);
        if (old != null) {
            throw new IllegalStateException("Program id '" + p.id() + "' is used by "
                    + old.getClass().getName() + " and " + p.getClass().getName());
        }
    }

    /**
     * @param id a program id, not null
     * @return the program, empty if none has that id
     */
    public Optional<Program<?, ?>> find(String id) {
        return Optional.ofNullable(programs.get(id));
    }

    /** @return every program, ordered by id */
    public Collection<Program<?, ?>> all() {
        return programs.values();
    }
}
