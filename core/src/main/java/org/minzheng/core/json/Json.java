package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The one configured Jackson mapper: java.time as ISO text, unknown fields rejected, money as
 * decimal strings, floats read as exact decimals, and a pretty printer with {@code \n} line
 * ends so that equal decisions give byte-identical JSON on every machine.
 *
 * <p>Reading is strict, so that careless or hostile input never yields a decision: a field given
 * twice is rejected; nothing is coerced (an enum is never read from a number, an integer never
 * from a fraction or text, a boolean never from a number or text, a date only from a string
 * {@code yyyy-MM-dd}, an amount only from a string such as {@code "1145.00"}); the limits of
 * {@link InputLimits} (nesting depth, string, number and document length, list size, dates,
 * amounts) are checked before anything is decided. When a tree does not fit its type, every
 * problem is collected with its path in one pass, not just the first. No message ever repeats
 * a value from the input.
 */
public final class Json {

    private static final ObjectMapper MAPPER = build(true, true);

    /** The same reader without the duplicate check, to read on past duplicates once they are named. */
    private static final ObjectMapper LENIENT = build(false, true);

    private static final ObjectWriter PRETTY = MAPPER.writer(new DefaultPrettyPrinter()
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n")));

    private static final ObjectWriter COMPACT_TO_STREAM =
            MAPPER.writer().without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET);

    private Json() {}

    /**
     * @param duplicateCheck whether a field given twice stops the parser
     * @param decisionWriter whether decisions are written by {@link DecisionWriter} (else by
     *                       Jackson's bean serialisation, the reference its tests compare with)
     */
    static ObjectMapper build(boolean duplicateCheck, boolean decisionWriter) {
        JsonMapper.Builder builder = JsonMapper.builder(JsonFactory.builder()
                        .configure(StreamReadFeature.STRICT_DUPLICATE_DETECTION, duplicateCheck)
                        .streamReadConstraints(StreamReadConstraints.builder()
                                .maxNestingDepth(InputLimits.MAX_NESTING_DEPTH)
                                .maxStringLength(InputLimits.MAX_STRING_LENGTH)
                                .maxNumberLength(InputLimits.MAX_NUMBER_LENGTH)
                                .maxNameLength(InputLimits.MAX_NAME_LENGTH)
                                .maxDocumentLength(InputLimits.MAX_DOCUMENT_LENGTH)
                                .build())
                        .build())
                .addModule(new JavaTimeModule())
                .addModule(new Jdk8Module())
                .addModule(StrictScalars.module())
                .serializationInclusion(com.fasterxml.jackson.annotation.JsonInclude.Include.NON_ABSENT)
                .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                .disable(DeserializationFeature.UNWRAP_SINGLE_VALUE_ARRAYS)
                .disable(DeserializationFeature.ACCEPT_EMPTY_STRING_AS_NULL_OBJECT)
                .disable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_AS_NULL)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
                .disable(MapperFeature.DEFAULT_VIEW_INCLUSION);
        if (decisionWriter) {
            builder.addModule(DecisionWriter.module());
        }
        return strict(builder.build());
    }

    /** No scalar is read from another shape: every coercion Jackson would allow fails instead. */
    private static ObjectMapper strict(ObjectMapper m) {
        for (CoercionInputShape shape : List.of(
                CoercionInputShape.Integer,
                CoercionInputShape.Float,
                CoercionInputShape.Boolean,
                CoercionInputShape.String,
                CoercionInputShape.EmptyString,
                CoercionInputShape.EmptyArray,
                CoercionInputShape.EmptyObject,
                CoercionInputShape.Array)) {
            m.coercionConfigDefaults().setCoercion(shape, CoercionAction.Fail);
        }
        // each logical type still reads its own shape
        m.coercionConfigFor(LogicalType.Integer).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Float, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Float).setCoercion(CoercionInputShape.Integer, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Boolean).setCoercion(CoercionInputShape.Boolean, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Textual).setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert);
        m.coercionConfigFor(LogicalType.Enum).setCoercion(CoercionInputShape.String, CoercionAction.TryConvert);
        return m;
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
            throw new IllegalStateException(
                    "Cannot write JSON for " + value.getClass().getName(), e);
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
            throw new IllegalStateException(
                    "Cannot write JSON for " + value.getClass().getName(), e);
        }
    }

    /**
     * Writes a value as compact JSON in UTF-8 to a stream, without a newline: the same bytes as
     * {@link #compact(Object)} encoded as UTF-8, with no string in between. The stream is neither
     * flushed nor closed.
     *
     * @param value the value
     * @param out   the stream
     * @throws java.io.IOException if the stream cannot be written
     */
    public static void compact(Object value, java.io.OutputStream out) throws java.io.IOException {
        COMPACT_TO_STREAM.writeValue(out, value);
    }

    /**
     * @param out the stream the values go to (neither flushed nor closed by the writer)
     * @return a writer of many values to one stream, each as {@link #compact(Object, java.io.OutputStream)}
     *     writes it, through one generator instead of one per value
     */
    public static CompactWriter compactWriter(java.io.OutputStream out) {
        return new CompactWriter(out);
    }

    /**
     * Writes values one after another to one stream, each as compact JSON in UTF-8 with nothing
     * between them: the bytes of {@link #compact(Object, java.io.OutputStream)} for each value, with
     * one generator (and its buffer) kept from value to value rather than made, configured and
     * released for each. After {@link #write} returns, every byte of the value is in the stream.
     * If writing a value fails, the bytes of it already in the stream stay there (as with {@code
     * compact}) and the next value starts on a new generator. Not thread-safe; one per thread.
     */
    public static final class CompactWriter implements java.io.Closeable {

        private final java.io.OutputStream out;
        private com.fasterxml.jackson.core.JsonGenerator g;

        private CompactWriter(java.io.OutputStream out) {
            this.out = out;
        }

        /**
         * @param value the value
         * @throws java.io.IOException if the stream cannot be written or the value cannot be
         *                             written as JSON
         */
        public void write(Object value) throws java.io.IOException {
            if (g == null) {
                g = COMPACT_TO_STREAM.createGenerator(out, com.fasterxml.jackson.core.JsonEncoding.UTF8);
                g.setRootValueSeparator(null); // values follow each other with nothing between
            }
            boolean written = false;
            try {
                COMPACT_TO_STREAM.writeValue(g, value);
                g.flush();
                written = true;
            } finally {
                if (!written) {
                    g = null; // its state is that of a value half written: never used again
                }
            }
        }

        /** Gives the generator's buffer back; the stream is not closed. */
        @Override
        public void close() throws java.io.IOException {
            if (g != null) {
                g.close();
                g = null;
            }
        }
    }

    /**
     * Reads JSON text as a tree. A leading byte-order mark is skipped (editors on Windows write
     * one); an empty document, malformed JSON (with line and column), a field given twice (every
     * one, each with its path) and a document beyond the parser's limits (naming the limit) are
     * violations.
     *
     * @param text the text
     * @param path the path to report errors at
     * @return the tree, never null or missing
     * @throws InvalidInputException if the text is not one well-formed JSON value
     */
    public static JsonNode readTree(String text, String path) {
        List<Violation> duplicates = new ArrayList<>();
        JsonNode tree = readTree(text, path, duplicates);
        if (!duplicates.isEmpty()) {
            throw new InvalidInputException(duplicates);
        }
        return tree;
    }

    /**
     * Reads JSON text as a tree, adding every field given twice to {@code duplicates} (each with
     * its path) instead of stopping at the first: the tree returned then holds the last value of
     * each such field, so that a caller can report the document's other problems in the same
     * pass. The document must still be refused when a duplicate was found.
     *
     * @param text       the text
     * @param path       the path to report errors at
     * @param duplicates where every field given twice is added
     * @return the tree, never null or missing
     * @throws InvalidInputException if the text is empty, malformed or beyond the parser's limits
     *                               (with the duplicates found before the point where it broke)
     */
    public static JsonNode readTree(String text, String path, List<Violation> duplicates) {
        String t = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? text.substring(1) : text;
        if (t.isBlank()) {
            throw new InvalidInputException(List.of(InputValidator.get().violation(path, "json.empty", Map.of())));
        }
        JsonNode tree;
        try {
            tree = MAPPER.readTree(t);
        } catch (JsonProcessingException e) {
            // name every field given twice, then read on without the check; a document broken
            // otherwise fails the same way in both passes, after the duplicates before the break
            List<Violation> found = new ArrayList<>();
            try {
                duplicates(t, path, found);
                tree = LENIENT.readTree(t);
            } catch (JsonProcessingException broken) {
                found.add(toViolation(broken, path));
                throw new InvalidInputException(found);
            }
            duplicates.addAll(found);
        }
        if (tree == null || tree.isMissingNode()) {
            throw new InvalidInputException(List.of(InputValidator.get().violation(path, "json.empty", Map.of())));
        }
        return tree;
    }

    /** Walks the tokens of a document and names every field given twice in its object. */
    private static void duplicates(String text, String root, List<Violation> out) throws JsonProcessingException {
        try (JsonParser p = LENIENT.getFactory().createParser(text)) {
            java.util.ArrayDeque<java.util.Set<String>> names = new java.util.ArrayDeque<>();
            java.util.Set<String> reported = new java.util.HashSet<>();
            for (com.fasterxml.jackson.core.JsonToken tok = p.nextToken(); tok != null; tok = p.nextToken()) {
                if (tok == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
                    names.push(new java.util.HashSet<>());
                } else if (tok == com.fasterxml.jackson.core.JsonToken.END_OBJECT) {
                    names.pop();
                } else if (tok == com.fasterxml.jackson.core.JsonToken.FIELD_NAME
                        && !names.peek().add(p.currentName())) {
                    String at = join(root, pointerPath(p) + JsonPaths.field(p.currentName()));
                    if (reported.add(at)) { // a field given three times is one problem
                        out.add(InputValidator.get().violation(at, "json.duplicate-field", Map.of()));
                    }
                }
            }
        } catch (JsonProcessingException e) {
            throw e;
        } catch (java.io.IOException e) {
            throw new IllegalStateException("reading a string cannot fail", e);
        }
    }

    /** {@code $} and {@code .facts.x} make {@code facts.x}, as the case runner names paths; any other root is kept. */
    private static String join(String root, String segments) {
        return root.equals("$") && segments.startsWith(".") ? segments.substring(1) : root + segments;
    }

    /**
     * Decodes bytes as UTF-8, strictly: a byte sequence that is not UTF-8 is a violation naming
     * its byte offset (counted from 0), never replaced silently.
     *
     * @param bytes the bytes, not null
     * @param path  the path to report errors at
     * @return the text
     * @throws InvalidInputException if the bytes are not UTF-8
     */
    public static String decodeUtf8(byte[] bytes, String path) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8L, bytes.length + 1L));
        CoderResult r = decoder.decode(in, out, true);
        if (r.isError()) {
            throw new InvalidInputException(
                    List.of(InputValidator.get().violation(path, "json.not-utf8", Map.of("offset", in.position()))));
        }
        decoder.flush(out);
        out.flip();
        return out.toString();
    }

    /**
     * Reads UTF-8 JSON bytes as a tree: {@link #decodeUtf8} then {@link #readTree(String, String)}.
     *
     * @param bytes the bytes, not null
     * @param path  the path to report errors at
     * @return the tree
     * @throws InvalidInputException if the bytes are not UTF-8 or not one well-formed JSON value
     */
    public static JsonNode readTree(byte[] bytes, String path) {
        return readTree(decodeUtf8(bytes, path), path);
    }

    /**
     * Reads UTF-8 JSON bytes into a type, strictly: the same result as {@link #readTree(byte[],
     * String)} then {@link #convert(JsonNode, Class, String)}, and the same violations, but a good
     * document is read in one streaming pass without a tree ({@link StreamRead}); only a document
     * the fast read declines is read the old way, to name every problem with its path.
     *
     * @param utf8 the bytes, not null
     * @param off  the first byte
     * @param len  how many bytes
     * @param type the type
     * @param path the path of the document, such as {@code facts}
     * @param <T>  the type
     * @return the value
     * @throws InvalidInputException with the path and reason of every problem
     */
    public static <T> T read(byte[] utf8, int off, int len, Class<T> type, String path) {
        try {
            return StreamRead.document(utf8, off, len, type);
        } catch (java.io.IOException | RuntimeException declined) {
            byte[] bytes = off == 0 && len == utf8.length ? utf8 : java.util.Arrays.copyOfRange(utf8, off, off + len);
            return convert(readTree(bytes, path), type, path);
        }
    }

    /**
     * Converts a JSON tree to a typed value, strictly. Lists beyond {@link InputLimits#MAX_LIST_SIZE}
     * are refused first; if the tree does not fit the type, the tree is walked against the type
     * and every problem is reported with its path.
     *
     * @param node the tree
     * @param type the type
     * @param path the path of the tree, such as {@code facts}
     * @param <T>  the type
     * @return the value
     * @throws InvalidInputException with the path and reason of every problem if the tree does
     *                               not fit the type
     */
    public static <T> T convert(JsonNode node, Class<T> type, String path) {
        List<Violation> sizes = new ArrayList<>();
        TreeCheck.checkSizes(node, path, sizes);
        if (!sizes.isEmpty()) {
            throw new InvalidInputException(sizes);
        }
        try {
            return MAPPER.treeToValue(node, type);
        } catch (JsonProcessingException | IllegalArgumentException e) {
            Violation first = toViolation(e, path);
            List<Violation> all = new ArrayList<>();
            try {
                new TreeCheck(MAPPER, all).check(node, MAPPER.constructType(type), path);
            } catch (RuntimeException | StackOverflowError walkFailed) {
                all.clear();
            }
            if (all.stream().noneMatch(v -> within(v.path(), first.path()))) {
                all.add(first);
            }
            throw new InvalidInputException(all);
        }
    }

    /** @return true if {@code path} is {@code outer} or lies inside it */
    private static boolean within(String path, String outer) {
        return path.startsWith(outer)
                && (path.length() == outer.length()
                        || path.charAt(outer.length()) == '.'
                        || path.charAt(outer.length()) == '[');
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
        if (e instanceof StreamConstraintsException sce) {
            String[] limit = limit(sce.getOriginalMessage());
            return v.violation(root, "json.limit", Map.of("limit", limit[0], "limitZh", limit[1]));
        }
        if (e instanceof StreamReadException sre && !(e instanceof JsonMappingException)) {
            JsonLocation at = sre.getLocation();
            return v.violation(
                    root,
                    "json.malformed",
                    Map.of("line", at == null ? 0 : at.getLineNr(), "column", at == null ? 0 : at.getColumnNr()));
        }
        if (!(e instanceof JsonMappingException jme)) {
            return wrongType(root, "a value of another type");
        }
        String path = path(root, jme.getPath());
        if (jme instanceof InputProblem ip) {
            return v.violation(path, ip.code(), ip.values());
        }
        if (jme instanceof UnrecognizedPropertyException) {
            return v.violation(path, "json.unknown-field", Map.of());
        }
        if (jme instanceof ValueInstantiationException vie) {
            Throwable cause = vie.getCause();
            if (cause instanceof NullPointerException) {
                return v.violation(path + missingField(cause), "json.missing", Map.of());
            }
            if (cause instanceof IllegalArgumentException
                    || cause instanceof IllegalStateException
                    || cause instanceof ArithmeticException) {
                return v.violation(path, "json.invalid-value", Map.of("reason", safeReason(cause)));
            }
        }
        if (jme instanceof MismatchedInputException mie && mie.getTargetType() != null) {
            return wrongType(path, expected(mie.getTargetType()));
        }
        return wrongType(path, "a value of another type");
    }

    /**
     * @param path     the path
     * @param expected the type the value should have had
     * @return a {@code json.wrong-type} violation saying what was expected
     */
    public static Violation wrongType(String path, Class<?> expected) {
        return wrongType(path, expected(expected));
    }

    static Violation wrongType(String path, String expected) {
        return InputValidator.get()
                .violation(
                        path,
                        "json.wrong-type",
                        Map.of(
                                "expected",
                                expected,
                                "expectedZh",
                                ZH.getOrDefault(
                                        expected,
                                        expected.startsWith("one of ") ? "以下之一：" + expected.substring(7) : expected)));
    }

    /** The Chinese words for {@link #expected(Class)}. */
    private static final Map<String, String> ZH = Map.of(
            "a whole number", "整数",
            "true or false", "true 或 false",
            "a number", "数字",
            "text", "文本",
            "a date written yyyy-MM-dd", "日期（yyyy-MM-dd）",
            "an amount written as text, such as \"1145.00\"", "以文本书写的金额，如 \"1145.00\"",
            "a list", "列表（数组）",
            "an object", "对象",
            "a value of another type", "其他类型的值");

    /** @return what a value of the type looks like, in words (never from the input) */
    static String expected(Class<?> t) {
        if (t.isEnum()) {
            List<String> names = new ArrayList<>();
            for (Object c : t.getEnumConstants()) {
                names.add(((Enum<?>) c).name());
            }
            return "one of " + String.join(", ", names);
        }
        if (t == int.class
                || t == Integer.class
                || t == long.class
                || t == Long.class
                || t == short.class
                || t == Short.class
                || t == java.math.BigInteger.class) {
            return "a whole number";
        }
        if (t == boolean.class || t == Boolean.class) {
            return "true or false";
        }
        if (t == double.class
                || t == Double.class
                || t == float.class
                || t == Float.class
                || t == java.math.BigDecimal.class) {
            return "a number";
        }
        if (t == String.class || CharSequence.class.isAssignableFrom(t)) {
            return "text";
        }
        if (t == LocalDate.class) {
            return "a date written yyyy-MM-dd";
        }
        if (t == Money.class) {
            return "an amount written as text, such as \"1145.00\"";
        }
        if (Collection.class.isAssignableFrom(t) || t.isArray()) {
            return "a list";
        }
        if (t.getName().startsWith("org.minzheng.core.")) {
            return "text";
        }
        return "an object";
    }

    /** @return the limit that was broken, in English and Chinese */
    private static String[] limit(String message) {
        String m = message == null ? "" : message.toLowerCase(java.util.Locale.ROOT);
        if (m.contains("nesting depth")) {
            int n = InputLimits.MAX_NESTING_DEPTH;
            return new String[] {"nesting depth at most " + n, "嵌套深度不超过 " + n};
        }
        if (m.contains("string value length")) {
            int n = InputLimits.MAX_STRING_LENGTH;
            return new String[] {"a text value of at most " + n + " characters", "文本值不超过 " + n + " 个字符"};
        }
        if (m.contains("number value length")) {
            int n = InputLimits.MAX_NUMBER_LENGTH;
            return new String[] {"a number of at most " + n + " characters", "数字不超过 " + n + " 个字符"};
        }
        if (m.contains("name length")) {
            int n = InputLimits.MAX_NAME_LENGTH;
            return new String[] {"a field name of at most " + n + " characters", "字段名不超过 " + n + " 个字符"};
        }
        if (m.contains("document length")) {
            long n = InputLimits.MAX_DOCUMENT_LENGTH;
            return new String[] {"a document of at most " + n + " characters", "文档不超过 " + n + " 个字符"};
        }
        return new String[] {"a parser limit", "解析限制"};
    }

    private static String pointerPath(JsonParser p) {
        StringBuilder sb = new StringBuilder();
        List<String> segments = new ArrayList<>();
        // the context of a duplicate is the object holding it: name that object's place, from the root
        com.fasterxml.jackson.core.JsonStreamContext c = p.getParsingContext();
        c = c == null ? null : c.getParent();
        while (c != null && !c.inRoot()) {
            if (c.inObject()) {
                segments.add(JsonPaths.field(c.getCurrentName() == null ? "" : c.getCurrentName()));
            } else if (c.inArray()) {
                segments.add("[" + Math.max(c.getCurrentIndex(), 0) + "]");
            }
            c = c.getParent();
        }
        java.util.Collections.reverse(segments);
        segments.forEach(sb::append);
        return sb.toString();
    }

    private static String missingField(Throwable npe) {
        String m = npe.getMessage();
        if (m != null && m.matches("[A-Za-z][A-Za-z0-9]*")) {
            return "." + m;
        }
        return "";
    }

    /**
     * The reason a value was refused, safe to show: the message of minzheng's own code (whose
     * messages never hold the input), else only the type of the error (a foreign message, such as
     * {@code For input string: "…"}, may quote the input).
     *
     * @param cause the error, not null
     * @return the message or the error's simple name
     */
    public static String safeReason(Throwable cause) {
        // Reasons come from minzheng's own value types, whose messages never hold personal data;
        // anything else is summarised by its type.
        String name = cause.getClass().getName();
        if (cause.getMessage() != null
                && (name.startsWith("org.minzheng.")
                        || cause.getStackTrace().length > 0
                                && cause.getStackTrace()[0].getClassName().startsWith("org.minzheng."))) {
            return cause.getMessage();
        }
        return cause.getClass().getSimpleName();
    }

    private static String path(String root, List<JsonMappingException.Reference> refs) {
        StringBuilder sb = new StringBuilder(root);
        for (JsonMappingException.Reference r : refs) {
            if (r.getFieldName() != null) {
                sb.append(JsonPaths.field(r.getFieldName()));
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }
}
