package org.minzheng.examples.cases;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import org.minzheng.core.json.Json;

/**
 * Work-around for a gap in {@link Json#mapper()}: it does not register Jackson's
 * {@code Jdk8Module}, so facts with {@code Optional} attributes ({@code IncomeItem.member},
 * {@code Member.absence}, {@code Member.idNumber}…) cannot be read from JSON ("Java 8 optional
 * type not supported by default"). The examples register the module once, before any case is
 * read. Remove this class when core's mapper registers {@code Jdk8Module} itself; until then
 * {@link #install()} is a no-op on a mapper that already has it.
 */
public final class JsonSetup {

    private static volatile boolean installed;

    private JsonSetup() {
    }

    /** Registers {@code Jdk8Module} on the shared mapper if it is not registered yet. Idempotent. */
    public static void install() {
        if (installed) {
            return;
        }
        synchronized (JsonSetup.class) {
            ObjectMapper m = Json.mapper();
            Jdk8Module module = new Jdk8Module();
            if (!m.getRegisteredModuleIds().contains(module.getTypeId())) {
                m.registerModule(module);
            }
            installed = true;
        }
    }
}
