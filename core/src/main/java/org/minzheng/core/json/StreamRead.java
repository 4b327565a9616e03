package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.minzheng.core.validation.InputLimits;

/**
 * The fast path of the strict reader: reads typed values from UTF-8 JSON in one streaming pass,
 * with no tree, for documents that are good. It vouches only for what it accepts: everything it
 * returns is exactly what {@link Json#readTree(String, String)} followed by
 * {@link Json#convert(com.fasterxml.jackson.databind.JsonNode, Class, String)} would return for
 * the same bytes, and for anything else it <em>declines</em> (throws) without saying why, so that
 * the caller reads the document again the old way, which names every problem with its path.
 * {@link Json#read(byte[], int, int, Class, String)} does exactly that.
 *
 * <p>Values are read by {@link BoundReaders}: without databind's bean machinery for the types they
 * understand (the facts types), by databind itself for the rest.
 *
 * <p>Same rules as the tree reader, because it is the same parser and, where a value is read
 * without databind, readers derived from databind's own deserializers that decline whatever
 * databind might read differently:
 * the mapper's limits ({@link InputLimits}: depth, string, number, name and document length),
 * unknown properties and every coercion fail; a field given twice declines (checked here, with
 * less work than the parser's own check, which the tree reader keeps). What the tree
 * reader checks on the tree is checked on the way: a list longer than
 * {@link InputLimits#MAX_LIST_SIZE} declines. It also declines what it does not need to read
 * fast and where a tree might read differently: a number with a fraction or an exponent (a tree
 * strips a decimal's trailing zeros), a document that is not UTF-8, or that begins with a
 * byte-order mark after its first byte. Bytes that are all ASCII are parsed as they are; other
 * bytes are decoded strictly first (the document length then counts characters, as the tree
 * reader counts them). Thread-safe (each call has its own parser).
 */
public final class StreamRead {

    private StreamRead() {}

    /** The fast read cannot vouch for the document; read it the old way for its problems. */
    public static final class Declined extends IOException {

        private static final long serialVersionUID = 1L;

        static final Declined INSTANCE = new Declined();

        private Declined() {
            super("declined: read the document with Json.readTree and Json.convert for its problems");
        }

        /** One shared instance, thrown often on bad input: no stack trace. */
        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }

    /**
     * Opens a strict streaming parser on UTF-8 bytes. Close it when done (its buffers are reused).
     *
     * @param utf8 the bytes, not null
     * @param off  the first byte
     * @param len  how many bytes
     * @return the parser, before its first token
     * @throws IOException ({@link Declined}) if the bytes are not UTF-8 or start with a byte-order mark
     */
    public static JsonParser open(byte[] utf8, int off, int len) throws IOException {
        JsonParser p;
        if (ascii(utf8, off, len)) {
            p = Json.mapper().getFactory().createParser(utf8, off, len);
        } else {
            String text;
            try {
                text = StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(utf8, off, len))
                        .toString();
            } catch (CharacterCodingException e) {
                throw Declined.INSTANCE;
            }
            if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
                throw Declined.INSTANCE;
            }
            p = Json.mapper().getFactory().createParser(text);
        }
        // a field given twice declines in Guarded, cheaper than the parser's own check (a set per object)
        p.disable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        return new Guarded(p);
    }

    /**
     * Reads the value that starts at the parser's next token (or its current one, if it has one)
     * into a type, leaving the parser on the value's last token.
     *
     * @param p    a parser from {@link #open}
     * @param type the type
     * @param <T>  the type
     * @return the value, never null
     * @throws IOException       if the value is not good (the reason is not for the user: read the
     *                           document the old way)
     * @throws RuntimeException  likewise
     */
    public static <T> T value(JsonParser p, Class<T> type) throws IOException {
        return read(p, type, BoundReaders.of(type));
    }

    private static <T> T read(JsonParser p, Class<T> type, BoundReaders.Reader reader) throws IOException {
        if (!(p instanceof Guarded)) {
            throw new IllegalArgumentException("not a parser from StreamRead.open");
        }
        if (!p.hasCurrentToken()) {
            p.nextToken();
        }
        if (!p.hasCurrentToken() || p.currentToken() == JsonToken.VALUE_NULL) {
            throw Declined.INSTANCE;
        }
        // a value inside a document: what follows it is the caller's to check
        Object value = reader.read(p);
        if (value == null) {
            throw Declined.INSTANCE;
        }
        return type.cast(value);
    }

    /**
     * Reads values of one type, as {@link #value} does, without looking the type's reader up on
     * each call (a caller that reads the same types for every line keeps one of these).
     *
     * @param <T> the type
     */
    public static final class ValueReader<T> {
        private final Class<T> type;
        private final BoundReaders.Reader reader;

        private ValueReader(Class<T> type) {
            this.type = type;
            this.reader = BoundReaders.of(type);
        }

        /**
         * @param p a parser from {@link #open}
         * @return the value that starts at the parser's next token (or its current one), never null
         * @throws IOException      if the value is not good (read the document the old way)
         * @throws RuntimeException likewise
         */
        public T read(JsonParser p) throws IOException {
            return StreamRead.read(p, type, reader);
        }
    }

    /**
     * @param type the type
     * @param <T>  the type
     * @return a reader of values of the type, for {@link #open}'s parsers
     */
    public static <T> ValueReader<T> reader(Class<T> type) {
        return new ValueReader<>(type);
    }

    /**
     * The types within a type that {@link #value} reads through databind rather than by a reader
     * of its own (for tests and diagnostics: what is listed here is read correctly, only slower).
     *
     * @param type a type
     * @return the canonical names of those types, sorted; empty if none
     */
    public static java.util.SortedSet<String> readByDatabind(Class<?> type) {
        return BoundReaders.readByDatabind(type);
    }

    /**
     * Reads a whole document into a type: {@link #open}, {@link #value}, and nothing after it.
     *
     * @param utf8 the bytes
     * @param off  the first byte
     * @param len  how many bytes
     * @param type the type
     * @param <T>  the type
     * @return the value
     * @throws IOException      if the fast read declines
     * @throws RuntimeException likewise
     */
    public static <T> T document(byte[] utf8, int off, int len, Class<T> type) throws IOException {
        try (JsonParser p = open(utf8, off, len)) {
            T value = value(p, type);
            if (p.nextToken() != null) {
                throw Declined.INSTANCE;
            }
            return value;
        }
    }

    /** Eight bytes at a time, in the machine's order (only the high bit of each byte matters). */
    private static final java.lang.invoke.VarHandle LONGS =
            java.lang.invoke.MethodHandles.byteArrayViewVarHandle(long[].class, java.nio.ByteOrder.nativeOrder());

    static boolean ascii(byte[] b, int off, int len) {
        int end = off + len;
        int i = off;
        for (; i + 8 <= end; i += 8) {
            if (((long) LONGS.get(b, i) & 0x8080808080808080L) != 0) {
                return false;
            }
        }
        for (; i < end; i++) {
            if (b[i] < 0) {
                return false;
            }
        }
        return true;
    }

    /**
     * Checks on the way what the tree reader checks on the tree (list sizes), declines numbers
     * with a fraction or an exponent, and declines a field given twice in its object (the
     * parser's own duplicate check is off on this path: it keeps a set per object, a third of
     * the cost of reading a household's facts; here the names of each open object are kept in a
     * small array reused for every object at that depth, and an object has a handful of fields).
     * Every way of moving on goes through {@link #nextToken()} ({@code JsonParser}'s
     * {@code nextFieldName}, {@code nextTextValue}… are written with it), and
     * {@link #skipChildren()} walks token by token.
     */
    private static final class Guarded extends JsonParserDelegate {

        /** The field names seen so far in each open object, by depth (objects only). */
        private String[][] names = new String[8][];

        private int[] counts = new int[8];

        private int depth = -1;

        Guarded(JsonParser d) {
            super(d);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == null || t == JsonToken.END_ARRAY) {
                return t;
            }
            if (t == JsonToken.FIELD_NAME) {
                seen(delegate.currentName());
                return t;
            }
            if (t == JsonToken.END_OBJECT) {
                depth--;
                return t;
            }
            if (t == JsonToken.VALUE_NUMBER_FLOAT) {
                throw Declined.INSTANCE;
            }
            JsonStreamContext c = delegate.getParsingContext();
            if (t.isStructStart()) {
                c = c.getParent();
            }
            if (c != null && c.inArray() && c.getCurrentIndex() >= InputLimits.MAX_LIST_SIZE) {
                throw Declined.INSTANCE;
            }
            if (t == JsonToken.START_OBJECT) {
                open();
            }
            return t;
        }

        private void open() {
            depth++;
            if (depth == counts.length) {
                names = java.util.Arrays.copyOf(names, depth * 2);
                counts = java.util.Arrays.copyOf(counts, depth * 2);
            }
            counts[depth] = 0;
        }

        /** Declines if the open object already has a field of this name. */
        private void seen(String name) throws Declined {
            String[] here = names[depth];
            int n = counts[depth];
            for (int i = 0; i < n; i++) {
                if (name.equals(here[i])) {
                    throw Declined.INSTANCE;
                }
            }
            if (here == null) {
                here = names[depth] = new String[16];
            } else if (n == here.length) {
                here = names[depth] = java.util.Arrays.copyOf(here, n * 2);
            }
            here[n] = name;
            counts[depth] = n + 1;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public JsonParser skipChildren() throws IOException {
            JsonToken t = currentToken();
            if (t != JsonToken.START_OBJECT && t != JsonToken.START_ARRAY) {
                return this;
            }
            int open = 1;
            while (open > 0) {
                JsonToken n = nextToken();
                if (n == null) {
                    return this;
                }
                if (n.isStructStart()) {
                    open++;
                } else if (n.isStructEnd()) {
                    open--;
                }
            }
            return this;
        }
    }
}
