package org.minzheng.charity.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanProperty;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.ContextualDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.util.Optional;

/**
 * Jackson support for the {@link Optional} attributes of this module's value types.
 *
 * <p>The core mapper ({@code org.minzheng.core.json.Json}) does not register Jackson's JDK 8 module,
 * and Jackson refuses {@code Optional} without it. Until the core does, each {@code Optional}
 * attribute carries {@link JsonOptional}, which applies this writer and reader: an empty value is
 * left out on output and may be omitted or {@code null} on input, a present value is the value
 * itself.
 */
public final class OptionalJson {

    private OptionalJson() {
    }

    /** Writes {@code Optional.empty()} as {@code null} and a present value as itself. */
    public static final class Writer extends StdSerializer<Optional<?>> {

        private static final long serialVersionUID = 1L;

        /** Creates the serializer. */
        @SuppressWarnings({"unchecked", "rawtypes"})
        public Writer() {
            super((Class) Optional.class);
        }

        @Override
        public boolean isEmpty(SerializerProvider provider, Optional<?> value) {
            return value == null || value.isEmpty();
        }

        @Override
        public void serialize(Optional<?> value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            if (value.isPresent()) {
                provider.defaultSerializeValue(value.get(), gen);
            } else {
                gen.writeNull();
            }
        }
    }

    /** Reads {@code null} as {@code Optional.empty()} and any other value as the property's content type. */
    public static final class Reader extends JsonDeserializer<Optional<?>> implements ContextualDeserializer {

        private final JavaType content;

        /** Creates the deserializer (made contextual per property). */
        public Reader() {
            this(null);
        }

        private Reader(JavaType content) {
            this.content = content;
        }

        @Override
        public JsonDeserializer<?> createContextual(DeserializationContext ctxt, BeanProperty property)
                throws JsonMappingException {
            JavaType type = property != null ? property.getType() : ctxt.getContextualType();
            JavaType inner = type != null && type.containedTypeCount() == 1 ? type.containedType(0)
                    : ctxt.constructType(Object.class);
            return new Reader(inner);
        }

        @Override
        public Optional<?> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            return Optional.of(ctxt.readValue(p, content));
        }

        @Override
        public Optional<?> getNullValue(DeserializationContext ctxt) {
            return Optional.empty();
        }

        @Override
        public Object getAbsentValue(DeserializationContext ctxt) {
            return Optional.empty();
        }
    }
}
