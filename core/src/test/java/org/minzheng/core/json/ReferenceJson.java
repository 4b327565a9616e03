package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The reference for writing decisions: {@link Json}'s mapper, configured the same way, without
 * {@link DecisionWriter}, so that a {@code Decision} is written by Jackson's bean serialisation
 * (reflection on its annotated getters) as it was before the writer. Tests require the writer's
 * bytes to equal these.
 */
public final class ReferenceJson {

    private static final ObjectMapper MAPPER = Json.build(true, false);

    private ReferenceJson() {}

    /**
     * @param value a value
     * @return its compact JSON, written without the decision writer
     */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param value a value
     * @return its compact JSON in UTF-8, written to a stream without the decision writer
     */
    public static byte[] compactBytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            MAPPER.writeValue(out, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * @param value a value
     * @return the bytes {@link Json#compact(Object, java.io.OutputStream)} writes (with the decision writer)
     */
    public static byte[] fastBytes(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            Json.compact(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** @return true if {@link Json#mapper()} writes decisions with {@link DecisionWriter} */
    public static boolean writerRegistered() {
        try {
            Object writer = Json.mapper()
                    .getSerializerProviderInstance()
                    .findValueSerializer(org.minzheng.core.decision.Decision.class);
            return writer instanceof DecisionWriter;
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * @param type a class written by the mapper as a bean (a record, a result)
     * @return the names of its JSON properties that {@link Json#mapper()} still reads by reflection
     *     (Jackson's own property writer, not {@link RecordPropertyWriter}), in order; empty when
     *     every property is read through a bound accessor
     */
    public static java.util.List<String> reflectiveProperties(Class<?> type) {
        try {
            Object ser = Json.mapper().getSerializerProviderInstance().findValueSerializer(type);
            if (!(ser instanceof com.fasterxml.jackson.databind.ser.std.BeanSerializerBase bean)) {
                return java.util.List.of(
                        "(not a bean serializer: " + ser.getClass().getName() + ")");
            }
            java.util.List<String> names = new java.util.ArrayList<>();
            bean.properties().forEachRemaining(w -> {
                if (!(w instanceof RecordPropertyWriter)) {
                    names.add(w.getName());
                }
            });
            return names;
        } catch (com.fasterxml.jackson.databind.JsonMappingException e) {
            throw new IllegalStateException(e);
        }
    }
}
