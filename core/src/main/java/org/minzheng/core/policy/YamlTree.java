package org.minzheng.core.policy;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML document read into a small tree that remembers the line of every node, so that a
 * load error can name file and line. Scalars are kept as their text; nothing is converted
 * implicitly (no YAML 1.1 dates, octals or yes/no booleans).
 */
final class YamlTree {

    private YamlTree() {}

    /** A node: a map, a list, a scalar's text, or null; with its 1-based line. */
    record Node(Object value, int line) {

        boolean isMap() {
            return value instanceof Map;
        }

        boolean isList() {
            return value instanceof List;
        }

        boolean isScalar() {
            return value instanceof String;
        }

        @SuppressWarnings("unchecked")
        Map<String, Node> map() {
            return (Map<String, Node>) value;
        }

        @SuppressWarnings("unchecked")
        List<Node> list() {
            return (List<Node>) value;
        }

        String text() {
            return (String) value;
        }
    }

    /**
     * Reads a document: with {@link YamlSubset} when it is written in the plain YAML pack files
     * use, otherwise with the full parser. Both give the same tree.
     *
     * @param text the document
     * @return its tree
     * @throws IOException if it is not valid YAML, or names a key twice
     */
    static Node read(String text) throws IOException {
        return read(text.toCharArray());
    }

    /**
     * Reads a document given as characters, as {@link #read(String)} reads its text.
     *
     * @param text the document's characters
     * @return its tree
     * @throws IOException if it is not valid YAML, or names a key twice
     */
    static Node read(char[] text) throws IOException {
        try {
            return YamlSubset.parse(text);
        } catch (YamlSubset.Unsupported e) {
            return readFull(new java.io.CharArrayReader(text));
        }
    }

    /**
     * Reads a document with the full YAML parser.
     *
     * @param reader the document
     * @return its tree
     * @throws IOException if it is not valid YAML, or names a key twice
     */
    static Node readFull(Reader reader) throws IOException {
        return Full.read(reader);
    }

    /**
     * The full YAML parser, made and even loaded only when a document needs it (see
     * {@link YamlSubset}): its code is in this class, so that checking {@link YamlTree}'s code when
     * it loads, on the way to a first decision, does not load the parser's classes.
     */
    private static final class Full {
        static final YAMLFactory FACTORY = new YAMLFactory();

        /**
         * Reads a document with the full YAML parser.
         *
         * @param reader the document
         * @return its tree
         * @throws IOException if it is not valid YAML, or names a key twice
         */
        static Node read(Reader reader) throws IOException {
            try (JsonParser p = FACTORY.createParser(reader)) {
                JsonToken t = p.nextToken();
                if (t == null) {
                    return new Node(Collections.emptyMap(), 1);
                }
                return readValue(p, t);
            }
        }

        private static Node readValue(JsonParser p, JsonToken t) throws IOException {
            int line = p.currentTokenLocation().getLineNr();
            switch (t) {
                case START_OBJECT: {
                    Map<String, Node> map = new LinkedHashMap<>();
                    JsonToken n;
                    while ((n = p.nextToken()) == JsonToken.FIELD_NAME) {
                        String name = p.currentName();
                        int fieldLine = p.currentTokenLocation().getLineNr();
                        Node child = readValue(p, p.nextToken());
                        if (map.containsKey(name)) {
                            throw new DuplicateFieldException(name, fieldLine);
                        }
                        map.put(name, child);
                    }
                    return new Node(map, line);
                }
                case START_ARRAY: {
                    List<Node> list = new ArrayList<>();
                    JsonToken n;
                    while ((n = p.nextToken()) != JsonToken.END_ARRAY) {
                        list.add(readValue(p, n));
                    }
                    return new Node(list, line);
                }
                case VALUE_NULL:
                    return new Node(null, line);
                default:
                    return new Node(p.getText(), line);
            }
        }
    }

    /** A mapping that names the same field twice. */
    /**
     * Text from a pack file as a message may show it, quoted: as it is when it is short, printable
     * and has no run of seven or more digits (field names, keys such as {@code dibao.standard},
     * dates); anything else masked and cut short, for it may be anything (an identity number
     * among them).
     */
    static String shown(String text) {
        boolean plain = !text.isEmpty() && text.length() <= 64;
        int digits = 0;
        for (int i = 0; plain && i < text.length(); i++) {
            char c = text.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            plain = c > 0x20 && c < 0x7F && c != '\'' && digits < 7;
        }
        return "'" + (plain ? text : org.minzheng.core.json.JsonPaths.excerpt(text)) + "'";
    }

    static final class DuplicateFieldException extends IOException {
        final String field;
        final int line;

        DuplicateFieldException(String field, int line) {
            super("field " + shown(field) + " is given twice");
            this.field = field;
            this.line = line;
        }
    }
}
