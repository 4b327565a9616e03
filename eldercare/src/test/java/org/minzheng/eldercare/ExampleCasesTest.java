package org.minzheng.eldercare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;

/**
 * Replays every example case of the eldercare programs ({@code examples/cases/<program-id>/}) against
 * the shipped data, or the shipped data plus the illustrative overlay, so the examples cannot rot.
 */
class ExampleCasesTest {

    static final Path CASES = Path.of("src/examples/cases");
    static final List<String> PROGRAMS = List.of("ability-assessment", "family-care-bed", "meal-assistance",
            "home-adaptation", "moderate-disability-care", "home-care-nurse");

    static List<Path> cases(String program) {
        try (Stream<Path> s = Files.list(CASES.resolve(program))) {
            return s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static JsonNode read(Path p) {
        try {
            return Json.readTree(Files.readString(p, StandardCharsets.UTF_8), p.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProgramHasAtLeastThreeCases_eachWithItsExpectation_coveringSeveralOutcomes() {
        for (String program : PROGRAMS) {
            List<Path> cases = cases(program);
            assertThat(cases).as(program).hasSizeGreaterThanOrEqualTo(3);
            List<String> outcomes = new ArrayList<>();
            for (Path c : cases) {
                Path expected = expectedOf(c);
                assertThat(expected).as(expected.toString()).exists();
                outcomes.add(read(expected).get("outcome").asText());
            }
            assertThat(outcomes.stream().distinct().count()).as(program + " outcomes").isGreaterThanOrEqualTo(2);
            if (!program.equals("moderate-disability-care")) {
                // moderate-disability-care: the assessed level decides; a missing amount only blanks it
                assertThat(outcomes).as(program).contains(Outcome.UNDETERMINED.name());
            }
        }
    }

    static Path expectedOf(Path c) {
        String name = c.getFileName().toString();
        return c.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected.json");
    }

    @TestFactory
    Stream<DynamicTest> replay() {
        CaseRunner official = CaseRunner.of(ProgramRegistry.loadDefault(), Books.official());
        CaseRunner illustrative = CaseRunner.of(ProgramRegistry.loadDefault(), Books.illustrative());
        return PROGRAMS.stream().flatMap(program -> cases(program).stream()).map(c -> DynamicTest.dynamicTest(
                c.getParent().getFileName() + "/" + c.getFileName(), () -> {
                    JsonNode expected = read(expectedOf(c));
                    String pack = expected.get("pack").asText();
                    assertThat(pack).isIn("official", "illustrative");
                    CaseRunner runner = pack.equals("official") ? official : illustrative;
                    CaseFile file = runner.read(Files.readString(c, StandardCharsets.UTF_8));
                    assertThat(file.program()).isEqualTo(c.getParent().getFileName().toString());
                    Decision<?> d = runner.decide(file);
                    assertThat(d.outcome().name()).as("outcome").isEqualTo(expected.get("outcome").asText());
                    assertThat(d.usedIllustrativeValues()).as("illustrative values used")
                            .isEqualTo(pack.equals("illustrative"));
                    JsonNode actual = Json.mapper().valueToTree(d);
                    assertSubset(expected.get("result"), actual.get("result"), "result");
                    for (Map.Entry<String, JsonNode> r : expected.get("rules").properties()) {
                        List<String> verdicts = d.findings().stream().filter(f -> f.rule().equals(r.getKey()))
                                .map(Finding::verdict).map(Enum::name).toList();
                        assertThat(verdicts).as("rule " + r.getKey()).isNotEmpty().containsOnly(r.getValue().asText());
                    }
                    assertThat(Json.pretty(d)).isEqualTo(Json.pretty(runner.decide(file)));
                }));
    }

    private static void assertSubset(JsonNode expected, JsonNode actual, String path) {
        if (expected == null) {
            return;
        }
        if (expected.isObject()) {
            assertThat(actual).as(path).isNotNull();
            for (Map.Entry<String, JsonNode> e : expected.properties()) {
                assertSubset(e.getValue(), actual.get(e.getKey()), path + "." + e.getKey());
            }
        } else {
            assertThat(actual).as(path).isEqualTo(expected);
        }
    }

    @Test
    void theIllustrativeOverlayLoads() {
        PolicyBook.builderWithDefaults().addOverlay(org.minzheng.core.policy.PolicySource.of(Books.ILLUSTRATIVE)).build();
    }
}
