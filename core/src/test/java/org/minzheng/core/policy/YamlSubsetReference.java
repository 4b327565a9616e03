package org.minzheng.core.policy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.policy.YamlTree.DuplicateFieldException;
import org.minzheng.core.policy.YamlTree.Node;

/**
 * {@link YamlSubset} as it was up to session 8 (line by line over strings), kept unchanged as the
 * reference {@link YamlSubsetSameAsBeforeTest} compares the array-based reader with. Remove both
 * once the comparison has passed on main.
 */
final class YamlSubsetReference {

    /** The document uses YAML this reader leaves to the full parser. */
    static final class Unsupported extends Exception {

        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** One meaningful line: its number (1-based), indentation and text without the indentation. */
    private record Line(int number, int indent, String text) {}

    private final List<Line> lines;
    private int at;

    private YamlSubsetReference(List<Line> lines) {
        this.lines = lines;
    }

    /**
     * @param text a YAML document
     * @return its tree
     * @throws Unsupported             if the document uses YAML outside the subset
     * @throws DuplicateFieldException if a mapping names a key twice
     */
    static Node parse(String text) throws Unsupported, DuplicateFieldException {
        List<Line> lines = new ArrayList<>();
        int number = 0;
        int start = 0;
        int length = text.length();
        if (length > 0 && text.charAt(0) == '\uFEFF') {
            throw new Unsupported("byte-order mark");
        }
        while (start <= length) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = length;
            }
            number++;
            String raw = text.substring(start, end > start && text.charAt(end - 1) == '\r' ? end - 1 : end);
            start = end + 1;
            if (raw.indexOf('\t') >= 0 || raw.indexOf('\r') >= 0) {
                throw new Unsupported("tab or carriage return");
            }
            int indent = 0;
            while (indent < raw.length() && raw.charAt(indent) == ' ') {
                indent++;
            }
            String content = raw.substring(indent);
            if (content.isEmpty() || content.charAt(0) == '#') {
                continue;
            }
            if (indent == 0 && (content.startsWith("---") || content.startsWith("...") || content.charAt(0) == '%')) {
                throw new Unsupported("document marker or directive");
            }
            lines.add(new Line(number, indent, stripComment(content)));
        }
        if (lines.isEmpty()) {
            return new Node(Collections.emptyMap(), 1);
        }
        YamlSubsetReference reader = new YamlSubsetReference(lines);
        Line first = lines.get(0);
        if (first.indent() != 0) {
            throw new Unsupported("indented document");
        }
        Node root = reader.block(0);
        if (reader.at != lines.size()) {
            throw new Unsupported(
                    "content after the document at line " + lines.get(reader.at).number());
        }
        return root;
    }

    /** Removes a trailing comment (" #…" outside quotes) and trailing spaces. */
    private static String stripComment(String content) throws Unsupported {
        char quote = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quote != 0) {
                if (c == '\\' && quote == '"') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if ((c == '"' || c == '\'') && (i == 0 || " {[,:-".indexOf(content.charAt(i - 1)) >= 0)) {
                quote = c;
            } else if (c == '#' && content.charAt(i - 1) == ' ') {
                return content.substring(0, i).stripTrailing();
            }
        }
        return content.stripTrailing();
    }

    /** A block node whose first line is at {@code indent}: a sequence or a mapping. */
    private Node block(int indent) throws Unsupported, DuplicateFieldException {
        Line line = lines.get(at);
        if (line.indent() != indent) {
            throw new Unsupported("unexpected indentation at line " + line.number());
        }
        if (isItem(line.text())) {
            return sequence(indent);
        }
        return mapping(indent, line.text());
    }

    private static boolean isItem(String text) {
        return text.equals("-") || text.startsWith("- ");
    }

    private Node sequence(int indent) throws Unsupported, DuplicateFieldException {
        List<Node> items = new ArrayList<>();
        int firstLine = lines.get(at).number();
        while (at < lines.size()
                && lines.get(at).indent() == indent
                && isItem(lines.get(at).text())) {
            Line line = lines.get(at);
            String text = line.text();
            int offset = 1;
            while (offset < text.length() && text.charAt(offset) == ' ') {
                offset++;
            }
            String rest = text.substring(offset);
            if (rest.isEmpty()) {
                at++;
                items.add(nested(indent, line.number(), false));
            } else if (isItem(rest)) {
                throw new Unsupported("nested sequence on one line at line " + line.number());
            } else if (keyEnd(rest) >= 0 && !startsFlowOrQuote(rest)) {
                // a mapping that starts on the item's line: its keys line up with the first one
                items.add(mapping(indent + offset, rest));
            } else {
                at++;
                items.add(scalarOrFlow(rest, line.number()));
                checkNoContinuation(indent, line.number());
            }
        }
        return new Node(items, firstLine);
    }

    private static boolean startsFlowOrQuote(String s) {
        char c = s.charAt(0);
        return c == '{' || c == '[' || c == '"' || c == '\'';
    }

    /**
     * A block mapping whose keys are at column {@code indent}; its first entry's text is
     * {@code firstText} (which may sit after a sequence dash).
     */
    private Node mapping(int indent, String firstText) throws Unsupported, DuplicateFieldException {
        Map<String, Node> map = new LinkedHashMap<>();
        int firstLine = lines.get(at).number();
        String text = firstText;
        while (true) {
            Line line = lines.get(at);
            int colon = keyEnd(text);
            if (colon < 0) {
                throw new Unsupported("not a mapping entry at line " + line.number());
            }
            String key = key(text.substring(0, colon), line.number());
            String rest = text.substring(colon + 1).strip();
            at++;
            Node value;
            if (rest.isEmpty()) {
                value = nested(indent, line.number(), true);
            } else {
                value = scalarOrFlow(rest, line.number());
                checkNoContinuation(indent, line.number());
            }
            if (map.containsKey(key)) {
                throw new DuplicateFieldException(key, line.number());
            }
            map.put(key, value);
            if (at >= lines.size()) {
                break;
            }
            Line next = lines.get(at);
            if (next.indent() > indent) {
                throw new Unsupported("unexpected indentation at line " + next.number());
            }
            if (next.indent() < indent || isItem(next.text())) {
                break;
            }
            text = next.text();
        }
        return new Node(map, firstLine);
    }

    /**
     * The value of an entry or item with nothing after its indicator: the block on the following
     * lines (more indented, or a sequence at the same column for a mapping entry), or null.
     */
    private Node nested(int indent, int lineNumber, boolean entry) throws Unsupported, DuplicateFieldException {
        if (at < lines.size()) {
            Line next = lines.get(at);
            if (next.indent() > indent) {
                return block(next.indent());
            }
            if (entry && next.indent() == indent && isItem(next.text())) {
                return sequence(indent);
            }
        }
        return new Node(null, lineNumber);
    }

    /** A scalar on its own must not go on over more indented lines (a multi-line plain scalar). */
    private void checkNoContinuation(int indent, int lineNumber) throws Unsupported {
        if (at < lines.size() && lines.get(at).indent() > indent) {
            throw new Unsupported("a value continues after line " + lineNumber);
        }
    }

    /** @return the index of the colon that ends a block mapping key in {@code text}, or -1 */
    private static int keyEnd(String text) {
        char c0 = text.charAt(0);
        if (c0 == '"' || c0 == '\'') {
            int close = text.indexOf(c0, 1);
            return close > 0
                            && close + 1 < text.length()
                            && text.charAt(close + 1) == ':'
                            && (close + 2 == text.length() || text.charAt(close + 2) == ' ')
                    ? close + 1
                    : -1;
        }
        if (c0 == '{' || c0 == '[') {
            return -1;
        }
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == ':' && (i + 1 == text.length() || text.charAt(i + 1) == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private static String key(String raw, int lineNumber) throws Unsupported {
        String k = raw.strip();
        if (k.isEmpty()) {
            throw new Unsupported("empty key at line " + lineNumber);
        }
        char c = k.charAt(0);
        if (c == '"' || c == '\'') {
            Cursor cur = new Cursor(k, 0);
            String s = cur.quoted(lineNumber);
            if (cur.pos != k.length()) {
                throw new Unsupported("key at line " + lineNumber);
            }
            return s;
        }
        checkPlain(k, lineNumber);
        return k;
    }

    private static Node scalarOrFlow(String text, int lineNumber) throws Unsupported {
        char c = text.charAt(0);
        if (c == '{' || c == '[' || c == '"' || c == '\'') {
            Cursor cur = new Cursor(text, 0);
            Node n = cur.flowValue(lineNumber);
            cur.skipSpaces();
            if (cur.pos != text.length()) {
                throw new Unsupported("text after a value at line " + lineNumber);
            }
            return n;
        }
        checkPlain(text, lineNumber);
        if (text.contains(": ")) {
            throw new Unsupported("': ' in a plain scalar at line " + lineNumber);
        }
        return plain(text, lineNumber);
    }

    /** The YAML null forms the full parser reads as null. */
    private static Node plain(String text, int lineNumber) {
        return text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")
                ? new Node(null, lineNumber)
                : new Node(text, lineNumber);
    }

    private static void checkPlain(String text, int lineNumber) throws Unsupported {
        char c = text.charAt(0);
        if ("-?:,[]{}#&*!|>'\"%@`".indexOf(c) >= 0 && !(c == '-' && text.length() > 1 && text.charAt(1) != ' ')) {
            throw new Unsupported("indicator '" + c + "' at line " + lineNumber);
        }
        if (c == '-' && (text.startsWith("---") || text.startsWith("- "))) {
            throw new Unsupported("indicator at line " + lineNumber);
        }
    }

    /** A position in one line's flow content. */
    private static final class Cursor {
        final String s;
        int pos;

        Cursor(String s, int pos) {
            this.s = s;
            this.pos = pos;
        }

        void skipSpaces() {
            while (pos < s.length() && s.charAt(pos) == ' ') {
                pos++;
            }
        }

        boolean eat(char c) {
            skipSpaces();
            if (pos < s.length() && s.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        Node flowValue(int line) throws Unsupported {
            skipSpaces();
            if (pos >= s.length()) {
                throw new Unsupported("missing value at line " + line);
            }
            char c = s.charAt(pos);
            if (c == '{') {
                pos++;
                Map<String, Node> map = new LinkedHashMap<>();
                if (eat('}')) {
                    return new Node(map, line);
                }
                do {
                    skipSpaces();
                    String key = pos < s.length() && (s.charAt(pos) == '"' || s.charAt(pos) == '\'')
                            ? quoted(line)
                            : flowPlain(line, true);
                    if (!eat(':') || !(pos < s.length() && s.charAt(pos) == ' ')) {
                        throw new Unsupported("flow mapping entry at line " + line);
                    }
                    Node value = flowValue(line);
                    if (map.containsKey(key)) {
                        // the full parser reports this too; leave the message to it
                        throw new Unsupported("duplicate key in a flow mapping at line " + line);
                    }
                    map.put(key, value);
                } while (eat(','));
                if (!eat('}')) {
                    throw new Unsupported("unclosed flow mapping at line " + line);
                }
                return new Node(map, line);
            }
            if (c == '[') {
                pos++;
                List<Node> list = new ArrayList<>();
                if (eat(']')) {
                    return new Node(list, line);
                }
                do {
                    list.add(flowValue(line));
                } while (eat(','));
                if (!eat(']')) {
                    throw new Unsupported("unclosed flow sequence at line " + line);
                }
                return new Node(list, line);
            }
            if (c == '"' || c == '\'') {
                return new Node(quoted(line), line);
            }
            return plain(flowPlain(line, false), line);
        }

        /** A plain scalar in a flow collection: up to ',', ']', '}' (or ': ' for a key). */
        String flowPlain(int line, boolean key) throws Unsupported {
            int start = pos;
            while (pos < s.length()) {
                char c = s.charAt(pos);
                if (c == ',' || c == ']' || c == '}' || c == '[' || c == '{') {
                    break;
                }
                if (c == ':') {
                    // the full parser (YAML 1.1) allows no ':' in a plain scalar inside a flow collection
                    if (key && pos + 1 < s.length() && s.charAt(pos + 1) == ' ') {
                        break;
                    }
                    throw new Unsupported("':' in a flow scalar at line " + line);
                }
                pos++;
            }
            String text = s.substring(start, pos).strip();
            if (text.isEmpty()) {
                throw new Unsupported("empty flow scalar at line " + line);
            }
            checkPlain(text, line);
            return text;
        }

        /** A single- or double-quoted scalar that closes on this line. */
        String quoted(int line) throws Unsupported {
            char q = s.charAt(pos++);
            StringBuilder b = new StringBuilder();
            while (true) {
                if (pos >= s.length()) {
                    throw new Unsupported("quoted scalar over several lines at line " + line);
                }
                char c = s.charAt(pos++);
                if (c == q) {
                    if (q == '\'' && pos < s.length() && s.charAt(pos) == '\'') {
                        b.append('\'');
                        pos++;
                        continue;
                    }
                    return b.toString();
                }
                if (c == '\\' && q == '"') {
                    if (pos >= s.length()) {
                        throw new Unsupported("escape at line " + line);
                    }
                    char e = s.charAt(pos++);
                    switch (e) {
                        case '"', '\\', '/' -> b.append(e);
                        case 'n' -> b.append('\n');
                        case 't' -> b.append('\t');
                        default -> throw new Unsupported("escape \\" + e + " at line " + line);
                    }
                } else {
                    b.append(c);
                }
            }
        }
    }
}
