package org.minzheng.core.policy;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.minzheng.core.policy.YamlTree.DuplicateFieldException;
import org.minzheng.core.policy.YamlTree.Node;

/**
 * A reader for the plain part of YAML that pack files are written in: block mappings and
 * sequences indented with spaces, one-line flow mappings and sequences, plain, single- and
 * double-quoted scalars, and comments. It gives exactly the tree {@link YamlTree} builds with
 * the full YAML parser (the same values and lines; a test reads every shipped pack file and
 * generated documents both ways), in a fraction of the time to a first decision, because the
 * full parser's classes need not be loaded and warmed.
 *
 * <p>It reads the document as one {@code char} array, line ends, indentation and comments found
 * by index, and makes a string only for a key or a value it keeps (a comment or an indentation
 * never becomes one): on the way to a first decision this code runs once, in the interpreter,
 * where every {@code String.charAt} is a chain of calls and a loop over an array is not.
 *
 * <p>Anything else — tabs, block scalars, anchors, aliases, tags, multi-line scalars, document
 * markers, a flow collection over several lines, unusual escapes — makes it give up with
 * {@link Unsupported}, and the full parser reads the file instead. It never guesses.
 */
final class YamlSubset {

    /** The document uses YAML this reader leaves to the full parser. */
    static final class Unsupported extends Exception {

        private static final long serialVersionUID = 1L;

        Unsupported(String what) {
            super(what, null, false, false);
        }
    }

    /** The document. */
    private final char[] c;

    /**
     * The meaningful lines, {@code count} of them: line {@code i}'s number (1-based), indentation,
     * and its text (without the indentation, a trailing comment and trailing spaces) from
     * {@code from[i]} to {@code to[i]} in {@link #c}.
     */
    private int[] number;

    private int[] indent;
    private int[] from;
    private int[] to;
    private int count;
    private int at;

    private YamlSubset(char[] c) {
        this.c = c;
        int capacity = 64;
        number = new int[capacity];
        indent = new int[capacity];
        from = new int[capacity];
        to = new int[capacity];
    }

    /**
     * @param text a YAML document
     * @return its tree
     * @throws Unsupported             if the document uses YAML outside the subset
     * @throws DuplicateFieldException if a mapping names a key twice
     */
    static Node parse(String text) throws Unsupported, DuplicateFieldException {
        return parse(text.toCharArray());
    }

    /**
     * @param text a YAML document's characters (not changed)
     * @return its tree
     * @throws Unsupported             if the document uses YAML outside the subset
     * @throws DuplicateFieldException if a mapping names a key twice
     */
    static Node parse(char[] text) throws Unsupported, DuplicateFieldException {
        if (text.length > 0 && text[0] == '\uFEFF') {
            throw new Unsupported("byte-order mark");
        }
        YamlSubset reader = new YamlSubset(text);
        reader.splitLines();
        if (reader.count == 0) {
            return new Node(Collections.emptyMap(), 1);
        }
        if (reader.indent[0] != 0) {
            throw new Unsupported("indented document");
        }
        Node root = reader.block(0);
        if (reader.at != reader.count) {
            throw new Unsupported("content after the document at line " + reader.number[reader.at]);
        }
        return root;
    }

    /**
     * Finds the meaningful lines: not blank, not a comment. A carriage return is allowed only
     * before a line feed (or at the end); a tab nowhere; nor, anywhere (comments included), a
     * character the full parser refuses or reads as a line break — the other C0 and the C1 controls,
     * DEL, U+2028 and U+2029, a byte-order mark, U+FFFE and U+FFFF — or half of a surrogate pair:
     * such a document is left to the full parser, which reports what it makes of it.
     */
    /** @return true for a character at or above U+007F that {@link #splitLines} leaves to the full parser */
    private static boolean special(char x) {
        return x <= '\u009F'
                || x == '\u2028'
                || x == '\u2029'
                || x == '\uFEFF'
                || x >= '\uFFFE'
                || Character.isSurrogate(x);
    }

    private void splitLines() throws Unsupported {
        char[] c = this.c;
        int length = c.length;
        int lineNumber = 0;
        int start = 0;
        while (start <= length) {
            int end = start;
            while (end < length && c[end] != '\n') {
                end++;
            }
            lineNumber++;
            int rawEnd = end > start && c[end - 1] == '\r' ? end - 1 : end;
            for (int i = start; i < rawEnd; i++) {
                char x = c[i];
                if (x < ' ' || x >= '\u007F' && special(x)) {
                    throw new Unsupported("tab, carriage return or a character YAML does not take as it is");
                }
            }
            int content = start;
            while (content < rawEnd && c[content] == ' ') {
                content++;
            }
            int lineStart = start;
            start = end + 1;
            if (content == rawEnd || c[content] == '#') {
                continue;
            }
            if (content == lineStart
                    && (startsWith(content, rawEnd, "---")
                            || startsWith(content, rawEnd, "...")
                            || c[content] == '%')) {
                throw new Unsupported("document marker or directive");
            }
            add(lineNumber, content - lineStart, content, contentEnd(content, rawEnd));
        }
    }

    private void add(int lineNumber, int lineIndent, int textFrom, int textTo) {
        if (count == number.length) {
            int capacity = count * 2;
            number = Arrays.copyOf(number, capacity);
            indent = Arrays.copyOf(indent, capacity);
            from = Arrays.copyOf(from, capacity);
            to = Arrays.copyOf(to, capacity);
        }
        number[count] = lineNumber;
        indent[count] = lineIndent;
        from[count] = textFrom;
        to[count] = textTo;
        count++;
    }

    /**
     * @return where a line's content ends without a trailing comment (" #…" outside quotes) and
     *     trailing spaces. A quote opens a quoted scalar only where a node starts — the line's
     *     content, after a mapping's ": ", after a sequence's "- ", and inside a flow collection
     *     after its bracket or a comma — as the full parser reads it; anywhere else it is a
     *     character of a plain scalar ({@code a b " # c} is {@code a b "} and a comment).
     */
    private int contentEnd(int start, int end) {
        char quote = 0;
        boolean nodeStart = true;
        int depth = 0;
        for (int i = start; i < end; i++) {
            char ch = c[i];
            if (quote != 0) {
                if (ch == '\\' && quote == '"' || ch == '\'' && quote == '\'' && i + 1 < end && c[i + 1] == '\'') {
                    i++; // an escape, or '' in single quotes: one character of the text
                } else if (ch == quote) {
                    quote = 0;
                }
                continue;
            }
            switch (ch) {
                case ' ':
                    break;
                case '"', '\'':
                    if (nodeStart) {
                        quote = ch;
                    }
                    nodeStart = false;
                    break;
                case '#':
                    if (i == start || c[i - 1] == ' ') {
                        return stripEnd(c, start, i);
                    }
                    nodeStart = false;
                    break;
                case '[', '{':
                    if (nodeStart) {
                        depth++;
                    }
                    break;
                case ']', '}':
                    if (depth > 0) {
                        depth--;
                    }
                    nodeStart = false;
                    break;
                case ',':
                    nodeStart = depth > 0;
                    break;
                case ':', '-':
                    // an indicator when a space (or the end) follows: ": " starts a value, "- " an entry
                    nodeStart = (i + 1 == end || c[i + 1] == ' ') && (ch == ':' || nodeStart && depth == 0);
                    break;
                default:
                    nodeStart = false;
            }
        }
        return stripEnd(c, start, end);
    }

    /**
     * @return {@code end} moved back over spaces: YAML's only white space here (tabs and line breaks
     *     are left to the full parser), so a full-width space (U+3000) or another Unicode space
     *     stays part of the text, as the full parser keeps it
     */
    private static int stripEnd(char[] c, int start, int end) {
        while (end > start && c[end - 1] == ' ') {
            end--;
        }
        return end;
    }

    /** @return {@code start} moved on over spaces (see {@link #stripEnd}) */
    private static int stripStart(char[] c, int start, int end) {
        while (start < end && c[start] == ' ') {
            start++;
        }
        return start;
    }

    private boolean startsWith(int start, int end, String prefix) {
        if (end - start < prefix.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (c[start + i] != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private boolean equalsText(int start, int end, String text) {
        return end - start == text.length() && startsWith(start, end, text);
    }

    /** A block node whose first line is at {@code indent}: a sequence or a mapping. */
    private Node block(int blockIndent) throws Unsupported, DuplicateFieldException {
        if (indent[at] != blockIndent) {
            throw new Unsupported("unexpected indentation at line " + number[at]);
        }
        if (isItem(from[at], to[at])) {
            return sequence(blockIndent);
        }
        return mapping(blockIndent, from[at], to[at]);
    }

    private boolean isItem(int start, int end) {
        return end - start >= 1 && c[start] == '-' && (end - start == 1 || c[start + 1] == ' ');
    }

    private Node sequence(int seqIndent) throws Unsupported, DuplicateFieldException {
        List<Node> items = new ArrayList<>();
        int firstLine = number[at];
        while (at < count && indent[at] == seqIndent && isItem(from[at], to[at])) {
            int lineNumber = number[at];
            int end = to[at];
            int rest = from[at] + 1;
            while (rest < end && c[rest] == ' ') {
                rest++;
            }
            if (rest == end) {
                at++;
                items.add(nested(seqIndent, lineNumber, false));
            } else if (isItem(rest, end)) {
                throw new Unsupported("nested sequence on one line at line " + lineNumber);
            } else if (keyEnd(rest, end) >= 0 && !startsFlowOrQuote(c[rest])) {
                // a mapping that starts on the item's line: its keys line up with the first one
                items.add(mapping(seqIndent + (rest - from[at]), rest, end));
            } else {
                at++;
                items.add(scalarOrFlow(rest, end, lineNumber));
                checkNoContinuation(seqIndent, lineNumber);
            }
        }
        return new Node(items, firstLine);
    }

    private static boolean startsFlowOrQuote(char first) {
        return first == '{' || first == '[' || first == '"' || first == '\'';
    }

    /**
     * A block mapping whose keys are at column {@code mapIndent}; its first entry's text is from
     * {@code start} to {@code end} (it may sit after a sequence dash).
     */
    private Node mapping(int mapIndent, int start, int end) throws Unsupported, DuplicateFieldException {
        Map<String, Node> map = new LinkedHashMap<>();
        int firstLine = number[at];
        while (true) {
            int lineNumber = number[at];
            int colon = keyEnd(start, end);
            if (colon < 0) {
                throw new Unsupported("not a mapping entry at line " + lineNumber);
            }
            String key = key(start, colon, lineNumber);
            int restEnd = stripEnd(c, colon + 1, end);
            int rest = stripStart(c, colon + 1, restEnd);
            at++;
            Node value;
            if (rest == restEnd) {
                value = nested(mapIndent, lineNumber, true);
            } else {
                value = scalarOrFlow(rest, restEnd, lineNumber);
                checkNoContinuation(mapIndent, lineNumber);
            }
            if (map.containsKey(key)) {
                throw new DuplicateFieldException(key, lineNumber);
            }
            map.put(key, value);
            if (at >= count) {
                break;
            }
            if (indent[at] > mapIndent) {
                throw new Unsupported("unexpected indentation at line " + number[at]);
            }
            if (indent[at] < mapIndent || isItem(from[at], to[at])) {
                break;
            }
            start = from[at];
            end = to[at];
        }
        return new Node(map, firstLine);
    }

    /**
     * The value of an entry or item with nothing after its indicator: the block on the following
     * lines (more indented, or a sequence at the same column for a mapping entry), or null.
     */
    private Node nested(int parentIndent, int lineNumber, boolean entry) throws Unsupported, DuplicateFieldException {
        if (at < count) {
            if (indent[at] > parentIndent) {
                return block(indent[at]);
            }
            if (entry && indent[at] == parentIndent && isItem(from[at], to[at])) {
                return sequence(parentIndent);
            }
        }
        return new Node(null, lineNumber);
    }

    /** A scalar on its own must not go on over more indented lines (a multi-line plain scalar). */
    private void checkNoContinuation(int valueIndent, int lineNumber) throws Unsupported {
        if (at < count && indent[at] > valueIndent) {
            throw new Unsupported("a value continues after line " + lineNumber);
        }
    }

    /** @return the index of the colon that ends a block mapping key in the text, or -1 */
    private int keyEnd(int start, int end) {
        if (start == end) {
            // a line of nothing but whitespace other than spaces has an empty text, whose
            // charAt(0) threw before: so it does here, and the load still reports the file as not
            // valid YAML (thrown by the JDK, so verifying this class loads no exception class)
            "".charAt(0);
        }
        char c0 = c[start];
        if (c0 == '"' || c0 == '\'') {
            int close = start + 1;
            while (close < end && c[close] != c0) {
                close++;
            }
            return close < end && close + 1 < end && c[close + 1] == ':' && (close + 2 == end || c[close + 2] == ' ')
                    ? close + 1
                    : -1;
        }
        if (c0 == '{' || c0 == '[') {
            return -1;
        }
        for (int i = start; i < end; i++) {
            if (c[i] == ':' && (i + 1 == end || c[i + 1] == ' ')) {
                return i;
            }
        }
        return -1;
    }

    private String key(int start, int end, int lineNumber) throws Unsupported {
        int kEnd = stripEnd(c, start, end);
        int k = stripStart(c, start, kEnd);
        if (k == kEnd) {
            throw new Unsupported("empty key at line " + lineNumber);
        }
        char first = c[k];
        if (first == '"' || first == '\'') {
            Cursor cur = new Cursor(c, k, kEnd);
            String s = cur.quoted(lineNumber);
            if (cur.pos != kEnd) {
                throw new Unsupported("key at line " + lineNumber);
            }
            return s;
        }
        checkPlain(c, k, kEnd, lineNumber);
        return new String(c, k, kEnd - k);
    }

    private Node scalarOrFlow(int start, int end, int lineNumber) throws Unsupported {
        if (startsFlowOrQuote(c[start])) {
            Cursor cur = new Cursor(c, start, end);
            Node n = cur.flowValue(lineNumber);
            cur.skipSpaces();
            if (cur.pos != end) {
                throw new Unsupported("text after a value at line " + lineNumber);
            }
            return n;
        }
        checkPlain(c, start, end, lineNumber);
        for (int i = start; i + 1 < end; i++) {
            if (c[i] == ':' && c[i + 1] == ' ') {
                throw new Unsupported("': ' in a plain scalar at line " + lineNumber);
            }
        }
        return plain(new String(c, start, end - start), lineNumber);
    }

    /** The YAML null forms the full parser reads as null. */
    private static Node plain(String text, int lineNumber) {
        return text.equals("~") || text.equals("null") || text.equals("Null") || text.equals("NULL")
                ? new Node(null, lineNumber)
                : new Node(text, lineNumber);
    }

    private static void checkPlain(char[] c, int start, int end, int lineNumber) throws Unsupported {
        char first = c[start];
        boolean dashWord = first == '-' && end - start > 1 && c[start + 1] != ' ';
        if (isIndicator(first) && !dashWord) {
            throw new Unsupported("indicator '" + first + "' at line " + lineNumber);
        }
        if (first == '-'
                && (end - start >= 3 && c[start + 1] == '-' && c[start + 2] == '-'
                        || end - start >= 2 && c[start + 1] == ' ')) {
            throw new Unsupported("indicator at line " + lineNumber);
        }
        if (c[end - 1] == ':') {
            // a colon that ends a plain scalar is a mapping indicator: YAML refuses "a: b:"
            throw new Unsupported("colon at the end of a plain scalar at line " + lineNumber);
        }
    }

    /** @return whether a plain scalar may not start with this character: {@code -?:,[]{}#&*!|>'"%@`} */
    private static boolean isIndicator(char ch) {
        switch (ch) {
            case '-', '?', ':', ',', '[', ']', '{', '}', '#', '&', '*', '!', '|', '>', '\'', '"', '%', '@', '`':
                return true;
            default:
                return false;
        }
    }

    /** A position in one line's flow content, which ends at {@code end}. */
    private static final class Cursor {
        final char[] s;
        final int end;
        int pos;

        Cursor(char[] s, int pos, int end) {
            this.s = s;
            this.pos = pos;
            this.end = end;
        }

        void skipSpaces() {
            while (pos < end && s[pos] == ' ') {
                pos++;
            }
        }

        boolean eat(char ch) {
            skipSpaces();
            if (pos < end && s[pos] == ch) {
                pos++;
                return true;
            }
            return false;
        }

        Node flowValue(int line) throws Unsupported {
            skipSpaces();
            if (pos >= end) {
                throw new Unsupported("missing value at line " + line);
            }
            char ch = s[pos];
            if (ch == '{') {
                pos++;
                Map<String, Node> map = new LinkedHashMap<>();
                if (eat('}')) {
                    return new Node(map, line);
                }
                do {
                    skipSpaces();
                    String key = pos < end && (s[pos] == '"' || s[pos] == '\'') ? quoted(line) : flowPlain(line, true);
                    if (!eat(':') || !(pos < end && s[pos] == ' ')) {
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
            if (ch == '[') {
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
            if (ch == '"' || ch == '\'') {
                return new Node(quoted(line), line);
            }
            return plain(flowPlain(line, false), line);
        }

        /** A plain scalar in a flow collection: up to ',', ']', '}' (or ': ' for a key). */
        String flowPlain(int line, boolean key) throws Unsupported {
            int start = pos;
            while (pos < end) {
                char ch = s[pos];
                if (ch == ',' || ch == ']' || ch == '}' || ch == '[' || ch == '{') {
                    break;
                }
                if (ch == ':') {
                    // the full parser (YAML 1.1) allows no ':' in a plain scalar inside a flow collection
                    if (key && pos + 1 < end && s[pos + 1] == ' ') {
                        break;
                    }
                    throw new Unsupported("':' in a flow scalar at line " + line);
                }
                if (ch == '?' || ch == '"' || ch == '\'') {
                    // the full parser reads these inside a flow collection's plain scalar its own way
                    throw new Unsupported("'" + ch + "' in a flow scalar at line " + line);
                }
                pos++;
            }
            int textEnd = stripEnd(s, start, pos);
            int text = stripStart(s, start, textEnd);
            if (text == textEnd) {
                throw new Unsupported("empty flow scalar at line " + line);
            }
            checkPlain(s, text, textEnd, line);
            return new String(s, text, textEnd - text);
        }

        /** A single- or double-quoted scalar that closes on this line. */
        String quoted(int line) throws Unsupported {
            char q = s[pos++];
            // the text is copied in runs between escapes; most scalars have none and are one copy
            int run = pos;
            StringBuilder b = null;
            while (true) {
                if (pos >= end) {
                    throw new Unsupported("quoted scalar over several lines at line " + line);
                }
                char ch = s[pos++];
                if (ch == q) {
                    if (q == '\'' && pos < end && s[pos] == '\'') {
                        b = append(b, run, pos - 1).append('\'');
                        pos++;
                        run = pos;
                        continue;
                    }
                    return b == null
                            ? new String(s, run, pos - 1 - run)
                            : append(b, run, pos - 1).toString();
                }
                if (ch == '\\' && q == '"') {
                    if (pos >= end) {
                        throw new Unsupported("escape at line " + line);
                    }
                    char e = s[pos++];
                    char unescaped;
                    switch (e) {
                        case '"', '\\', '/' -> unescaped = e;
                        case 'n' -> unescaped = '\n';
                        case 't' -> unescaped = '\t';
                        default -> throw new Unsupported("escape \\" + e + " at line " + line);
                    }
                    b = append(b, run, pos - 2).append(unescaped);
                    run = pos;
                }
            }
        }

        private StringBuilder append(StringBuilder b, int start, int stop) {
            return (b == null ? new StringBuilder() : b).append(s, start, stop - start);
        }
    }
}
