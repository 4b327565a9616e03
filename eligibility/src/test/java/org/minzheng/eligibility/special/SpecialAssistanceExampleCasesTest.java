package org.minzheng.eligibility.special;

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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Note;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;

/**
 * Replays the example cases of the special-assistance programs ({@code examples/cases/<id>/*.json})
 * against the shipped data, or with the illustrative overlay where the expectation says
 * {@code "pack": "illustrative"}, and compares the outcome, the listed result fields and the
 * first finding of each listed rule. So the examples cannot rot.
 */
class SpecialAssistanceExampleCasesTest {

    static final Path CASES = Path.of("src/examples/cases");
    static final List<String> PROGRAMS = List.of("extreme-poverty", "temporary-assistance", "child-allowance",
            "disability-living-allowance", "severe-disability-care-allowance");

    static Stream<Arguments> cases() throws IOException {
        List<Arguments> list = new ArrayList<>();
        for (String program : PROGRAMS) {
            Path dir = CASES.resolve(program);
            List<Path> files;
            try (Stream<Path> s = Files.list(dir)) {
                files = s.filter(p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                        .sorted().toList();
            }
            assertThat(files).as("example cases of " + program).hasSizeGreaterThanOrEqualTo(3);
            for (Path f : files) {
                list.add(Arguments.of(program + "/" + f.getFileName(), f));
            }
        }
        return list.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void exampleCase(String name, Path file) throws IOException {
        Path expectedFile = Path.of(file.toString().replace(".json", ".expected.json"));
        JsonNode expected = Json.readTree(Files.readString(expectedFile, StandardCharsets.UTF_8), "expected");
        String pack = expected.path("pack").asText();
        assertThat(pack).isIn("official", "illustrative");
        PolicyBook book = pack.equals("official") ? SpecialBooks.OFFICIAL : SpecialBooks.ILLUSTRATIVE;
        CaseRunner runner = CaseRunner.of(ProgramRegistry.loadDefault(), book);
        CaseFile c = runner.read(Files.readString(file, StandardCharsets.UTF_8));
        assertThat(file.getParent().getFileName().toString()).isEqualTo(c.program());
        Decision<?> d = runner.decide(c);
        assertThat(d.outcome().name()).as("outcome").isEqualTo(expected.path("outcome").asText());
        JsonNode result = Json.mapper().valueToTree(d).path("result");
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("result").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(result.path(e.getKey())).as("result." + e.getKey()).isEqualTo(e.getValue());
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.path("rules").fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            assertThat(d.finding(e.getKey()).map(Finding::verdict).map(Enum::name).orElse("ABSENT"))
                    .as("rule " + e.getKey()).isEqualTo(e.getValue().asText());
        }
        boolean illustrative = d.warnings().stream().map(Note::code).anyMatch("policy.illustrative-value"::equals);
        assertThat(illustrative).as("illustrative warning").isEqualTo(d.usedIllustrativeValues());
        if (pack.equals("official")) {
            assertThat(d.usedIllustrativeValues()).isFalse();
        }
        assertThat(SpecialBooks.explainBoth(ProgramRegistry.loadDefault().find(c.program()).orElseThrow(), d))
                .doesNotContain("{");
    }
}
