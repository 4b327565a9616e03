package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;

/**
 * Replays every example case of the charity programs ({@code examples/cases/charity-*}) against the
 * shipped data (or the illustrative overlay where the expectation says so), so that the examples
 * cannot rot. An expectation names the outcome, a subset of the result (each field compared as
 * JSON), per rule id, the verdict every finding of that rule must have and, where it lists them, the
 * codes of the warnings the decision gives (no more, no fewer).
 */
class ExampleCasesTest {

    static final Path CASES = Path.of("src/examples/cases");
    static final Path OVERLAY = Path.of("src/examples/illustrative/charity.yaml");
    static final List<String> PROGRAMS = List.of("charity-trust-filing", "charity-trust-change",
            "charity-trust-annual-report", "charity-matching");

    static final CaseRunner OFFICIAL = CaseRunner.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
    static final CaseRunner ILLUSTRATIVE = CaseRunner.of(ProgramRegistry.loadDefault(),
            PolicyBook.builderWithDefaults().addOverlay(PolicySource.of(OVERLAY)).build());

    /** Compares numbers by value (an int 7 equals a long 7), everything else exactly. */
    static final java.util.Comparator<JsonNode> NUMBERS_BY_VALUE = (a, b) -> a.equals(b) ? 0
            : a.isNumber() && b.isNumber() && a.decimalValue().compareTo(b.decimalValue()) == 0 ? 0 : 1;

    static Stream<Path> cases() throws IOException {
        try (Stream<Path> files = Files.walk(CASES)) {
            return files.filter(p -> p.getParent().getFileName().toString().startsWith("charity-"))
                    .filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .sorted().toList().stream();
        }
    }

    static String read(Path p) {
        try {
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    void everyProgram_hasAtLeastThreeCases_withDifferentOutcomes() throws IOException {
        for (String program : PROGRAMS) {
            try (Stream<Path> files = Files.list(CASES.resolve(program))) {
                List<String> outcomes = files.filter(p -> p.toString().endsWith(".expected.json"))
                        .map(p -> Json.readTree(read(p), "$").get("outcome").asText()).toList();
                assertThat(outcomes).as(program).hasSizeGreaterThanOrEqualTo(3);
                assertThat(outcomes.stream().distinct().count()).as(program).isGreaterThanOrEqualTo(2);
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void theExampleDecidesAsExpected(Path file) {
        JsonNode expected = Json.readTree(read(Path.of(file.toString().replace(".json", ".expected.json"))), "$");
        CaseRunner runner = expected.get("pack").asText().equals("illustrative") ? ILLUSTRATIVE : OFFICIAL;
        assertThat(expected.get("pack").asText()).isIn("official", "illustrative");
        CaseFile c = runner.read(read(file));
        assertThat(c.program()).isEqualTo(file.getParent().getFileName().toString());
        Decision<?> d = runner.decide(c);
        assertThat(d.outcome().name()).as("outcome").isEqualTo(expected.get("outcome").asText());
        assertThat(d.usedIllustrativeValues()).isEqualTo(runner == ILLUSTRATIVE);
        JsonNode result = Json.mapper().valueToTree(d.result().orElseThrow());
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("result").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            JsonNode actual = result.get(e.getKey());
            assertThat(actual).as("result." + e.getKey()).isNotNull();
            assertThat(actual.equals(NUMBERS_BY_VALUE, e.getValue())).as("result." + e.getKey() + ": " + actual
                    + " expected " + e.getValue()).isTrue();
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.get("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            List<Finding> findings = d.findings().stream().filter(f -> f.rule().equals(e.getKey())).toList();
            assertThat(findings).as("findings of " + e.getKey()).isNotEmpty()
                    .allSatisfy(f -> assertThat(f.verdict().name()).as(e.getKey()).isEqualTo(e.getValue().asText()));
        }
        if (expected.has("warnings")) {
            List<String> codes = new java.util.ArrayList<>();
            expected.get("warnings").forEach(w -> codes.add(w.asText()));
            assertThat(d.warnings()).extracting(n -> n.code()).as("warnings").containsExactlyInAnyOrderElementsOf(codes);
        }
        assertThat(Json.pretty(runner.decide(c))).isEqualTo(Json.pretty(d));
        CharityTestSupport.explainBoth(ProgramRegistry.loadDefault().find(c.program()).orElseThrow(), d);
    }
}
