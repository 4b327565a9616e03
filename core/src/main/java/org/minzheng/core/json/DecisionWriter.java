package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.core.json.JsonGeneratorImpl;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.ParameterUse;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterValue;

/**
 * Writes a {@link Decision} as compact JSON without reflection: the envelope, findings, notes,
 * missing parameters and parameter uses are written field by field on Jackson's streaming
 * generator, and what recurs in every decision made on the same policy values is written once and
 * then copied as raw text ({@link Fragments}): each citation, each pack row a finding's values come
 * from ({@code sources}), each parameter value read ({@code parameters}, by the value's identity:
 * a book hands out the same value objects), each missing parameter, each enum constant, the
 * decision's region and date.
 * The program's {@code result} and the values of findings' and notes' facts other than text,
 * numbers, booleans, money and enum constants are written by the mapper's own serializers, looked
 * up once per class.
 *
 * <p>The bytes are those of Jackson's bean serialisation of {@code Decision} (its property order,
 * its {@code NON_EMPTY} rules, the mapper's escaping), which stays the reference: it writes every
 * decision that goes to a generator this writer was not made for — a pretty printer (the
 * {@code decide} command's default output), a tree or token buffer, an escaping of non-ASCII or
 * other character escapes, a view, enums or dates written another way. Registered on
 * {@link Json#mapper()} by {@link #module()}, so that every path that writes a decision (the
 * {@code compact} methods, {@code decide --jsonl}, {@code screen}, the service, the Flink job)
 * goes through it. Shared by every thread; its caches are bounded.
 */
final class DecisionWriter extends StdSerializer<Decision<?>> {

    private static final long serialVersionUID = 1L;

    /** Slots of each fragment cache. */
    static final int CACHE_SIZE = 1024;

    private static final SerializedString SCHEMA_VERSION = new SerializedString("schemaVersion");
    private static final SerializedString PROGRAM = new SerializedString("program");
    private static final SerializedString REGION = new SerializedString("region");
    private static final SerializedString DATE = new SerializedString("date");
    private static final SerializedString OUTCOME = new SerializedString("outcome");
    private static final SerializedString RESULT = new SerializedString("result");
    private static final SerializedString FINDINGS = new SerializedString("findings");
    private static final SerializedString COUNTERFACTUALS = new SerializedString("counterfactuals");
    private static final SerializedString WARNINGS = new SerializedString("warnings");
    private static final SerializedString MISSING_PARAMETERS = new SerializedString("missingParameters");
    private static final SerializedString PARAMETERS = new SerializedString("parameters");
    private static final SerializedString POLICY_FINGERPRINT = new SerializedString("policyFingerprint");
    private static final SerializedString LIBRARY_VERSION = new SerializedString("libraryVersion");
    private static final SerializedString RULE = new SerializedString("rule");
    private static final SerializedString VERDICT = new SerializedString("verdict");
    private static final SerializedString FACTS = new SerializedString("facts");
    private static final SerializedString CITATION = new SerializedString("citation");
    private static final SerializedString SOURCES = new SerializedString("sources");
    private static final SerializedString CODE = new SerializedString("code");

    /** Jackson's bean serializer of {@code Decision}: the reference, and the writer for other generators. */
    private final transient JsonSerializer<Object> reference;

    private final transient JsonFactory factory;

    // values that recur: by identity (enum constants, the snapshot's region and date, a book's values)
    private final transient Fragments<Object> constants = new Fragments<>(CACHE_SIZE, true);
    private final transient Fragments<ParameterValue<?>> uses = new Fragments<>(CACHE_SIZE, true);
    // made anew for each decision, equal when they name the same row
    private final transient Fragments<Citation> citations = new Fragments<>(CACHE_SIZE, false);
    private final transient Fragments<ValueSource> sources = new Fragments<>(CACHE_SIZE, false);
    private final transient Fragments<MissingParameter> missings = new Fragments<>(CACHE_SIZE, false);
    // warnings met twice as the same object, and the last objects met in each pair of slots
    private final transient Fragments<Note> sharedNotes = new Fragments<>(CACHE_SIZE, true);
    private final transient Object[] seenNotes = new Object[CACHE_SIZE];
    // text and facts' names met twice, and the last met in each pair of slots
    private final transient Fragments<String> texts = new Fragments<>(CACHE_SIZE, false);
    private final transient Fragments<String> names = new Fragments<>(CACHE_SIZE, false);
    private final transient Object[] seenTexts = new Object[CACHE_SIZE];
    private final transient Object[] seenNames = new Object[CACHE_SIZE];

    // the mapper's serializer of each other class met (results, facts values), found once
    private final transient ConcurrentHashMap<Class<?>, JsonSerializer<Object>> serializers = new ConcurrentHashMap<>();

    @SuppressWarnings({"unchecked", "rawtypes"})
    private DecisionWriter(JsonSerializer<?> reference, JsonFactory factory) {
        super((Class) Decision.class);
        this.reference = (JsonSerializer<Object>) reference;
        this.factory = factory;
    }

    /**
     * @return a module that puts this writer in front of Jackson's bean serializer of {@code Decision}
     *     on the mapper it is registered on, writes {@link Money} without reflection ({@link
     *     MoneyWriter}) and reads record components (a program's result, a screening's outcomes)
     *     through bound accessors ({@link RecordPropertyWriter}); writing only: it changes nothing
     *     in reading
     */
    static SimpleModule module() {
        return new SimpleModule("minzheng-decision-writer") {
            private static final long serialVersionUID = 1L;

            {
                addSerializer(Money.class, new MoneyWriter());
            }

            @Override
            public void setupModule(SetupContext context) {
                super.setupModule(context);
                JsonFactory factory = ((ObjectMapper) context.getOwner()).getFactory();
                context.addBeanSerializerModifier(new BeanSerializerModifier() {
                    private static final long serialVersionUID = 1L;

                    @Override
                    public List<BeanPropertyWriter> changeProperties(
                            SerializationConfig config, BeanDescription bean, List<BeanPropertyWriter> properties) {
                        return RecordPropertyWriter.of(bean.getBeanClass(), properties);
                    }

                    @Override
                    public JsonSerializer<?> modifySerializer(
                            SerializationConfig config, BeanDescription bean, JsonSerializer<?> serializer) {
                        return bean.getBeanClass() == Decision.class
                                ? new DecisionWriter(serializer, factory)
                                : serializer;
                    }
                });
            }
        };
    }

    @Override
    public void serialize(Decision<?> d, JsonGenerator g, SerializerProvider p) throws IOException {
        if (!fast(g, p)) {
            reference.serialize(d, g, p);
            return;
        }
        g.writeStartObject(d);
        string(g, SCHEMA_VERSION, d.schemaVersion(), p);
        string(g, PROGRAM, d.program(), p);
        g.writeFieldName(REGION);
        cached(constants, d.region(), g, p);
        g.writeFieldName(DATE);
        cached(constants, d.date(), g, p);
        g.writeFieldName(OUTCOME);
        cached(constants, d.outcome(), g, p);
        Object result = d.result().orElse(null);
        if (result != null) {
            JsonSerializer<Object> ser = serializer(result.getClass(), p);
            if (!ser.isEmpty(p, result)) {
                g.writeFieldName(RESULT);
                ser.serialize(result, g, p);
            }
        }
        List<Finding> findings = d.findings();
        if (!findings.isEmpty()) {
            g.writeFieldName(FINDINGS);
            g.writeStartArray();
            for (int i = 0, n = findings.size(); i < n; i++) {
                finding(findings.get(i), g, p);
            }
            g.writeEndArray();
        }
        notes(COUNTERFACTUALS, d.counterfactuals(), g, p);
        warnings(d.warnings(), g, p);
        List<MissingParameter> missing = d.missingParameters();
        if (!missing.isEmpty()) {
            g.writeFieldName(MISSING_PARAMETERS);
            g.writeStartArray();
            for (int i = 0, n = missing.size(); i < n; i++) {
                cached(missings, missing.get(i), g, p);
            }
            g.writeEndArray();
        }
        List<ParameterValue<?>> values = d.parameterValues();
        if (!values.isEmpty()) {
            g.writeFieldName(PARAMETERS);
            g.writeStartArray();
            for (int i = 0, n = values.size(); i < n; i++) {
                ParameterValue<?> v = values.get(i);
                SerializableString json = uses.get(v);
                if (json == null) {
                    ParameterUse use = ParameterUse.of(v);
                    json = fragment(use, p);
                    if (json == null) {
                        serializer(ParameterUse.class, p).serialize(use, g, p);
                        continue;
                    }
                    uses.put(v, json);
                }
                g.writeRawValue(json);
            }
            g.writeEndArray();
        }
        string(g, POLICY_FINGERPRINT, d.policyFingerprint(), p);
        string(g, LIBRARY_VERSION, d.libraryVersion(), p);
        g.writeEndObject();
    }

    /**
     * @return true if the generator writes what the fragments hold: compact JSON text with the
     *     mapper's own escaping, enums by name and dates as text, no view
     */
    private static boolean fast(JsonGenerator g, SerializerProvider p) {
        return g instanceof JsonGeneratorImpl
                && g.getPrettyPrinter() == null
                && g.getCharacterEscapes() == null
                && g.getHighestEscapedChar() == 0
                && !g.isEnabled(JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature())
                && g.isEnabled(JsonWriteFeature.QUOTE_FIELD_NAMES.mappedFeature())
                && p.getActiveView() == null
                && !p.isEnabled(SerializationFeature.WRITE_ENUMS_USING_TO_STRING)
                && !p.isEnabled(SerializationFeature.WRITE_ENUMS_USING_INDEX)
                && !p.isEnabled(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    }

    /** A text property under {@code NON_EMPTY}: left out when null or empty. */
    private void string(JsonGenerator g, SerializableString name, String value, SerializerProvider p)
            throws IOException {
        if (value != null && !value.isEmpty()) {
            g.writeFieldName(name);
            text(value, g, p);
        }
    }

    /**
     * Writes text as a JSON string: text met twice (a rule id, a note's code, a
     * fact's text such as a program id, the fingerprint of a set of values) is then copied from the
     * JSON Jackson wrote for it, the rest is written (escaped) by the generator.
     */
    private void text(String s, JsonGenerator g, SerializerProvider p) throws IOException {
        SerializableString json = texts.get(s);
        if (json == null) {
            if (!Fragments.metBefore(seenTexts, s, false) || (json = fragment(s, p)) == null) {
                g.writeString(s);
                return;
            }
            texts.put(s, json);
        }
        g.writeRawValue(json);
    }

    /** Writes a fact's name: as {@link #text}, a name met twice is then copied. */
    private void name(String s, JsonGenerator g, SerializerProvider p) throws IOException {
        SerializableString json = names.get(s);
        if (json == null) {
            Fragment value;
            if (!Fragments.metBefore(seenNames, s, false) || (value = fragment(s, p)) == null) {
                g.writeFieldName(s);
                return;
            }
            json = names.put(s, value.asName(s));
        }
        g.writeFieldName(json);
    }

    private void finding(Finding f, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject(f);
        string(g, RULE, f.rule(), p);
        g.writeFieldName(VERDICT);
        cached(constants, f.verdict(), g, p);
        facts(f.facts(), g, p);
        g.writeFieldName(CITATION);
        cached(citations, f.citation(), g, p);
        List<ValueSource> from = f.sources();
        if (!from.isEmpty()) {
            g.writeFieldName(SOURCES);
            g.writeStartArray();
            for (int i = 0, n = from.size(); i < n; i++) {
                cached(sources, from.get(i), g, p);
            }
            g.writeEndArray();
        }
        g.writeEndObject();
    }

    private void notes(SerializableString name, List<Note> notes, JsonGenerator g, SerializerProvider p)
            throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        g.writeFieldName(name);
        g.writeStartArray();
        for (int i = 0, n = notes.size(); i < n; i++) {
            note(notes.get(i), g, p);
        }
        g.writeEndArray();
    }

    /**
     * The warnings: a note that recurs as the same object (the warnings a parameter value brings
     * are made once for each value, region and date and shared by the decisions that read it) is
     * written once by Jackson and then copied; a note met once is written field by field, as
     * {@link #notes} writes it.
     */
    private void warnings(List<Note> notes, JsonGenerator g, SerializerProvider p) throws IOException {
        if (notes.isEmpty()) {
            return;
        }
        g.writeFieldName(WARNINGS);
        g.writeStartArray();
        for (int i = 0, n = notes.size(); i < n; i++) {
            Note note = notes.get(i);
            SerializableString json = sharedNotes.get(note);
            if (json == null) {
                if (Fragments.metBefore(seenNotes, note, true) && (json = fragment(note, p)) != null) {
                    sharedNotes.put(note, json);
                } else {
                    note(note, g, p);
                    continue;
                }
            }
            g.writeRawValue(json);
        }
        g.writeEndArray();
    }

    private void note(Note note, JsonGenerator g, SerializerProvider p) throws IOException {
        g.writeStartObject(note);
        string(g, CODE, note.code(), p);
        facts(note.facts(), g, p);
        g.writeEndObject();
    }

    /** A finding's or note's facts under {@code NON_EMPTY}; every value is non-null (see {@code RuleContext.facts}). */
    private void facts(Map<String, Object> facts, JsonGenerator g, SerializerProvider p) throws IOException {
        if (facts.isEmpty()) {
            return;
        }
        g.writeFieldName(FACTS);
        g.writeStartObject(facts);
        for (Map.Entry<String, Object> e : facts.entrySet()) {
            name(e.getKey(), g, p);
            value(e.getValue(), g, p);
        }
        g.writeEndObject();
    }

    /** A value of a map or list: the common types directly, the others by the mapper's serializer of their class. */
    private void value(Object v, JsonGenerator g, SerializerProvider p) throws IOException {
        if (v instanceof String s) {
            text(s, g, p);
        } else if (v instanceof Integer i) {
            g.writeNumber(i.intValue());
        } else if (v instanceof Long l) {
            g.writeNumber(l.longValue());
        } else if (v instanceof Boolean b) {
            g.writeBoolean(b.booleanValue());
        } else if (v instanceof Money m) {
            MoneyWriter.write(m, g);
        } else if (v instanceof LocalDate date) {
            g.writeString(date.toString()); // as the mapper's LocalDateSerializer writes it (no timestamps, no format)
        } else if (v instanceof Enum<?> e) {
            cached(constants, e, g, p);
        } else {
            serializer(v.getClass(), p).serialize(v, g, p);
        }
    }

    /**
     * Writes a value from its cached JSON, or writes its JSON once and keeps it (a value whose JSON
     * cannot be encoded, such as text with half a surrogate pair, is written by its serializer each
     * time, and fails as Jackson fails).
     */
    private <K> void cached(Fragments<K> cache, K value, JsonGenerator g, SerializerProvider p) throws IOException {
        SerializableString json = cache.get(value);
        if (json == null) {
            json = fragment(value, p);
            if (json == null) {
                serializer(value.getClass(), p).serialize(value, g, p);
                return;
            }
            cache.put(value, json);
        }
        g.writeRawValue(json);
    }

    /**
     * @return the compact JSON of a value as the mapper writes it, as text and as UTF-8 (each written
     *     by Jackson's own generator of that kind), or null if Jackson cannot write it as UTF-8
     */
    private Fragment fragment(Object value, SerializerProvider p) throws IOException {
        JsonSerializer<Object> ser = serializer(value.getClass(), p);
        StringWriter text = new StringWriter(128);
        try (JsonGenerator g = factory.createGenerator(text)) {
            ser.serialize(value, g, p);
        }
        java.io.ByteArrayOutputStream utf8 = new java.io.ByteArrayOutputStream(256);
        try (JsonGenerator g = factory.createGenerator(utf8, JsonEncoding.UTF8)) {
            ser.serialize(value, g, p);
        } catch (IOException cannotEncode) {
            return null;
        }
        return new Fragment(text.toString(), utf8.toByteArray());
    }

    /** A value's JSON text and its UTF-8 bytes as Jackson's UTF-8 generator wrote them. */
    private static final class Fragment extends SerializedString {

        private static final long serialVersionUID = 1L;

        Fragment(String text, byte[] utf8) {
            super(text);
            _unquotedUTF8Ref = utf8;
        }

        /**
         * @param name the text this fragment is the JSON string of
         * @return that text as a field name, quoted (escaped) as the generators wrote it here: the
         *     fragment without its enclosing quotes
         */
        SerializedString asName(String name) {
            String json = getValue();
            return new Name(
                    name,
                    json.substring(1, json.length() - 1).toCharArray(),
                    java.util.Arrays.copyOfRange(_unquotedUTF8Ref, 1, _unquotedUTF8Ref.length - 1));
        }
    }

    /** A field name with its escaped text and UTF-8 bytes as Jackson's generators wrote them. */
    private static final class Name extends SerializedString {

        private static final long serialVersionUID = 1L;

        Name(String name, char[] quoted, byte[] quotedUtf8) {
            super(name);
            _quotedChars = quoted;
            _quotedUTF8Ref = quotedUtf8;
        }
    }

    private JsonSerializer<Object> serializer(Class<?> type, SerializerProvider p) throws IOException {
        JsonSerializer<Object> ser = serializers.get(type);
        if (ser == null) {
            ser = p.findValueSerializer(type, null);
            if (serializers.size() >= CACHE_SIZE) {
                serializers.clear();
            }
            serializers.putIfAbsent(type, ser);
        }
        return ser;
    }
}
