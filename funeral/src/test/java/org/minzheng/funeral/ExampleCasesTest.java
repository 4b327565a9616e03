package org.minzheng.funeral;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.funeral.testing.FuneralTestBooks;

/**
 * Replays every example case of this module's programs ({@code examples/cases/<program>/}) against
 * the shipped data, or the shipped data plus the illustrative overlay where the expected file
 * says {@code "pack": "illustrative"}, so that the examples cannot rot.
 */
class ExampleCasesTest {

    static final Path CASES = Path.of("src/examples/cases");
    static final List<String> PROGRAMS = List.of("estate-query", "deposit-withdrawal", "after-death-tasks",
            "eco-burial-award", "basic-funeral-services");

    @Test
    void everyProgramHasAtLeastThreeCases_withEligibleAndNotEligibleOnes() throws IOException {
        for (String p : PROGRAMS) {
            List<Path> cases = cases(p);
            assertThat(cases).as(p).hasSizeGreaterThanOrEqualTo(3);
            List<String> outcomes = new ArrayList<>();
            for (Path c : cases) {
                outcomes.add(expected(c).get("outcome").asText());
            }
            if (p.equals("after-death-tasks")) {
                // the facts alone decide the bundle; a missing date only blanks it, so every case is ELIGIBLE
                assertThat(outcomes).as(p).containsOnly("ELIGIBLE");
                continue;
            }
            assertThat(outcomes).as(p).contains("ELIGIBLE").containsAnyOf("INELIGIBLE", "UNDETERMINED");
        }
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCase_decidesAsExpected() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String p : PROGRAMS) {
            for (Path c : cases(p)) {
                tests.add(DynamicTest.dynamicTest(p + "/" + c.getFileName(), () -> replay(c)));
            }
        }
        return tests.stream();
    }

    static void replay(Path file) throws IOException {
        JsonNode expected = expected(file);
        String pack = expected.get("pack").asText();
        PolicyBook book = pack.equals("illustrative") ? FuneralTestBooks.illustrative() : FuneralTestBooks.official();
        assertThat(pack).isIn("official", "illustrative");
        CaseRunner runner = CaseRunner.of(ProgramRegistry.loadDefault(), book);
        CaseFile c = runner.read(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(file.getParent().getFileName().toString()).isEqualTo(c.program());
        Decision<?> d = runner.decide(c);
        assertThat(d.outcome().name()).as("outcome").isEqualTo(expected.get("outcome").asText());
        JsonNode actual = Json.mapper().valueToTree(d);
        if (expected.has("result")) {
            assertSubset("result", expected.get("result"), actual.get("result"));
        }
        if (expected.has("rules")) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("rules").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertThat(d.finding(e.getKey())).as("rule " + e.getKey()).isPresent();
                assertThat(d.finding(e.getKey()).orElseThrow().verdict().name()).as("rule " + e.getKey())
                        .isEqualTo(e.getValue().asText());
            }
        }
        if (pack.equals("official")) {
            assertThat(d.usedIllustrativeValues()).as("an official case reads no illustrative value").isFalse();
        }
    }

    /** Every field of expected is in actual with an equal value; objects recursively, arrays element by element. */
    static void assertSubset(String path, JsonNode expected, JsonNode actual) {
        assertThat(actual).as(path).isNotNull();
        if (expected.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                assertSubset(path + "." + e.getKey(), e.getValue(), actual.get(e.getKey()));
            }
        } else if (expected.isArray()) {
            assertThat(actual.isArray()).as(path).isTrue();
            assertThat(actual.size()).as(path + " size").isEqualTo(expected.size());
            for (int i = 0; i < expected.size(); i++) {
                assertSubset(path + "[" + i + "]", expected.get(i), actual.get(i));
            }
        } else {
            assertThat(actual.asText()).as(path).isEqualTo(expected.asText());
            assertThat(actual.getNodeType()).as(path + " type").isEqualTo(expected.getNodeType());
        }
    }

    static List<Path> cases(String program) throws IOException {
        try (Stream<Path> s = Files.list(CASES.resolve(program))) {
            return s.filter(f -> f.toString().endsWith(".json") && !f.toString().endsWith(".expected.json")).sorted().toList();
        }
    }

    static JsonNode expected(Path caseFile) throws IOException {
        String name = caseFile.getFileName().toString().replace(".json", ".expected.json");
        return Json.readTree(Files.readString(caseFile.resolveSibling(name), StandardCharsets.UTF_8), name);
    }
}
