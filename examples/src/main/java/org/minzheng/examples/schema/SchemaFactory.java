package org.minzheng.examples.schema;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.FieldScope;
import com.github.victools.jsonschema.generator.MemberScope;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationModule;
import com.github.victools.jsonschema.module.jakarta.validation.JakartaValidationOption;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.TypeVariable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionCode;

/**
 * Generates the JSON Schema of a program's facts type and of the decision record.
 *
 * <p>Properties are found the way {@link Json#mapper()} reads and writes them: the attributes of
 * Immutables interfaces (the accessors that the generated {@code Immutable*} class marks with
 * {@code @JsonProperty}), the components of records, and the {@code @JsonProperty} methods of
 * classes such as {@link Decision}. Unknown fields are forbidden, as the mapper rejects them.
 * A facts property is required when it carries {@code @NotNull} or {@code @NotEmpty} and has no
 * default; a decision property when it is always written.
 *
 * <p>The output is the same on every JVM: properties are listed in the type's
 * {@code @JsonPropertyOrder}, else in the order of its record components or of the fields of its
 * Immutables implementation (the attributes' declaration order), else by name; {@code required}
 * lists follow the properties' order. (Reflection lists methods in an order that varies between
 * JVM runs, so it is never relied on.)
 */
public final class SchemaFactory {

    /** The pattern of a CNY amount in JSON: yuan with at most two decimals, as {@link Money#parse} reads it. */
    public static final String MONEY_PATTERN = "^-?[0-9]{1,15}(\\.[0-9]{1,2})?$";
    /** The pattern of a GB/T 2260 region code. */
    public static final String REGION_PATTERN = "^[0-9]{6}$";
    /** The pattern of a GB 11643 resident identity number. */
    public static final String RESIDENT_ID_PATTERN = "^[0-9]{17}[0-9X]$";

    private enum Mode {
        FACTS,
        DECISION
    }

    private static final Map<Class<?>, List<String>> ORDERS = new ConcurrentHashMap<>();

    private SchemaFactory() {}

    /**
     * @param program a program, not null
     * @return the JSON Schema of its facts
     */
    public static ObjectNode facts(Program<?, ?> program) {
        ObjectNode schema = generator(Mode.FACTS).generateSchema(program.factsType());
        return titled(
                schema,
                "Facts of " + program.id() + ": " + program.title().en() + " ("
                        + program.title().zh() + ")");
    }

    /**
     * @param program the program whose result type to use, or null for any result
     * @return the JSON Schema of the decision record
     */
    public static ObjectNode decision(Program<?, ?> program) {
        ObjectNode schema = program == null
                ? generator(Mode.DECISION).generateSchema(Decision.class)
                : generator(Mode.DECISION).generateSchema(Decision.class, program.resultType());
        orderProperties(schema, Decision.class);
        return titled(
                schema,
                program == null
                        ? "minzheng decision record (schema version " + Decision.SCHEMA_VERSION + ")"
                        : "minzheng decision record of " + program.id() + " (schema version " + Decision.SCHEMA_VERSION
                                + ")");
    }

    /** Orders an object schema's properties as the type's {@code @JsonPropertyOrder} orders its JSON. */
    private static void orderProperties(ObjectNode schema, Class<?> type) {
        JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
        JsonNode props = schema.get("properties");
        if (order == null || props == null || !props.isObject()) {
            return;
        }
        ObjectNode sorted = Json.mapper().createObjectNode();
        for (String name : order.value()) {
            for (String candidate : new String[] {name, name + "()"}) {
                if (props.has(candidate)) {
                    sorted.set(candidate, props.get(candidate));
                }
            }
        }
        props.fields().forEachRemaining(e -> {
            if (!sorted.has(e.getKey())) {
                sorted.set(e.getKey(), e.getValue());
            }
        });
        schema.set("properties", sorted);
    }

    private static ObjectNode titled(ObjectNode schema, String title) {
        stripMethodParentheses(schema);
        requiredInPropertyOrder(schema);
        ObjectNode out = Json.mapper().createObjectNode();
        out.set("$schema", schema.get("$schema"));
        out.put("title", title);
        schema.fields().forEachRemaining(e -> {
            if (!e.getKey().equals("$schema")) {
                out.set(e.getKey(), e.getValue());
            }
        });
        return out;
    }

    /**
     * victools names method properties {@code name()}; the JSON property is {@code name} (or the
     * {@code @JsonProperty} value, already applied). Renames them in every {@code properties}
     * object and {@code required} array, keeping the order.
     */
    private static void stripMethodParentheses(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            JsonNode props = o.get("properties");
            if (props != null && props.isObject()) {
                ObjectNode renamed = Json.mapper().createObjectNode();
                props.fields().forEachRemaining(e -> renamed.set(strip(e.getKey()), e.getValue()));
                o.set("properties", renamed);
            }
            JsonNode required = o.get("required");
            if (required != null && required.isArray()) {
                ArrayNode renamed = Json.mapper().createArrayNode();
                required.forEach(r -> renamed.add(strip(r.asText())));
                o.set("required", renamed);
            }
        }
        node.forEach(SchemaFactory::stripMethodParentheses);
    }

    /** Lists every {@code required} array in the order of its object's {@code properties}. */
    private static void requiredInPropertyOrder(JsonNode node) {
        if (node.isObject()) {
            ObjectNode o = (ObjectNode) node;
            JsonNode props = o.get("properties");
            JsonNode required = o.get("required");
            if (props != null && props.isObject() && required != null && required.isArray()) {
                List<String> names = new ArrayList<>();
                required.forEach(r -> names.add(r.asText()));
                ArrayNode sorted = Json.mapper().createArrayNode();
                props.fieldNames().forEachRemaining(n -> {
                    if (names.remove(n)) {
                        sorted.add(n);
                    }
                });
                names.stream().sorted().forEach(sorted::add);
                o.set("required", sorted);
            }
        }
        node.forEach(SchemaFactory::requiredInPropertyOrder);
    }

    /** Orders two properties of a type by {@link #order(Class)}, then by name. */
    private static int compareProperties(MemberScope<?, ?> a, MemberScope<?, ?> b) {
        String na = strip(a.getSchemaPropertyName());
        String nb = strip(b.getSchemaPropertyName());
        Class<?> ta = a.getDeclaringType().getErasedType();
        Class<?> tb = b.getDeclaringType().getErasedType();
        if (ta != tb) {
            int byType = ta.getName().compareTo(tb.getName());
            if (byType != 0) {
                return byType;
            }
        }
        List<String> order = order(ta);
        int ia = order.indexOf(na);
        int ib = order.indexOf(nb);
        ia = ia < 0 ? Integer.MAX_VALUE : ia;
        ib = ib < 0 ? Integer.MAX_VALUE : ib;
        return ia != ib ? Integer.compare(ia, ib) : na.compareTo(nb);
    }

    /**
     * @return a type's property names in a stable order: {@code @JsonPropertyOrder}, then record
     * components, or the fields of its Immutables implementation, or its own fields
     */
    private static List<String> order(Class<?> c) {
        return ORDERS.computeIfAbsent(c, type -> {
            List<String> names = new ArrayList<>();
            JsonPropertyOrder jpo = type.getAnnotation(JsonPropertyOrder.class);
            if (jpo != null) {
                names.addAll(List.of(jpo.value()));
            }
            if (type.isRecord()) {
                for (RecordComponent rc : type.getRecordComponents()) {
                    names.add(rc.getName());
                }
            } else {
                Class<?> impl = immutableImplementation(type);
                for (Field f : (impl != null ? impl : type).getDeclaredFields()) {
                    if (!Modifier.isStatic(f.getModifiers()) && !f.isSynthetic()) {
                        names.add(f.getName());
                    }
                }
            }
            return List.copyOf(names);
        });
    }

    private static String strip(String name) {
        return name.endsWith("()") ? name.substring(0, name.length() - 2) : name;
    }

    private static SchemaGenerator generator(Mode mode) {
        SchemaGeneratorConfigBuilder b = new SchemaGeneratorConfigBuilder(
                        Json.mapper(), SchemaVersion.DRAFT_2020_12, OptionPreset.PLAIN_JSON)
                .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_ORDER))
                .with(new JakartaValidationModule(JakartaValidationOption.INCLUDE_PATTERN_EXPRESSIONS))
                .with(
                        Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                        Option.FLATTENED_OPTIONALS,
                        Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                        Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                        Option.PLAIN_DEFINITION_KEYS)
                .without(Option.NULLABLE_FIELDS_BY_DEFAULT, Option.NULLABLE_METHOD_RETURN_VALUES_BY_DEFAULT);
        b.forTypesInGeneral().withPropertySorter(SchemaFactory::compareProperties);
        b.forTypesInGeneral().withCustomDefinitionProvider((type, context) -> {
            Class<?> c = type.getErasedType();
            ObjectNode n = Json.mapper().createObjectNode();
            if (c == Money.class) {
                n.put("type", "string")
                        .put("pattern", MONEY_PATTERN)
                        .put("description", "CNY amount in yuan with at most two decimals, such as \"1145.00\"");
            } else if (c == RegionCode.class) {
                n.put("type", "string")
                        .put("pattern", REGION_PATTERN)
                        .put("description", "GB/T 2260 six-digit region code, such as \"330500\" (Huzhou)");
            } else if (c == ResidentIdNumber.class) {
                n.put("type", "string")
                        .put("minLength", 18)
                        .put("maxLength", 18)
                        .put("pattern", RESIDENT_ID_PATTERN)
                        .put(
                                "description",
                                "GB 11643 resident identity number (18 characters, check digit ISO 7064 MOD 11-2)");
            } else if (c == LocalDate.class) {
                n.put("type", "string").put("format", "date");
            } else if (writtenAsString(c)) {
                // a value type written as its text (@JsonValue String), such as a person's name
                n.put("type", "string");
            } else {
                return null;
            }
            return new CustomDefinition(
                    n, CustomDefinition.DefinitionType.INLINE, CustomDefinition.AttributeInclusion.NO);
        });
        b.forMethods().withIgnoreCheck(m -> !isProperty(m.getRawMember()));
        b.forFields()
                .withIgnoreCheck(
                        f -> f.isStatic() || usesMethods(f.getDeclaringType().getErasedType()));
        b.forMethods().withRequiredCheck(m -> required(m, mode));
        b.forFields().withRequiredCheck(f -> required(f, mode));
        return new SchemaGenerator(b.build());
    }

    /** @return true if values of the class are written as a JSON string by a {@code @JsonValue} method */
    private static boolean writtenAsString(Class<?> c) {
        if (c.isEnum() || c.isPrimitive() || c.getName().startsWith("java.")) {
            return false;
        }
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(com.fasterxml.jackson.annotation.JsonValue.class) && m.getParameterCount() == 0) {
                return m.getReturnType() == String.class;
            }
        }
        return false;
    }

    /**
     * @return the Immutables implementation an interface or abstract class is read as (its
     * {@code @JsonDeserialize(as = ...)}), or null
     */
    private static Class<?> immutableImplementation(Class<?> c) {
        JsonDeserialize jd = c.getAnnotation(JsonDeserialize.class);
        return (c.isInterface() || Modifier.isAbstract(c.getModifiers())) && jd != null && jd.as() != Void.class
                ? jd.as()
                : null;
    }

    private static boolean usesMethods(Class<?> c) {
        if (c.isInterface() || immutableImplementation(c) != null) {
            return true;
        }
        for (Method m : c.getDeclaredMethods()) {
            if (m.isAnnotationPresent(JsonProperty.class)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isProperty(Method m) {
        if (m.getParameterCount() > 0
                || java.lang.reflect.Modifier.isStatic(m.getModifiers())
                || m.getReturnType() == void.class) {
            return false;
        }
        Class<?> impl = immutableImplementation(m.getDeclaringClass());
        if (impl != null) {
            try {
                return impl.getMethod(m.getName()).isAnnotationPresent(JsonProperty.class);
            } catch (NoSuchMethodException e) {
                return false;
            }
        }
        return !m.getDeclaringClass().isInterface() && m.isAnnotationPresent(JsonProperty.class);
    }

    private static boolean optionalOrMany(Class<?> c) {
        return Optional.class.isAssignableFrom(c)
                || Collection.class.isAssignableFrom(c)
                || Map.class.isAssignableFrom(c);
    }

    private static boolean required(MethodScope m, Mode mode) {
        Method raw = m.getRawMember();
        if (raw.getGenericReturnType() instanceof TypeVariable) {
            return false;
        }
        if (mode == Mode.FACTS || immutableImplementation(raw.getDeclaringClass()) != null) {
            boolean hasDefault = raw.isDefault()
                    || !raw.getDeclaringClass().isInterface() && !Modifier.isAbstract(raw.getModifiers());
            return !hasDefault
                    && !Optional.class.isAssignableFrom(raw.getReturnType())
                    && (raw.isAnnotationPresent(NotNull.class) || raw.isAnnotationPresent(NotEmpty.class));
        }
        return !optionalOrMany(raw.getReturnType());
    }

    private static boolean required(FieldScope f, Mode mode) {
        Class<?> type = f.getRawMember().getType();
        if (f.getAnnotation(NotNull.class) != null || f.getAnnotation(NotEmpty.class) != null) {
            return true;
        }
        if (mode == Mode.FACTS
                && type.isPrimitive()
                && f.getDeclaringType().getErasedType().isRecord()) {
            // a record's primitive component has no default: the reader requires it
            return true;
        }
        if (mode == Mode.FACTS || optionalOrMany(type)) {
            return false;
        }
        if (type.isPrimitive()) {
            return true;
        }
        JsonInclude inc = f.getDeclaringType().getErasedType().getAnnotation(JsonInclude.class);
        return inc == null
                || inc.value() == JsonInclude.Include.ALWAYS
                || inc.value() == JsonInclude.Include.USE_DEFAULTS;
    }
}
