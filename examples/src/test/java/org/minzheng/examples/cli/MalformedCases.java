package org.minzheng.examples.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.minzheng.core.json.Json;

/**
 * The malformed-input campaign of the hardening issue: from every example case under
 * {@code examples/cases} (all 25 programs), mutated case files that a careless or hostile
 * integrator would send (issue 14, items 1–10). Every mutant is definitely bad: the CLI must
 * reject it with exit 2, print nothing on stdout, no stack trace, and none of the personal data
 * the mutant carries ({@link Mutant#secrets()}).
 *
 * <p>Deterministic: the same example cases give the same mutants in the same order.
 */
final class MalformedCases {

    /** A valid resident identity number (GB 11643); it must never be printed. */
    static final String ID = "11010519491231002X";
    /** An ID-shaped number whose check digit is wrong; it must never be printed either. */
    static final String ID_SHAPED = "110105194912310021";
    /** A name; it must never be printed. */
    static final String NAME = "张三丰";

    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    /**
     * One mutated case file.
     *
     * @param name    case name and mutation, for reports
     * @param item    the item of issue 14 it exercises (1–10)
     * @param bytes   the file's content
     * @param secrets text that must not appear on stderr
     */
    record Mutant(String name, int item, byte[] bytes, List<String> secrets) {
        @Override
        public String toString() {
            return name;
        }
    }

    private MalformedCases() {}

    /** @return the example case files (not expectations), sorted */
    static List<Path> exampleCases(Path casesDir) throws IOException {
        try (Stream<Path> s = Files.walk(casesDir, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
    }

    /**
     * @param casesDir the example cases' directory
     * @return every mutant, in a stable order
     */
    static List<Mutant> all(Path casesDir) throws IOException {
        List<Mutant> out = new ArrayList<>();
        java.util.Set<String> programsSeen = new java.util.HashSet<>();
        for (Path p : exampleCases(casesDir)) {
            JsonNode c = Json.readTree(Files.readString(p, StandardCharsets.UTF_8), "$");
            String name = casesDir.relativize(p).toString();
            boolean first = programsSeen.add(c.get("program").asText());
            out.addAll(mutants(name, (ObjectNode) c, first));
        }
        out.addAll(fileLevel());
        return out;
    }

    /** Mutants that do not depend on a case: empty, whitespace, null, broken JSON. */
    static List<Mutant> fileLevel() {
        List<Mutant> out = new ArrayList<>();
        out.add(new Mutant("empty file", 8, new byte[0], List.of()));
        out.add(new Mutant("whitespace only", 8, " \n\t\r\n".getBytes(StandardCharsets.UTF_8), List.of()));
        out.add(new Mutant("literal null", 8, "null".getBytes(StandardCharsets.UTF_8), List.of()));
        out.add(new Mutant("literal array", 8, "[]".getBytes(StandardCharsets.UTF_8), List.of()));
        out.add(new Mutant("literal string", 8, ("\"" + ID + "\"").getBytes(StandardCharsets.UTF_8), List.of(ID)));
        out.add(new Mutant("byte-order mark only", 9, new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, List.of()));
        out.add(new Mutant(
                "truncated object",
                9,
                "{\"program\": \"dibao\", \"region\": ".getBytes(StandardCharsets.UTF_8),
                List.of()));
        out.add(new Mutant(
                "trailing garbage",
                9,
                ("{\"program\": \"dibao\"} " + NAME).getBytes(StandardCharsets.UTF_8),
                List.of(NAME)));
        return out;
    }

    static List<Mutant> mutants(String name, ObjectNode c, boolean firstOfProgram) {
        List<Mutant> out = new ArrayList<>();
        ObjectNode facts = (ObjectNode) c.get("facts");
        // 1. an enum given as a number
        replaceFirst(c, out, name + " enum-as-number", 1, facts, MalformedCases::isEnumText, F.numberNode(6));
        // 2. a date given as a number
        replaceFirst(c, out, name + " date-as-number", 2, facts, MalformedCases::isDateText, F.numberNode(20241201));
        out.add(tree(name + " envelope-date-as-number", 2, with(c, "date", F.numberNode(20241201))));
        // 3. silent coercions
        replaceFirst(
                c,
                out,
                name + " float-for-integer",
                3,
                facts,
                n -> n.isIntegralNumber(),
                F.numberNode(new java.math.BigDecimal("1.9")));
        replaceFirst(c, out, name + " string-for-integer", 3, facts, n -> n.isIntegralNumber(), F.textNode("0"));
        replaceFirst(c, out, name + " number-for-boolean", 3, facts, JsonNode::isBoolean, F.numberNode(1));
        replaceFirst(c, out, name + " string-for-boolean", 3, facts, JsonNode::isBoolean, F.textNode("true"));
        ArrayNode dateArray = F.arrayNode().add(2024).add(12).add(1);
        replaceFirst(c, out, name + " date-as-array", 3, facts, MalformedCases::isDateText, dateArray);
        replaceFirst(
                c,
                out,
                name + " date-time-for-date",
                3,
                facts,
                MalformedCases::isDateText,
                F.textNode("2024-12-01T00:00:00"));
        if (firstOfProgram) {
            replaceFirst(
                    c, out, name + " date-with-space", 3, facts, MalformedCases::isDateText, F.textNode(" 2024-12-01"));
            replaceFirst(
                    c,
                    out,
                    name + " number-for-amount",
                    3,
                    facts,
                    MalformedCases::isAmountText,
                    F.numberNode(new java.math.BigDecimal("2000.00")));
            out.add(tree(name + " envelope-date-time", 3, with(c, "date", F.textNode("2024-12-01T00:00:00"))));
        }
        // 4. duplicate keys
        out.add(text(name + " duplicate-program", 4, duplicateFirstKey(c.toString()), List.of()));
        if (facts.size() > 0) {
            ObjectNode dup = c.deepCopy();
            String inner = duplicateFirstKey(facts.toString());
            String t = dup.put("facts", "@@FACTS@@").toString().replace("\"@@FACTS@@\"", inner);
            out.add(text(name + " duplicate-fact", 4, t, List.of()));
        }
        // 5. implausible values
        replaceFirst(c, out, name + " birth-year-zero", 5, facts, MalformedCases::isDateText, F.textNode("0000-01-01"));
        out.add(tree(name + " decision-date-9999", 5, with(c, "date", F.textNode("9999-12-31"))));
        if (facts.toString().matches("(?s).*\"-?\\d+\\.\\d{2}\".*")) {
            ObjectNode huge = c.deepCopy();
            replaceAll(huge.get("facts"), MalformedCases::isAmountText, F.textNode("999999999999999.99"));
            out.add(tree(name + " amounts-overflow", 5, huge));
        }
        if (firstOfProgram) {
            ObjectNode big = c.deepCopy();
            if (growFirstArray(big.get("facts"), 5_000)) {
                out.add(tree(name + " list-of-5000", 5, big));
            }
            out.add(tree(name + " date-at-localdate-max", 8, with(c, "date", F.textNode("+999999999-12-31"))));
            replaceFirst(
                    c,
                    out,
                    name + " fact-date-at-localdate-min",
                    8,
                    facts,
                    MalformedCases::isDateText,
                    F.textNode("-999999999-01-01"));
        }
        // 6. personal data where it does not belong
        out.add(tree(name + " id-in-region", 6, with(c, "region", F.textNode(ID)), ID));
        replaceFirst(c, out, name + " name-in-amount", 6, facts, MalformedCases::isAmountText, F.textNode(NAME), NAME);
        replaceFirst(
                c,
                out,
                name + " id-in-amount",
                6,
                facts,
                MalformedCases::isAmountText,
                F.textNode(ID_SHAPED),
                ID_SHAPED);
        ObjectNode unknown = c.deepCopy();
        ((ObjectNode) unknown.get("facts")).put(ID, 1);
        out.add(tree(name + " id-as-field-name", 6, unknown, ID));
        ObjectNode nameField = c.deepCopy();
        ((ObjectNode) nameField.get("facts")).put(NAME, ID_SHAPED);
        out.add(tree(name + " name-as-field-name", 6, nameField, NAME, ID_SHAPED));
        replaceFirst(c, out, name + " id-in-enum", 6, facts, MalformedCases::isEnumText, F.textNode(ID), ID);
        replaceFirst(c, out, name + " name-in-date", 6, facts, MalformedCases::isDateText, F.textNode(NAME), NAME);
        if (firstOfProgram) {
            replaceFirst(
                    c,
                    out,
                    name + " one-megabyte-value",
                    6,
                    facts,
                    MalformedCases::isAmountText,
                    F.textNode(ID.repeat(60_000)),
                    ID);
        }
        // 9. malformed JSON, non-UTF-8, parser limits, several problems at once
        String t = c.toString();
        out.add(text(name + " truncated", 9, t.substring(0, t.length() / 2), List.of()));
        out.add(text(name + " missing-comma", 9, t.replaceFirst(",", " "), List.of()));
        if (firstOfProgram) {
            byte[] utf8 = t.getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream b = new ByteArrayOutputStream();
            int at = t.indexOf("\"facts\"") + 2;
            b.write(utf8, 0, at);
            b.write(0xFF);
            b.write(utf8, at, utf8.length - at);
            out.add(new Mutant(name + " non-utf8-byte", 9, b.toByteArray(), List.of()));
            b = new ByteArrayOutputStream();
            b.write(utf8, 0, at);
            byte[] gbk = NAME.getBytes(java.nio.charset.Charset.forName("GBK"));
            b.write(gbk, 0, gbk.length);
            b.write(utf8, at, utf8.length - at);
            out.add(new Mutant(name + " gbk-name", 9, b.toByteArray(), List.of(NAME)));
            String deep = "[".repeat(5_000) + "]".repeat(5_000);
            out.add(text(
                    name + " nesting-5000",
                    9,
                    t.replace("\"facts\":{", "\"facts\":{\"deep\":" + deep + ","),
                    List.of()));
            out.add(text(
                    name + " number-of-2000-digits",
                    9,
                    t.replace("\"facts\":{", "\"facts\":{\"n\":" + "9".repeat(2_000) + ","),
                    List.of()));
            ObjectNode many = c.deepCopy();
            ObjectNode mf = (ObjectNode) many.get("facts");
            replaceAll(mf, MalformedCases::isEnumText, F.numberNode(1));
            replaceAll(mf, MalformedCases::isDateText, F.numberNode(20240101));
            replaceAll(mf, JsonNode::isBoolean, F.numberNode(0));
            mf.put("unknownOne", 1);
            mf.put("unknownTwo", 2);
            out.add(tree(name + " many-problems", 9, many));
        }
        return out;
    }

    // ---------------------------------------------------------------- helpers

    static boolean isEnumText(JsonNode n) {
        return n.isTextual() && n.asText().matches("[A-Z][A-Z0-9]*(_[A-Z0-9]+)+|[A-Z]{3,}");
    }

    static boolean isDateText(JsonNode n) {
        return n.isTextual() && n.asText().matches("\\d{4}-\\d{2}-\\d{2}");
    }

    static boolean isAmountText(JsonNode n) {
        return n.isTextual() && n.asText().matches("-?\\d+\\.\\d{2}");
    }

    private static ObjectNode with(ObjectNode c, String field, JsonNode value) {
        ObjectNode copy = c.deepCopy();
        copy.set(field, value);
        return copy;
    }

    private static Mutant tree(String name, int item, JsonNode tree, String... secrets) {
        return text(name, item, tree.toString(), List.of(secrets));
    }

    private static Mutant text(String name, int item, String text, List<String> secrets) {
        return new Mutant(name, item, text.getBytes(StandardCharsets.UTF_8), secrets);
    }

    /** Adds a mutant where the first node of facts (depth first) matching is replaced, if any matches. */
    private static void replaceFirst(
            ObjectNode c,
            List<Mutant> out,
            String name,
            int item,
            ObjectNode facts,
            Predicate<JsonNode> match,
            JsonNode replacement,
            String... secrets) {
        ObjectNode copy = c.deepCopy();
        if (replaceFirst(copy.get("facts"), match, replacement)) {
            out.add(tree(name, item, copy, secrets));
        }
    }

    private static boolean replaceFirst(JsonNode node, Predicate<JsonNode> match, JsonNode replacement) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (match.test(e.getValue())) {
                    e.setValue(replacement.deepCopy());
                    return true;
                }
                if (replaceFirst(e.getValue(), match, replacement)) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (match.test(a.get(i))) {
                    a.set(i, replacement.deepCopy());
                    return true;
                }
                if (replaceFirst(a.get(i), match, replacement)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void replaceAll(JsonNode node, Predicate<JsonNode> match, JsonNode replacement) {
        if (node instanceof ObjectNode o) {
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                if (match.test(e.getValue())) {
                    e.setValue(replacement.deepCopy());
                } else {
                    replaceAll(e.getValue(), match, replacement);
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (int i = 0; i < a.size(); i++) {
                if (match.test(a.get(i))) {
                    a.set(i, replacement.deepCopy());
                } else {
                    replaceAll(a.get(i), match, replacement);
                }
            }
        }
    }

    /** Grows the first non-empty array (depth first) to n copies of its first element. */
    private static boolean growFirstArray(JsonNode node, int n) {
        if (node instanceof ArrayNode a && a.size() > 0) {
            JsonNode first = a.get(0);
            while (a.size() < n) {
                a.add(first.deepCopy());
            }
            return true;
        }
        if (node instanceof ObjectNode o) {
            for (Iterator<JsonNode> it = o.elements(); it.hasNext(); ) {
                if (growFirstArray(it.next(), n)) {
                    return true;
                }
            }
        } else if (node instanceof ArrayNode a) {
            for (JsonNode e : a) {
                if (growFirstArray(e, n)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code {"a":1,...}} → {@code {"a":1,...,"a":…}}: the first key again at the end (last wins in a lenient reader). */
    static String duplicateFirstKey(String object) {
        JsonNode o = Json.readTree(object, "$");
        Map.Entry<String, JsonNode> first = o.fields().next();
        String pair = TextNode.valueOf(first.getKey()) + ":" + mutateValue(first.getKey(), first.getValue());
        return object.substring(0, object.length() - 1) + "," + pair + "}";
    }

    /** The repeated value: another program for {@code program}, else the same value (last wins). */
    private static String mutateValue(String key, JsonNode v) {
        if (key.equals("program")) {
            return v.asText().equals("dibao") ? "\"extreme-poverty\"" : "\"dibao\"";
        }
        return v.toString();
    }
}
