package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.impl.PropertySerializerMap;
import com.fasterxml.jackson.databind.ser.std.StringSerializer;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.minzheng.core.money.Money;

/**
 * Jackson's property writer of a record component, reading the component through a function bound
 * once, at run time, to the record's accessor ({@link LambdaMetafactory}) instead of through
 * {@link Method#invoke} on every write.
 *
 * <p>Everything else is Jackson's own: the writer is a copy of the {@link BeanPropertyWriter}
 * Jackson built for the property, so its name (pre-encoded), its place in the order, its
 * inclusion rule ({@code NON_NULL}, {@code NON_ABSENT}, {@code NON_EMPTY}, the mapper's default),
 * its serializer (assigned, or found for the value's class and kept), its null serializer, type
 * serializer and views are those Jackson resolved from every annotation on the record, its
 * mix-ins and the mapper's configuration, and {@link #serializeAsField} follows Jackson's step
 * for step. Text and money, the most frequent values, are written directly when the serializer
 * Jackson chose for them is the mapper's own ({@link StringSerializer}, {@link MoneyWriter}): the
 * same generator call that serializer makes. A property whose accessor cannot be bound (a field,
 * a method with parameters, a class whose module does not open it) keeps Jackson's writer.
 */
final class RecordPropertyWriter extends BeanPropertyWriter {

    private static final long serialVersionUID = 1L;

    private final transient Function<Object, Object> accessor;

    private RecordPropertyWriter(BeanPropertyWriter base, Function<Object, Object> accessor) {
        super(base);
        this.accessor = accessor;
    }

    private RecordPropertyWriter(RecordPropertyWriter base, PropertyName name) {
        super(base, name);
        this.accessor = base.accessor;
    }

    /**
     * @param type       a record class
     * @param properties the property writers Jackson built for it
     * @return the same writers, each plain writer of an accessor method replaced by one that calls
     *     the accessor through a bound function; the others unchanged
     */
    static List<BeanPropertyWriter> of(Class<?> type, List<BeanPropertyWriter> properties) {
        if (!type.isRecord()) {
            return properties;
        }
        List<BeanPropertyWriter> list = new ArrayList<>(properties.size());
        for (BeanPropertyWriter w : properties) {
            Function<Object, Object> accessor =
                    w.getClass() == BeanPropertyWriter.class ? accessor(w.getMember()) : null;
            list.add(accessor == null ? w : new RecordPropertyWriter(w, accessor));
        }
        return list;
    }

    /** @return a function calling a record's accessor, or null if it cannot be bound */
    @SuppressWarnings("unchecked")
    static Function<Object, Object> accessor(AnnotatedMember member) {
        if (!(member instanceof AnnotatedMethod am) || am.getParameterCount() != 0) {
            return null;
        }
        Method m = am.getAnnotated();
        if (Modifier.isStatic(m.getModifiers()) || m.getReturnType() == void.class) {
            return null;
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(m.getDeclaringClass(), MethodHandles.lookup());
            MethodHandle handle = lookup.unreflect(m);
            return Bind.lambda(
                    Function.class,
                    "apply",
                    MethodType.methodType(Object.class, Object.class),
                    lookup,
                    handle,
                    handle.type().wrap()); // null: Jackson's reflective writer stays
        } catch (IllegalAccessException | RuntimeException cannotBind) {
            return null; // Jackson's reflective writer stays
        }
    }

    @Override
    protected BeanPropertyWriter _new(PropertyName newName) {
        return new RecordPropertyWriter(this, newName);
    }

    /** Jackson's {@link BeanPropertyWriter#serializeAsField}, the value read through the bound accessor. */
    @Override
    public void serializeAsField(Object bean, JsonGenerator gen, SerializerProvider prov) throws Exception {
        if (accessor == null) { // a writer restored by Java serialization: Jackson's reflective read
            super.serializeAsField(bean, gen, prov);
            return;
        }
        Object value = accessor.apply(bean);
        if (value == null) {
            if (_suppressableValue != null && prov.includeFilterSuppressNulls(_suppressableValue)) {
                return;
            }
            if (_nullSerializer != null) {
                gen.writeFieldName(_name);
                _nullSerializer.serialize(null, gen, prov);
            }
            return;
        }
        JsonSerializer<Object> ser = _serializer;
        if (ser == null) {
            Class<?> cls = value.getClass();
            PropertySerializerMap m = _dynamicSerializers;
            ser = m.serializerFor(cls);
            if (ser == null) {
                ser = _findAndAddDynamic(m, cls, prov);
            }
        }
        if (_suppressableValue != null) {
            if (MARKER_FOR_EMPTY == _suppressableValue) {
                if (ser.isEmpty(prov, value)) {
                    return;
                }
            } else if (_suppressableValue.equals(value)) {
                return;
            }
        }
        if (value == bean && _handleSelfReference(bean, gen, prov, ser)) {
            return;
        }
        gen.writeFieldName(_name);
        if (_typeSerializer != null) {
            ser.serializeWithType(value, gen, prov, _typeSerializer);
        } else if (value instanceof String s && ser.getClass() == StringSerializer.class) {
            gen.writeString(s); // what StringSerializer does
        } else if (value instanceof Money money && ser.getClass() == MoneyWriter.class) {
            MoneyWriter.write(money, gen);
        } else {
            ser.serialize(value, gen, prov);
        }
    }
}
