package org.minzheng.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.validation.InvalidInputException;

/**
 * The published schemas (docs/schemas) and the reader agree, both ways, checked with a real
 * JSON Schema validator (networknt, draft 2020-12): every example case's facts validate against
 * its program's published schema (issue 13, item 15), and facts that the schema accepts are
 * accepted by the reader (issue 14, item 10) — generated from every example by leaving out, one
 * at a time, each property the schema does not require.
 */
class SchemaAgreementTest {

    private static final Path SCHEMAS = Path.of("..", "docs", "schemas");
    private static final SchemaRegistry REGISTRY =
            SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12);
    private final Map<String, Schema> schemas = new HashMap<>();

    private Schema schema(String program) {
        return schemas.computeIfAbsent(program, p -> {
            try {
                return REGISTRY.getSchema(
                        Files.readString(SCHEMAS.resolve(p + ".facts.schema.json"), StandardCharsets.UTF_8),
                        InputFormat.JSON);
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    private static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.walk(Path.of("cases"), java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted()
                    .toList();
        }
    }

    @Test
    void everyExampleCase_validatesAgainstItsPublishedSchema() throws IOException {
        List<String> failures = new ArrayList<>();
        List<Path> cases = cases();
        for (Path p : cases) {
            JsonNode c = Json.readTree(Files.readString(p, StandardCharsets.UTF_8), "$");
            List<Error> errors =
                    schema(c.get("program").asText()).validate(c.get("facts").toString(), InputFormat.JSON);
            if (!errors.isEmpty()) {
                failures.add(p + ": " + errors);
            }
        }
        assertThat(cases).hasSizeGreaterThan(100);
        assertThat(schemas).hasSize(25);
        assertThat(failures).isEmpty();
    }

    @Test
    void factsTheSchemaAccepts_theReaderAccepts() throws IOException {
        ProgramRegistry programs = ProgramRegistry.loadDefault();
        List<String> failures = new ArrayList<>();
        int tried = 0;
        for (Path p : cases()) {
            JsonNode c = Json.readTree(Files.readString(p, StandardCharsets.UTF_8), "$");
            Program<?, ?> program = programs.find(c.get("program").asText()).orElseThrow();
            Schema schema = schema(program.id());
            for (JsonNode variant : withoutOneProperty(c.get("facts"))) {
                if (!schema.validate(variant.toString(), InputFormat.JSON).isEmpty()) {
                    continue;
                }
                tried++;
                try {
                    Json.convert(variant, program.factsType(), "facts");
                } catch (InvalidInputException e) {
                    failures.add(p + " " + variant + ": " + e.violations());
                }
            }
        }
        assertThat(tried).isGreaterThan(300);
        assertThat(failures).isEmpty();
    }

    /** Copies of the facts, each without one property (anywhere in the tree). */
    static List<JsonNode> withoutOneProperty(JsonNode facts) {
        List<JsonNode> out = new ArrayList<>();
        collect(facts, facts, new ArrayList<>(), out);
        return out;
    }

    private static void collect(JsonNode root, JsonNode node, List<Object> path, List<JsonNode> out) {
        if (node.isObject()) {
            for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode copy = root.deepCopy();
                ((ObjectNode) at(copy, path)).remove(name);
                out.add(copy);
                List<Object> child = new ArrayList<>(path);
                child.add(name);
                collect(root, node.get(name), child, out);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> child = new ArrayList<>(path);
                child.add(i);
                collect(root, node.get(i), child, out);
            }
        }
    }

    private static JsonNode at(JsonNode root, List<Object> path) {
        JsonNode n = root;
        for (Object o : path) {
            n = o instanceof Integer i ? ((ArrayNode) n).get(i) : n.get((String) o);
        }
        return n;
    }
}
