package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;

/**
 * The properties of a type that an object must give, each with the code reported when it is
 * absent or null, so that the tree walk ({@link TreeCheck}) names every missing one at once:
 *
 * <ul>
 *   <li>{@code json.missing} for what the reader itself cannot do without: a record's primitive
 *       component, an Immutables attribute without a default (the ones its builder lists as "not
 *       set"), a component whose constructor refuses null;</li>
 *   <li>the constraint's own code ({@code NotNull}, {@code NotEmpty}, {@code NotBlank}) for what
 *       the reader accepts absent but validation refuses, as validation would report it.</li>
 * </ul>
 *
 * Found once per type by reading an empty object into it (what the reader refuses, and the
 * constraints the empty value breaks); when an empty object cannot be read, the constraints are
 * taken from the type's constraint metadata, leaving out attributes that have a default, are
 * optional, or are collections that read as empty. Thread-safe.
 */
final class RequiredProperties {

    private static final Map<JavaType, Map<String, String>> CACHE = new ConcurrentHashMap<>();
    private static final Pattern NOT_SET = Pattern.compile("required attributes are not set \\[([^\\]]*)\\]");
    private static final Pattern NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String MISSING = "json.missing";

    private RequiredProperties() {}

    /**
     * @param mapper the reader
     * @param type   an object type
     * @return property name → code, in a stable order; empty if nothing is required
     */
    static Map<String, String> of(ObjectMapper mapper, JavaType type) {
        Map<String, String> found = CACHE.get(type);
        if (found == null) {
            found = find(mapper, type);
            CACHE.putIfAbsent(type, found);
        }
        return found;
    }

    /** Finds them without the cache (for {@link #of} and tests). */
    static Map<String, String> find(ObjectMapper mapper, JavaType type) {
        Map<String, String> required = new LinkedHashMap<>();
        Class<?> raw = type.getRawClass();
        if (raw.isRecord()) {
            for (RecordComponent c : raw.getRecordComponents()) {
                if (c.getType().isPrimitive()) {
                    required.put(c.getName(), MISSING);
                }
            }
        }
        Object empty = null;
        try {
            empty = mapper.treeToValue(mapper.createObjectNode(), type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            readerRequired(e.getCause(), required);
        }
        if (empty != null) {
            for (Violation v : InputValidator.get().validate(empty, "")) {
                String name = v.path().startsWith(".") ? v.path().substring(1) : v.path();
                if (NAME.matcher(name).matches() && InputValidator.PRESENCE_CONSTRAINTS.contains(v.code())) {
                    required.putIfAbsent(name, v.code());
                }
            }
        } else {
            InputValidator.get().presenceConstraints(raw).forEach((name, code) -> {
                if (absentReadsAsNothing(raw, name, code)) {
                    required.putIfAbsent(name, code);
                }
            });
        }
        return Collections.unmodifiableMap(required);
    }

    /** What an empty object's failure names: an Immutables builder lists every attribute not set. */
    private static void readerRequired(Throwable cause, Map<String, String> required) {
        if (cause == null || cause.getMessage() == null) {
            return;
        }
        if (cause instanceof IllegalStateException) {
            Matcher m = NOT_SET.matcher(cause.getMessage());
            if (m.find()) {
                for (String n : m.group(1).split(",")) {
                    if (NAME.matcher(n.trim()).matches()) {
                        required.put(n.trim(), MISSING);
                    }
                }
            }
        } else if (cause instanceof NullPointerException
                && NAME.matcher(cause.getMessage()).matches()) {
            required.put(cause.getMessage(), MISSING);
        }
    }

    /**
     * Whether an absent attribute reads as null or empty (so that its presence constraint
     * refuses it): a record's component does unless it is optional; an attribute of an abstract
     * type (Immutables) does not when it has a default or is optional, and a collection reads as
     * empty, which {@code NotNull} accepts.
     */
    private static boolean absentReadsAsNothing(Class<?> raw, String name, String code) {
        Method accessor;
        try {
            accessor = raw.getMethod(name);
        } catch (NoSuchMethodException e) {
            return false;
        }
        Class<?> t = accessor.getReturnType();
        if (Optional.class.isAssignableFrom(t)) {
            return false;
        }
        if (raw.isRecord()) {
            return true; // an absent component is null
        }
        if (accessor.isDefault() || !Modifier.isAbstract(accessor.getModifiers())) {
            return false; // an attribute with a default
        }
        return !(code.equals("NotNull") && (Collection.class.isAssignableFrom(t) || Map.class.isAssignableFrom(t)));
    }
}
