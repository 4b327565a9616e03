package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.StreamRead;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.examples.population.SyntheticPopulation;

/**
 * The facts are read on {@code screen}'s streaming path without databind's bean machinery (issue
 * 18, session 8: {@code StreamRead.value}'s readers, built from databind's own deserializers). Its
 * contract, held here: <b>whatever the fast read accepts is equal to what the tree reader ({@code
 * Json.readTree} + {@code Json.convert}, databind) gives for the same bytes</b>, and whatever it is
 * not sure of it declines, so that the tree reader names the problems. And it is not a reader that
 * declines everything: every generated household is accepted, read by readers of its own.
 */
class BoundFactsReaderPropertyTest {

    private static final RegionCode REGION = RegionCode.of("330502");
    private static final LocalDate DATE = SyntheticPopulation.DEFAULT_DATE;

    /** Databind's answer: the value, or the violations. */
    private static Object tree(byte[] b, Class<?> type) {
        try {
            return Json.convert(Json.readTree(b, "facts"), type, "facts");
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }

    /** The fast read's answer: the value, or null where it declines. */
    private static Object fast(byte[] b, Class<?> type) {
        try {
            return StreamRead.document(b, 0, b.length, type);
        } catch (IOException | RuntimeException declined) {
            return null;
        }
    }

    private static JsonNode facts(long seed, long index) {
        return Json.readTree(SyntheticPopulation.line(seed, index, REGION, DATE), "$")
                .get("facts");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void screeningFacts_andTheEnvelopesValues_areReadWithoutDatabind() {
        assertThat(StreamRead.readByDatabind(ScreeningFacts.class)).isEmpty();
        assertThat(StreamRead.readByDatabind(RegionCode.class)).isEmpty();
        assertThat(StreamRead.readByDatabind(LocalDate.class)).isEmpty();
    }

    @Test
    void everyGeneratedHousehold_isAccepted_andEqualToDatabinds() {
        qt().withExamples(400)
                .forAll(longs().all(), integers().between(0, 1_000_000))
                .checkAssert((seed, index) -> {
                    byte[] b = utf8(Json.compact(facts(seed, index)));
                    Object fast = fast(b, ScreeningFacts.class);
                    assertThat(fast).as("accepted").isNotNull();
                    assertThat(fast).isEqualTo(tree(b, ScreeningFacts.class));
                });
    }

    @Test
    void aMutatedHousehold_isDeclined_orEqualToDatabinds() {
        int[] accepted = {0};
        qt().withExamples(3000)
                .forAll(longs().all(), integers().between(0, 1_000_000), longs().all())
                .checkAssert((seed, index, mutation) -> {
                    String text = mutate(facts(seed, index), new Random(mutation));
                    if (agrees(utf8(text), ScreeningFacts.class)) {
                        accepted[0]++;
                    }
                });
        // the mutations are not all refused: some (an optional field dropped, a default given) are good facts
        assertThat(accepted[0]).isGreaterThan(100);
    }

    /** The facts of every example case of every program, and mutations of them. */
    @Test
    void everyProgramsCaseFacts_andTheirMutations_areDeclined_orEqualToDatabinds() throws IOException {
        ProgramRegistry programs = ProgramRegistry.loadDefault();
        List<Path> cases;
        try (Stream<Path> s = Files.walk(Fixtures.CASES, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            cases = s.filter(
                            p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
        int read = 0;
        for (Path c : cases) {
            JsonNode doc;
            try {
                doc = Json.readTree(Files.readAllBytes(c), "$");
            } catch (InvalidInputException e) {
                continue;
            }
            if (!doc.path("program").isTextual() || !doc.has("facts")) {
                continue;
            }
            Program<?, ?> program = programs.find(doc.get("program").asText()).orElse(null);
            if (program == null) {
                continue;
            }
            Class<?> type = program.factsType();
            byte[] b = utf8(Json.compact(doc.get("facts")));
            agrees(b, type);
            if (fast(b, type) != null) {
                read++;
            }
            Random random = new Random(c.toString().hashCode());
            for (int i = 0; i < 60; i++) {
                agrees(utf8(mutate(doc.get("facts"), random)), type);
            }
        }
        assertThat(read).isGreaterThan(cases.size() / 2);
    }

    /** @return whether the fast read accepted (then with databind's value) */
    private static boolean agrees(byte[] b, Class<?> type) {
        Object fast = fast(b, type);
        if (fast == null) {
            return false;
        }
        assertThat(tree(b, type)).as(new String(b, StandardCharsets.UTF_8)).isEqualTo(fast);
        return true;
    }

    // ---------------------------------------------------------------------------- mutations

    private static final String[] NAMES = {
        "members", "relation", "birthDate", "amount", "category", "member", "months", "x", "Relation", "household",
        "assets", "homes", "vehicles", "value", "kind", "necessary", "disability", "grade", "_members", "incomeStable"
    };

    /** Values of every kind, including those a facts field must never be read from. */
    private static JsonNode someValue(Random r) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        return switch (r.nextInt(22)) {
            case 0 -> f.nullNode();
            case 1 -> f.numberNode(r.nextInt(5));
            case 2 -> f.numberNode(-1);
            case 3 -> f.numberNode(1L << 40);
            case 4 -> f.numberNode(new java.math.BigInteger("123456789012345678901234"));
            case 5 -> f.numberNode(new java.math.BigDecimal("1.50"));
            case 6 -> f.booleanNode(r.nextBoolean());
            case 7 -> f.textNode("2024-02-29");
            case 8 -> f.textNode("2023-02-29");
            case 9 -> f.textNode("1145.00");
            case 10 -> f.textNode("1145.001");
            case 11 -> f.textNode("APPLICANT");
            case 12 -> f.textNode("WAGES");
            case 13 -> f.textNode("");
            case 14 -> f.textNode("true");
            case 15 -> f.textNode("1");
            case 16 -> f.arrayNode();
            case 17 -> f.objectNode();
            case 18 -> f.arrayNode().add(f.numberNode(1)).add(f.nullNode());
            case 19 -> f.objectNode().put("relation", "CHILD").put("birthDate", "2015-01-01");
            case 20 -> f.textNode("330502");
            default -> f.textNode("9999-12-31");
        };
    }

    /** Applies one to three mutations to a copy of the tree; duplicates are made in the text. */
    static String mutate(JsonNode original, Random r) {
        JsonNode root = original.deepCopy();
        List<JsonNode> containers = new ArrayList<>();
        collect(root, containers);
        int n = 1 + r.nextInt(3);
        ObjectNode duplicateIn = null;
        for (int k = 0; k < n; k++) {
            JsonNode c = containers.get(r.nextInt(containers.size()));
            if (c instanceof ObjectNode o) {
                List<String> names = new ArrayList<>();
                o.fieldNames().forEachRemaining(names::add);
                String name = names.isEmpty() ? NAMES[r.nextInt(NAMES.length)] : names.get(r.nextInt(names.size()));
                switch (r.nextInt(7)) {
                    case 0 -> o.remove(name);
                    case 1 -> {
                        JsonNode v = o.remove(name);
                        if (v != null) {
                            o.set(r.nextBoolean() ? NAMES[r.nextInt(NAMES.length)] : name.toUpperCase(), v);
                        }
                    }
                    case 2 -> o.set(NAMES[r.nextInt(NAMES.length)], someValue(r));
                    case 3 -> o.set(name, someValue(r));
                    case 4 -> {
                        if (o.has(name)) {
                            o.set(name, JsonNodeFactory.instance.arrayNode().add(o.get(name)));
                        }
                    }
                    case 5 -> duplicateIn = o;
                    default -> {
                        if (o.has(name) && o.get(name).isContainerNode()) {
                            o.set(
                                    name,
                                    o.get(name).isArray()
                                            ? JsonNodeFactory.instance.objectNode()
                                            : JsonNodeFactory.instance.arrayNode());
                        } else {
                            o.set(name, someValue(r));
                        }
                    }
                }
            } else if (c instanceof ArrayNode a) {
                switch (r.nextInt(4)) {
                    case 0 -> {
                        if (!a.isEmpty()) {
                            a.remove(r.nextInt(a.size()));
                        }
                    }
                    case 1 -> a.add(someValue(r));
                    case 2 -> {
                        if (!a.isEmpty()) {
                            a.add(a.get(r.nextInt(a.size())).deepCopy());
                        }
                    }
                    default -> {
                        if (!a.isEmpty()) {
                            a.set(r.nextInt(a.size()), someValue(r));
                        }
                    }
                }
            }
        }
        StringBuilder sb = new StringBuilder();
        write(root, duplicateIn, sb);
        return sb.toString();
    }

    private static void collect(JsonNode n, List<JsonNode> out) {
        if (n.isContainerNode()) {
            out.add(n);
            n.elements().forEachRemaining(e -> collect(e, out));
        }
    }

    /** Compact JSON, with the first field of {@code duplicateIn} written twice. */
    private static void write(JsonNode n, JsonNode duplicateIn, StringBuilder sb) {
        if (n instanceof ObjectNode o) {
            sb.append('{');
            boolean first = true;
            for (Iterator<Map.Entry<String, JsonNode>> it = o.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                int times = first && o == duplicateIn ? 2 : 1;
                for (int t = 0; t < times; t++) {
                    if (!first || t > 0) {
                        sb.append(',');
                    }
                    sb.append(Json.compact(e.getKey())).append(':');
                    write(e.getValue(), duplicateIn, sb);
                }
                first = false;
            }
            sb.append('}');
        } else if (n instanceof ArrayNode a) {
            sb.append('[');
            for (int i = 0; i < a.size(); i++) {
                if (i > 0) {
                    sb.append(',');
                }
                write(a.get(i), duplicateIn, sb);
            }
            sb.append(']');
        } else {
            sb.append(Json.compact(n));
        }
    }
}
