package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.BeanDeserializer;
import com.fasterxml.jackson.databind.deser.CreatorProperty;
import com.fasterxml.jackson.databind.deser.DefaultDeserializationContext;
import com.fasterxml.jackson.databind.deser.SettableBeanProperty;
import com.fasterxml.jackson.databind.deser.ValueInstantiator;
import com.fasterxml.jackson.databind.deser.impl.MethodProperty;
import com.fasterxml.jackson.databind.deser.std.CollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.EnumDeserializer;
import com.fasterxml.jackson.databind.deser.std.NumberDeserializers;
import com.fasterxml.jackson.databind.deser.std.StdValueInstantiator;
import com.fasterxml.jackson.databind.deser.std.StringCollectionDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedWithParams;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import java.util.function.Supplier;
import org.minzheng.core.money.Money;

/**
 * Readers of typed values straight from the streaming parser, without databind's bean machinery
 * (issue 18: on {@code screen}'s streaming path databind's {@code BeanDeserializer}, its
 * collection and Optional deserializers and the reflective calls of Immutables' {@code fromJson}
 * delegates were a quarter of the CPU). Used only by {@link StreamRead}, whose contract they keep:
 * a reader that <em>accepts</em> a value returns an object equal to the one databind returns for
 * the same tokens; anything it is not sure of, it declines ({@link StreamRead.Declined}), and the
 * document is read again the old way.
 *
 * <p><b>Built at run time, once per type, from databind's own deserializers.</b> A reader is not
 * written from the facts classes' annotations by a parallel reading of them: it is derived from
 * the deserializer databind has already built and resolved for the type with the project's mapper
 * ({@link Json#mapper()}), so that the property names ({@code @JsonProperty}), the concrete class
 * ({@code @JsonDeserialize(as = …)}), the creator (Immutables' delegating {@code fromJson} and its
 * {@code Json} bean of setters, a record's canonical constructor) and each property's type are
 * exactly the ones databind uses. The reader then calls the same setters, constructor and
 * {@code fromJson} through {@link LambdaMetafactory} (a method handle where that is refused), so
 * Immutables' own defaults, required attributes and list copies apply unchanged. Only
 * {@code screen} reads this way, so nothing of this is on the first {@code decide}'s path.
 *
 * <p><b>What a reader understands, and accepts:</b> {@code String}, {@code boolean}, {@code int},
 * {@code long} (and their wrappers) from their own token only (a whole number in range, never a
 * fraction, text or a boolean: the strict scalars of {@link Json}); an enum constant by its exact
 * name, where databind was asked, when the reader was built, that each name reads as its
 * constant; {@link LocalDate} and {@link Money} exactly as {@link StrictScalars} reads them;
 * {@code Optional} of one of these holding a value; a {@code List} or a {@code Set} (databind's
 * {@code ArrayList}, {@code HashSet}) of them with no null element; and an object read by a plain {@code
 * BeanDeserializer} (setters on a bean made by its no-argument constructor, a delegating creator
 * over such a bean, or a properties creator given every one of its properties). <b>It declines</b>
 * a {@code null} anywhere, a name the deserializer has no settable property for (so ignored or
 * aliased names, which databind may accept, decline), a missing creator property, a token of any
 * other kind, and whatever the constructor, setter or {@code fromJson} throws. A type it does not
 * understand — a custom or contextual deserializer, polymorphic type information, injected
 * values, any Jackson annotation on a property other than {@code @JsonProperty}, a map —
 * is read by databind itself (the old path), so every type still reads.
 */
final class BoundReaders {

    /** Reads the value whose first token is the parser's current token, leaving it on the last. */
    interface Reader {
        Object read(JsonParser p) throws IOException;

        /** The readers this one calls. */
        default List<Reader> parts() {
            return List.of();
        }
    }

    private static final Map<JavaType, Reader> READERS = new ConcurrentHashMap<>();

    /** A creator property a document must give. */
    private static final Object REQUIRED = new Object();

    private static final ClassValue<Reader> BY_CLASS = new ClassValue<>() {
        @Override
        protected Reader computeValue(Class<?> type) {
            return of(Json.mapper().constructType(type));
        }
    };

    private BoundReaders() {}

    /**
     * @param type the type
     * @return the reader of the type, built on first use
     */
    static Reader of(Class<?> type) {
        return BY_CLASS.get(type);
    }

    static Reader of(JavaType type) {
        Reader r = READERS.get(type);
        if (r != null) {
            return r;
        }
        synchronized (BoundReaders.class) {
            r = READERS.get(type);
            if (r == null) {
                Builder b = new Builder();
                r = b.reader(type);
                READERS.putAll(b.built);
            }
            return r;
        }
    }

    /**
     * @param type a type
     * @return the types within it (itself included) that databind reads, sorted by name
     */
    static java.util.SortedSet<String> readByDatabind(Class<?> type) {
        java.util.SortedSet<String> out = new java.util.TreeSet<>();
        java.util.Set<Reader> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.ArrayDeque<Reader> todo = new java.util.ArrayDeque<>(List.of(of(type)));
        while (!todo.isEmpty()) {
            Reader r = todo.pop();
            if (r instanceof Later l) {
                r = l.target;
            }
            if (seen.add(r)) {
                if (r instanceof Databind d) {
                    out.add(d.type.toCanonical());
                }
                todo.addAll(r.parts());
            }
        }
        return out;
    }

    private static StreamRead.Declined declined() {
        return StreamRead.Declined.INSTANCE;
    }

    /** The type cannot be read here: databind reads it. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String why) {
            super(why, null, false, false);
        }
    }

    // ---------------------------------------------------------------------------- building

    /** Builds the readers of one type and of every type inside it (under the class's lock). */
    private static final class Builder {

        private final ObjectMapper mapper = Json.mapper();
        private final DeserializationConfig config = mapper.getDeserializationConfig();
        private final DefaultDeserializationContext ctxt =
                ((DefaultDeserializationContext) mapper.getDeserializationContext()).createDummyInstance(config);
        private final Map<JavaType, Reader> built = new HashMap<>();
        private final Map<JavaType, Later> building = new HashMap<>();

        Reader reader(JavaType type) {
            Reader r = READERS.get(type);
            if (r == null) {
                r = built.get(type);
            }
            if (r == null) {
                r = building.get(type);
            }
            if (r != null) {
                return r;
            }
            Later later = new Later();
            building.put(type, later);
            try {
                r = build(type);
            } catch (Unsupported | RuntimeException | ReflectiveOperationException | IOException e) {
                r = new Databind(type, mapper.readerFor(type).without(DeserializationFeature.FAIL_ON_TRAILING_TOKENS));
            }
            later.target = r;
            building.remove(type);
            built.put(type, r);
            return r;
        }

        private Reader build(JavaType type) throws Unsupported, ReflectiveOperationException, IOException {
            JsonDeserializer<?> d = ctxt.findRootValueDeserializer(type);
            Class<?> raw = type.getRawClass();
            if (raw == Optional.class
                    && type.isReferenceType()
                    && d.getClass().getName().equals("com.fasterxml.jackson.datatype.jdk8.OptionalDeserializer")) {
                return new OptionalReader(reader(type.getContentType()));
            }
            if (d.getClass() == CollectionDeserializer.class) {
                Class<?> made =
                        ((CollectionDeserializer) d).getValueInstantiator().getValueClass();
                if (made == ArrayList.class && (raw == List.class || raw == Collection.class)) {
                    return new ListReader(reader(type.getContentType()), false);
                }
                if (made == HashSet.class && raw == Set.class) {
                    return new ListReader(reader(type.getContentType()), true);
                }
            }
            if (d.getClass() == StringCollectionDeserializer.class
                    && ((StringCollectionDeserializer) d).getContentDeserializer() == null
                    && ((StringCollectionDeserializer) d).getValueInstantiator().getValueClass() == ArrayList.class
                    && (raw == List.class || raw == Collection.class)) {
                return new ListReader(Scalar.STRING, false);
            }
            if (raw == String.class && d.getClass() == StringDeserializer.class) {
                return Scalar.STRING;
            }
            if ((raw == boolean.class || raw == Boolean.class)
                    && d.getClass() == NumberDeserializers.BooleanDeserializer.class) {
                return Scalar.BOOLEAN;
            }
            if ((raw == int.class || raw == Integer.class)
                    && d.getClass() == NumberDeserializers.IntegerDeserializer.class) {
                return Scalar.INT;
            }
            if ((raw == long.class || raw == Long.class)
                    && d.getClass() == NumberDeserializers.LongDeserializer.class) {
                return Scalar.LONG;
            }
            if (raw == LocalDate.class && d.getClass() == StrictScalars.DateDeserializer.class) {
                return Scalar.DATE;
            }
            if (raw == Money.class && d.getClass() == StrictScalars.MoneyDeserializer.class) {
                return Scalar.MONEY;
            }
            if (raw.isEnum() && d.getClass() == EnumDeserializer.class) {
                return enumReader(type);
            }
            if (d.getClass() == BeanDeserializer.class) {
                return object((BeanDeserializer) d);
            }
            throw new Unsupported(type + " is read by " + d.getClass().getName());
        }

        /** Constants by name, where databind reads each name as its constant. */
        private Reader enumReader(JavaType type) throws IOException, Unsupported {
            ObjectReader r = mapper.readerFor(type);
            Map<String, Object> byName = new HashMap<>();
            for (Object c : type.getRawClass().getEnumConstants()) {
                String name = ((Enum<?>) c).name();
                if (r.readValue("\"" + name + "\"") != c) {
                    throw new Unsupported(type + " does not read " + name + " as its constant");
                }
                byName.put(name, c);
            }
            return new EnumReader(byName);
        }

        private Reader object(BeanDeserializer d) throws Unsupported, ReflectiveOperationException {
            if (d.getObjectIdReader() != null || field(d, "_injectables") != null) {
                throw new Unsupported(d.handledType() + " has object ids or injected values");
            }
            if (field(d, "_externalTypeIdHandler") != null || field(d, "_unwrappedPropertyHandler") != null) {
                throw new Unsupported(d.handledType() + " has unwrapped or externally typed properties");
            }
            ValueInstantiator vi = d.getValueInstantiator();
            Reader text = fromText(d, vi);
            if (text != null) {
                return text;
            }
            if (vi.canCreateUsingDelegate()) {
                // databind reads an object through the delegate deserializer, then calls the creator
                Object delegate = field(d, "_delegateDeserializer");
                AnnotatedWithParams creator = vi.getDelegateCreator();
                if (!(delegate instanceof BeanDeserializer)
                        || delegate.getClass() != BeanDeserializer.class
                        || creator.getParameterCount() != 1
                        || !plain(creator.getParameter(0))) {
                    throw new Unsupported(d.handledType() + " has a delegate that is not a plain bean");
                }
                Reader of = setters((BeanDeserializer) delegate);
                return new Delegating(of, function(creator));
            }
            if (vi.canCreateFromObjectWith()) {
                return creator(d, vi);
            }
            if (vi.canCreateUsingDefault()) {
                return setters(d);
            }
            throw new Unsupported(d.handledType() + " has no creator read here");
        }

        /**
         * A value made from text by a one-argument creator ({@code RegionCode.of}, {@code
         * ResidentIdNumber.parse}), the way databind's {@code deserializeFromString} calls it: a
         * delegating creator over a string when no string creator is declared, else the string
         * creator. Null when the type is not read from text alone.
         */
        private Reader fromText(BeanDeserializer d, ValueInstantiator vi) throws ReflectiveOperationException {
            if (vi.canCreateUsingDefault() || vi.canCreateFromObjectWith() || vi.canCreateUsingArrayDelegate()) {
                return null;
            }
            AnnotatedWithParams creator = null;
            if (vi.canCreateUsingDelegate() && !vi.canCreateFromString()) {
                if (field(d, "_delegateDeserializer") instanceof StringDeserializer s
                        && s.getClass() == StringDeserializer.class) {
                    creator = vi.getDelegateCreator();
                }
            } else if (vi.canCreateFromString() && vi.getClass() == StdValueInstantiator.class) {
                creator = (AnnotatedWithParams) field(vi, "_fromStringCreator");
            }
            if (creator == null
                    || creator.getParameterCount() != 1
                    || !plain(creator.getParameter(0))
                    || !creator.getRawParameterType(0).isAssignableFrom(String.class)) {
                return null;
            }
            return new FromText(function(creator));
        }

        /** A bean made by its no-argument constructor, then filled by setters. */
        private Reader setters(BeanDeserializer d) throws Unsupported, ReflectiveOperationException {
            ValueInstantiator vi = d.getValueInstantiator();
            if (!vi.canCreateUsingDefault()
                    || vi.canCreateUsingDelegate()
                    || vi.canCreateFromObjectWith()
                    || !plainlyRead(d)
                    || !(vi.getDefaultCreator().getAnnotated() instanceof Constructor<?> ctor)) {
                throw new Unsupported(d.handledType() + " is not a plain bean");
            }
            List<String> names = new ArrayList<>();
            List<Reader> readers = new ArrayList<>();
            List<BiConsumer<Object, Object>> setters = new ArrayList<>();
            for (var it = d.properties(); it.hasNext(); ) {
                SettableBeanProperty prop = it.next();
                if (prop.getClass() != MethodProperty.class
                        || prop.hasValueTypeDeserializer()
                        || !plain(prop.getMember())
                        || !(prop.getMember().getAnnotated() instanceof Method setter)
                        || setter.getParameterCount() != 1
                        || Modifier.isStatic(setter.getModifiers())) {
                    throw new Unsupported(d.handledType() + " property " + prop.getName() + " is not a plain setter");
                }
                names.add(prop.getName());
                readers.add(reader(prop.getType()));
                setters.add(setter(setter));
            }
            return new Setters(supplier(ctor), names.toArray(new String[0]), readers.toArray(new Reader[0]), setters);
        }

        /**
         * An object made by a constructor or factory given its properties. A property the
         * document leaves out is given the value databind gives it, asked of databind now (an
         * empty {@code Optional}, null); where databind fails instead (a primitive, a required
         * property) or would give something else, a document without it declines.
         */
        private Reader creator(BeanDeserializer d, ValueInstantiator vi)
                throws Unsupported, ReflectiveOperationException {
            AnnotatedWithParams creator = vi.getWithArgsCreator();
            int n = creator.getParameterCount();
            if (n > 64) {
                throw new Unsupported(d.handledType() + "'s creator takes more than 64 values");
            }
            String[] names = new String[n];
            Reader[] readers = new Reader[n];
            Object[] absent = new Object[n];
            long required = 0;
            int count = 0;
            for (var it = d.properties(); it.hasNext(); ) {
                SettableBeanProperty prop = it.next();
                int i = prop.getCreatorIndex();
                if (prop.getClass() != CreatorProperty.class
                        || i < 0
                        || i >= n
                        || names[i] != null
                        || prop.getInjectableValueId() != null
                        || prop.hasValueTypeDeserializer()
                        || !plain(prop.getMember())) {
                    throw new Unsupported(
                            d.handledType() + " property " + prop.getName() + " is not a plain creator one");
                }
                names[i] = prop.getName();
                readers[i] = reader(prop.getType());
                Object a = absentValue(prop);
                if (a == REQUIRED) {
                    required |= 1L << i;
                } else {
                    absent[i] = a;
                }
                count++;
            }
            if (count != n) {
                throw new Unsupported(d.handledType() + "'s creator takes values that are not properties");
            }
            MethodHandle h = handle((java.lang.reflect.Member) creator.getAnnotated());
            h = h.asSpreader(Object[].class, n).asType(MethodType.methodType(Object.class, Object[].class));
            return new Creator(h, names, readers, absent, required);
        }

        /** What databind gives a creator property that is absent, or {@link #REQUIRED}. */
        private Object absentValue(SettableBeanProperty prop) {
            if (prop.isRequired() || config.isEnabled(DeserializationFeature.FAIL_ON_MISSING_CREATOR_PROPERTIES)) {
                return REQUIRED;
            }
            Object a;
            try {
                a = prop.getNullValueProvider().getAbsentValue(ctxt);
                if (a == null) {
                    a = prop.getValueDeserializer().getAbsentValue(ctxt);
                }
            } catch (IOException | RuntimeException fails) {
                return REQUIRED;
            }
            if (a == null && prop.getType().isPrimitive()) {
                return REQUIRED;
            }
            // shared by every read: only values nobody can change
            return a == null
                            || a == Optional.empty()
                            || a instanceof Boolean
                            || a instanceof Integer
                            || a instanceof Long
                    ? a
                    : REQUIRED;
        }

        /**
         * Whether databind reads an object of this bean by setting its properties in the order
         * given, with nothing else: its own flag for that ({@code _vanillaProcessing}), or the
         * flag being off only because views are declared while the mapper reads with none
         * ({@code DEFAULT_VIEW_INCLUSION} is off, which marks every bean so).
         */
        private boolean plainlyRead(BeanDeserializer d) throws ReflectiveOperationException {
            if (Boolean.TRUE.equals(field(d, "_vanillaProcessing"))) {
                return true;
            }
            return config.getActiveView() == null
                    && Boolean.FALSE.equals(field(d, "_nonStandardCreation"))
                    && Boolean.FALSE.equals(field(d, "_ignoreAllUnknown"))
                    && field(d, "_anySetter") == null
                    && field(d, "_injectables") == null
                    && field(d, "_unwrappedPropertyHandler") == null
                    && field(d, "_externalTypeIdHandler") == null
                    && d.getObjectIdReader() == null;
        }

        /** No Jackson annotation other than {@code @JsonProperty} (names are databind's own). */
        private static boolean plain(AnnotatedMember m) {
            for (Annotation a : m.getAllAnnotations().annotations()) {
                String t = a.annotationType().getName();
                if (t.startsWith("com.fasterxml.jackson.")
                        && !t.equals("com.fasterxml.jackson.annotation.JsonProperty")) {
                    return false;
                }
            }
            return true;
        }

        private static Object field(Object on, String name) throws ReflectiveOperationException {
            Class<?> c = on.getClass();
            while (c != null) {
                try {
                    Field f = c.getDeclaredField(name);
                    f.setAccessible(true);
                    return f.get(on);
                } catch (NoSuchFieldException e) {
                    c = c.getSuperclass();
                }
            }
            throw new NoSuchFieldException(name);
        }
    }

    // ---------------------------------------------------------------------------- binding

    private static MethodHandles.Lookup lookup(Class<?> c) throws IllegalAccessException {
        return MethodHandles.privateLookupIn(c, MethodHandles.lookup());
    }

    private static MethodHandle handle(java.lang.reflect.Member m) throws IllegalAccessException {
        MethodHandles.Lookup l = lookup(m.getDeclaringClass());
        return m instanceof Constructor<?> c ? l.unreflectConstructor(c) : l.unreflect((Method) m);
    }

    @SuppressWarnings("unchecked")
    private static Supplier<Object> supplier(Constructor<?> ctor) throws IllegalAccessException {
        MethodHandle h = handle(ctor);
        return Bind.to(
                Supplier.class,
                "get",
                MethodType.methodType(Object.class),
                lookup(ctor.getDeclaringClass()),
                h,
                h.type());
    }

    @SuppressWarnings("unchecked")
    private static BiConsumer<Object, Object> setter(Method setter) throws IllegalAccessException {
        MethodHandle h = handle(setter);
        return Bind.to(
                BiConsumer.class,
                "accept",
                MethodType.methodType(void.class, Object.class, Object.class),
                lookup(setter.getDeclaringClass()),
                h,
                h.type().wrap().changeReturnType(void.class));
    }

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> function(AnnotatedWithParams creator) throws IllegalAccessException {
        java.lang.reflect.Member m = (java.lang.reflect.Member) creator.getAnnotated();
        MethodHandle h = handle(m);
        return Bind.to(
                Function.class,
                "apply",
                MethodType.methodType(Object.class, Object.class),
                lookup(m.getDeclaringClass()),
                h,
                h.type());
    }

    // ---------------------------------------------------------------------------- readers

    /** A reader built after it was first needed (a type that contains itself). */
    private static final class Later implements Reader {
        volatile Reader target;

        @Override
        public Object read(JsonParser p) throws IOException {
            return target.read(p);
        }
    }

    /** Databind reads the value (the old path). */
    private static final class Databind implements Reader {
        final JavaType type;
        private final ObjectReader reader;

        Databind(JavaType type, ObjectReader reader) {
            this.type = type;
            this.reader = reader;
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            Object v = reader.readValue(p);
            if (v == null) {
                throw declined();
            }
            return v;
        }
    }

    private enum Scalar implements Reader {
        STRING {
            @Override
            public Object read(JsonParser p) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_STRING) {
                    throw declined();
                }
                return p.getText();
            }
        },
        BOOLEAN {
            @Override
            public Object read(JsonParser p) throws IOException {
                JsonToken t = p.currentToken();
                if (t == JsonToken.VALUE_TRUE) {
                    return Boolean.TRUE;
                }
                if (t == JsonToken.VALUE_FALSE) {
                    return Boolean.FALSE;
                }
                throw declined();
            }
        },
        INT {
            @Override
            public Object read(JsonParser p) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
                    throw declined();
                }
                return p.getIntValue();
            }
        },
        LONG {
            @Override
            public Object read(JsonParser p) throws IOException {
                if (p.currentToken() != JsonToken.VALUE_NUMBER_INT
                        || p.getNumberType() == JsonParser.NumberType.BIG_INTEGER) {
                    throw declined();
                }
                return p.getLongValue();
            }
        },
        DATE {
            @Override
            public Object read(JsonParser p) throws IOException {
                LocalDate d = p.currentToken() == JsonToken.VALUE_STRING ? StrictScalars.date(p) : null;
                if (d == null) {
                    throw declined();
                }
                return d;
            }
        },
        MONEY {
            @Override
            public Object read(JsonParser p) throws IOException {
                Money m = p.currentToken() == JsonToken.VALUE_STRING ? StrictScalars.money(p.getText()) : null;
                if (m == null) {
                    throw declined();
                }
                return m;
            }
        }
    }

    /**
     * An enum's constants by their exact names, matched against the parser's own characters of the
     * text: no {@code String} is made or hashed for a value (an enum constant in every member and
     * income line of the input).
     */
    private static final class EnumReader implements Reader {
        private final char[][] names;
        private final Object[] constants;

        EnumReader(Map<String, Object> byName) {
            this.names = new char[byName.size()][];
            this.constants = new Object[byName.size()];
            int i = 0;
            for (Map.Entry<String, Object> e : byName.entrySet()) {
                names[i] = e.getKey().toCharArray();
                constants[i++] = e.getValue();
            }
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                Object v = constant(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
                if (v != null) {
                    return v;
                }
            }
            throw declined();
        }

        /** @return the constant whose name is exactly these characters, or null */
        Object constant(char[] text, int offset, int length) {
            for (int i = 0; i < names.length; i++) {
                char[] name = names[i];
                if (name.length == length && java.util.Arrays.equals(name, 0, length, text, offset, offset + length)) {
                    return constants[i];
                }
            }
            return null;
        }
    }

    private static final class OptionalReader implements Reader {
        private final Reader content;

        OptionalReader(Reader content) {
            this.content = content;
        }

        @Override
        public List<Reader> parts() {
            return List.of(content);
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_NULL) {
                throw declined();
            }
            return Optional.of(content.read(p));
        }
    }

    /** A list ({@code ArrayList}) or a set ({@code HashSet}), as databind makes them. */
    private static final class ListReader implements Reader {
        private final Reader element;
        private final boolean set;

        ListReader(Reader element, boolean set) {
            this.element = element;
            this.set = set;
        }

        @Override
        public List<Reader> parts() {
            return List.of(element);
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_ARRAY) {
                throw declined();
            }
            Collection<Object> c = set ? new HashSet<>() : new ArrayList<>();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_ARRAY; t = p.nextToken()) {
                if (t == null || t == JsonToken.VALUE_NULL) {
                    throw declined();
                }
                c.add(element.read(p));
            }
            return c;
        }
    }

    /** Finds a property by name: the parser's names are interned, as are databind's. */
    private static int index(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i] == name) {
                return i;
            }
        }
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }

    private static final class Setters implements Reader {
        private final Supplier<Object> make;
        private final String[] names;
        private final Reader[] readers;
        private final BiConsumer<Object, Object>[] setters;

        @SuppressWarnings("unchecked")
        Setters(Supplier<Object> make, String[] names, Reader[] readers, List<BiConsumer<Object, Object>> setters) {
            this.make = make;
            this.names = names;
            this.readers = readers;
            this.setters = setters.toArray(new BiConsumer[0]);
        }

        @Override
        public List<Reader> parts() {
            return List.of(readers);
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw declined();
            }
            Object bean = make.get();
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    throw declined();
                }
                int i = index(names, p.currentName());
                JsonToken v = p.nextToken();
                if (i < 0 || v == null || v == JsonToken.VALUE_NULL) {
                    throw declined();
                }
                setters[i].accept(bean, readers[i].read(p));
            }
            return bean;
        }
    }

    private static final class FromText implements Reader {
        private final Function<Object, Object> creator;

        FromText(Function<Object, Object> creator) {
            this.creator = creator;
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                throw declined();
            }
            return creator.apply(p.getText());
        }
    }

    private static final class Delegating implements Reader {
        private final Reader delegate;
        private final Function<Object, Object> creator;

        Delegating(Reader delegate, Function<Object, Object> creator) {
            this.delegate = delegate;
            this.creator = creator;
        }

        @Override
        public List<Reader> parts() {
            return List.of(delegate);
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw declined();
            }
            return creator.apply(delegate.read(p));
        }
    }

    private static final class Creator implements Reader {
        private final MethodHandle make;
        private final String[] names;
        private final Reader[] readers;
        private final Object[] absent;
        /** Bit i: property i must be given. */
        private final long required;

        Creator(MethodHandle make, String[] names, Reader[] readers, Object[] absent, long required) {
            this.make = make;
            this.names = names;
            this.readers = readers;
            this.absent = absent;
            this.required = required;
        }

        @Override
        public List<Reader> parts() {
            return List.of(readers);
        }

        @Override
        public Object read(JsonParser p) throws IOException {
            if (p.currentToken() != JsonToken.START_OBJECT) {
                throw declined();
            }
            Object[] args = absent.clone();
            long given = 0;
            for (JsonToken t = p.nextToken(); t != JsonToken.END_OBJECT; t = p.nextToken()) {
                if (t != JsonToken.FIELD_NAME) {
                    throw declined();
                }
                int i = index(names, p.currentName());
                JsonToken v = p.nextToken();
                if (i < 0 || v == null || v == JsonToken.VALUE_NULL) {
                    throw declined();
                }
                args[i] = readers[i].read(p);
                given |= 1L << i; // a name given twice has declined already (StreamRead.Guarded)
            }
            if ((required & ~given) != 0) {
                throw declined();
            }
            try {
                return make.invokeExact(args);
            } catch (RuntimeException | IOException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw declined();
            }
        }
    }
}
