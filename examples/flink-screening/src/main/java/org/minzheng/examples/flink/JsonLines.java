package org.minzheng.examples.flink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import java.util.List;
import org.minzheng.core.json.Json;
import org.minzheng.core.validation.InvalidInputException;

/**
 * The JSON used on the job's wire and in its state: {@link Json#mapper() core's mapper} (ISO
 * dates, money as decimal strings, unknown fields rejected), with {@code Optional} support.
 *
 * <p>Household facts have {@code Optional} fields (an income's member, a member's identity
 * number…). Core's mapper gained {@code Jdk8Module} after this module's base commit; a copy with
 * the module registered reads and writes them on either version (registering it twice is a
 * no-op), so nothing here depends on which core is on the class path. Decisions are written with
 * {@link Json#compact(Object)} itself, as every other minzheng output is.
 */
public final class JsonLines {

    private static final ObjectMapper MAPPER = Json.mapper()
            .copy()
            .registerModule(new Jdk8Module())
            .setDefaultPropertyInclusion(JsonInclude.Include.NON_ABSENT);

    /**
     * One reader per type, made once: {@code ObjectMapper.readValue(String, Class)} resolves the
     * type and finds its root deserializer on every call (about a tenth of reading an input line);
     * a reader holds both. Same mapper, same configuration, so the same values and the same errors.
     */
    private static final ClassValue<ObjectReader> READERS = new ClassValue<>() {
        @Override
        protected ObjectReader computeValue(Class<?> type) {
            return MAPPER.readerFor(type);
        }
    };

    private JsonLines() {}

    /** @return the mapper (do not reconfigure it) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * @param value a value
     * @return its JSON on one line
     */
    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /**
     * @param value a value
     * @return its JSON on one line, in UTF-8
     */
    public static byte[] writeBytes(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /**
     * Reads one line strictly.
     *
     * @param line the JSON text
     * @param type the type
     * @param path the path to report problems at
     * @param <T>  the type
     * @return the value
     * @throws InvalidInputException with the path and reason (never the input value) if the line does not fit
     */
    public static <T> T read(String line, Class<T> type, String path) {
        try {
            return READERS.get(type).readValue(line);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(List.of(Json.toViolation(e, path)));
        }
    }
}
