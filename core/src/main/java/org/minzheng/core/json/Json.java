package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.util.List;
import java.util.Map;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The one configured Jackson mapper: java.time as ISO text, unknown fields rejected, money as
 * decimal strings, floats read as exact decimals, and a pretty printer with {@code \n} line
 * ends so that equal decisions give byte-identical JSON on every machine.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new Jdk8Module())
            .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.DEFAULT_VIEW_INCLUSION)
            .build();

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private Json() {
    }

    /** @return the shared mapper (do not reconfigure it) */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /**
     * Writes a value as pretty JSON with {@code \n} line ends and a final newline.
     *
     * @param value the value
     * @return the JSON text
     */
    public static String pretty(Object value) {
        try {
            return PRETTY.writeValueAsString(value) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /**
     * Writes a value as compact JSON on one line (JSON Lines).
     *
     * @param value the value
     * @return the JSON text, without a newline
     */
    public static String compact(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /**
     * Reads JSON text as a tree.
     *
     * @param text the text
     * @param path the path to report errors at
     * @return the tree
     * @throws InvalidInputException if the text is not well-formed JSON
     */
    public static JsonNode readTree(String text, String path) {
        try {
            return MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw new InvalidInputException(List.of(toViolation(e, path)));
        }
    }

    /**
     * Converts a JSON tree to a typed value, strictly.
     *
     * @param node the tree
     * @param type the type
     * @param path the path of the tree, such as {@code facts}
     * @param <T>  the type
     * @return the value
     * @throws InvalidInputException with the path and reason if the tree does not fit the type
     */
    public static <T> T convert(JsonNode node, Class<T> type, String path) {
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            throw new InvalidInputException(List.of(toViolation(e, path)));
        }
    }

    /**
     * Turns a Jackson error into a violation whose path names the field and whose message never
     * repeats the input value.
     *
     * @param e    the error
     * @param root the root path
     * @return the violation
     */
    public static Violation toViolation(Exception e, String root) {
        InputValidator v = InputValidator.get();
        if (e instanceof JsonParseException) {
            return v.violation(root, "json.malformed", Map.of());
        }
        if (!(e instanceof JsonMappingException jme)) {
            return v.violation(root, "json.wrong-type", Map.of());
        }
        String path = path(root, jme.getPath());
        if (jme instanceof UnrecognizedPropertyException upe) {
            return v.violation(path, "json.unknown-field", Map.of());
        }
        if (jme instanceof ValueInstantiationException vie) {
            Throwable cause = vie.getCause();
            if (cause instanceof NullPointerException) {
                return v.violation(path + missingField(cause), "json.missing", Map.of());
            }
            if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException
                    || cause instanceof ArithmeticException) {
                return v.violation(path, "json.invalid-value", Map.of("reason", safeReason(cause)));
            }
        }
        if (jme instanceof InvalidFormatException || jme instanceof MismatchedInputException) {
            return v.violation(path, "json.wrong-type", Map.of());
        }
        return v.violation(path, "json.wrong-type", Map.of());
    }

    private static String missingField(Throwable npe) {
        String m = npe.getMessage();
        if (m != null && m.matches("[A-Za-z][A-Za-z0-9]*")) {
            return "." + m;
        }
        return "";
    }

    private static String safeReason(Throwable cause) {
        // Reasons come from minzheng's own value types, whose messages never hold personal data;
        // anything else is summarised by its type.
        String name = cause.getClass().getName();
        if (cause.getMessage() != null && (name.startsWith("org.minzheng.") || cause.getStackTrace().length > 0
                && cause.getStackTrace()[0].getClassName().startsWith("org.minzheng."))) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName();
    }

    private static String path(String root, List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder(root);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append('.').append(r.getFieldName());
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
