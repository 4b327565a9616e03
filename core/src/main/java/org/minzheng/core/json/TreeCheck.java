package org.minzheng.core.json;

import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.deser.BeanDeserializerBase;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;

/**
 * Walks a JSON tree against the type it is read into and collects every problem with its path
 * in one pass: wrong shapes, unknown fields, values a scalar's reader refuses, lists beyond
 * {@link InputLimits#MAX_LIST_SIZE}. Objects are walked through the properties Jackson itself
 * would use (records, Immutables' JSON delegates, plain beans); everything else (scalars,
 * polymorphic values) is read by the one configured mapper, so the walk and the reader cannot
 * disagree about what a leaf accepts.
 */
final class TreeCheck {

    private final ObjectMapper mapper;
    private final DeserializationConfig config;
    private final DefaultDeserializationContext ctxt;
    private final List<Violation> out;

    TreeCheck(ObjectMapper mapper, List<Violation> out) {
        this.mapper = mapper;
        this.config = mapper.getDeserializationConfig();
        this.ctxt = ((DefaultDeserializationContext) mapper.getDeserializationContext()).createDummyInstance(config);
        this.out = out;
    }

    /**
     * Collects lists that are too long, anywhere in the tree (cheap; done before every read).
     *
     * @param node the tree
     * @param path its path
     * @param out  where violations go
     */
    static void checkSizes(JsonNode node, String path, List<Violation> out) {
        if (node.isArray()) {
            if (node.size() > InputLimits.MAX_LIST_SIZE) {
                out.add(InputValidator.get()
                        .violation(path, "input.too-many", Map.of("max", InputLimits.MAX_LIST_SIZE)));
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                JsonNode e = node.get(i);
                if (e.isContainerNode()) {
                    checkSizes(e, path + '[' + i + ']', out);
                }
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (e.getValue().isContainerNode()) {
                    checkSizes(e.getValue(), path + JsonPaths.field(e.getKey()), out);
                }
            }
        }
    }

    void check(JsonNode node, JavaType type, String path) {
        if (node.isNull() || node.isMissingNode()) {
            if (type.isPrimitive()) {
                out.add(InputValidator.get().violation(path, "json.missing", Map.of()));
            }
            return;
        }
        if (type.isReferenceType()) {
            check(node, type.getReferencedType(), path);
            return;
        }
        if ((type.isCollectionLikeType() || type.isArrayType())
                && type.getContentType() != null
                && type.getRawClass() != byte[].class) {
            if (!node.isArray()) {
                wrongType(path, "a list");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), type.getContentType(), path + '[' + i + ']');
            }
            return;
        }
        if (type.isMapLikeType()) {
            if (!node.isObject()) {
                wrongType(path, "an object");
                return;
            }
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                check(e.getValue(), type.getContentType(), path + JsonPaths.field(e.getKey()));
            }
            return;
        }
        JsonDeserializer<?> d = deserializer(type);
        if (d instanceof BeanDeserializerBase bean) {
            ValueInstantiator vi = bean.getValueInstantiator();
            if (vi.canCreateUsingDelegate()) {
                JavaType delegate = vi.getDelegateType(config);
                JsonDeserializer<?> dd = delegate == null ? null : deserializer(delegate);
                if (dd instanceof BeanDeserializerBase delegateBean
                        && delegate.getRawClass().getEnclosingClass() == bean.handledType()) {
                    object(node, delegateBean, type, path); // Immutables: ImmutableX.Json
                    return;
                }
            } else {
                object(node, bean, type, path);
                return;
            }
        }
        leaf(node, type, path);
    }

    /**
     * An object: every field it has, checked against the property of that name; then every
     * property it lacks (or gives as null) that the reader or a constraint requires.
     */
    private void object(JsonNode node, BeanDeserializerBase bean, JavaType type, String path) {
        if (!node.isObject()) {
            leaf(node, type, path); // a value type may be read from text or a number; the reader says
            return;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            SettableBeanProperty p = bean.findProperty(e.getKey());
            if (p == null) {
                out.add(InputValidator.get()
                        .violation(path + JsonPaths.field(e.getKey()), "json.unknown-field", Map.of()));
            } else {
                check(e.getValue(), p.getType(), path + JsonPaths.field(e.getKey()));
            }
        }
        RequiredProperties.of(mapper, type).forEach((name, code) -> {
            JsonNode given = node.get(name);
            SettableBeanProperty p = bean.findProperty(name);
            boolean nullPrimitive = given != null && p != null && p.getType().isPrimitive(); // reported above
            if ((given == null || given.isNull()) && !nullPrimitive) {
                out.add(InputValidator.get().violation(path + JsonPaths.field(name), code, Map.of()));
            }
        });
    }

    private JsonDeserializer<?> deserializer(JavaType type) {
        try {
            return ctxt.findRootValueDeserializer(type);
        } catch (Exception e) {
            return null;
        }
    }

    private void leaf(JsonNode node, JavaType type, String path) {
        try {
            mapper.readerFor(type).readValue(mapper.treeAsTokens(node));
        } catch (Exception e) {
            out.add(Json.toViolation(e, path));
        }
    }

    private void wrongType(String path, String expected) {
        out.add(Json.wrongType(path, expected));
    }
}
