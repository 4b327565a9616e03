package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;

/** {@code GET /api/examples} and {@code GET /api/examples/{program}/{name}}: the bundled example cases. */
class ExamplesControllerTest {

    static final ExamplesController EXAMPLES = new ExamplesController();

    @Test
    void theIndexListsEveryBundledCaseWithItsProgramAndWhetherItIsIllustrative() throws Exception {
        JsonNode index = Json.mapper().readTree(EXAMPLES.examples().getBody());
        List<String> names = new ArrayList<>();
        List<String> illustrative = new ArrayList<>();
        index.forEach(e -> {
            String name = e.get("program").asText() + "/" + e.get("name").asText();
            names.add(name);
            if (e.get("illustrative").asBoolean()) {
                illustrative.add(name);
            }
        });
        assertThat(names)
                .contains(
                        "dibao/huzhou-2024-family-of-three-below-standard",
                        "charity-trust-filing/late-filed-on-the-ninth-day")
                .doesNotContain("dibao/huzhou-2024-family-of-three-below-standard.expected")
                .isSorted();
        assertThat(illustrative)
                .contains("dibao/illustrative-savings-over-the-limit")
                .doesNotContain("dibao/huzhou-2024-family-of-three-below-standard");
        long onDisk;
        try (var dirs = Files.walk(Path.of("..", "cases"), 2, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            onDisk = dirs.filter(p -> p.toString().endsWith(".expected.json")).count();
        }
        assertThat(names).hasSize((int) onDisk);
    }

    @Test
    void aCaseIsServedAsTheBundledFile() throws Exception {
        ResponseEntity<byte[]> r =
                EXAMPLES.example("dibao", "huzhou-2024-family-of-three-below-standard", request("zh-CN"));
        assertThat(r.getStatusCode().value()).isEqualTo(200);
        assertThat(new String(r.getBody(), StandardCharsets.UTF_8))
                .isEqualTo(Files.readString(
                        Path.of("..", "cases", "dibao", "huzhou-2024-family-of-three-below-standard.json")));
    }

    @Test
    void anUnknownCaseIsA404ProblemThatDoesNotRepeatTheName() throws Exception {
        for (String[] asked : new String[][] {
            {"dibao", "no-such-case"},
            {"dibao", "..%2F..%2Fpom"},
            {"zhang-san", "huzhou-2024-family-of-three-below-standard"}
        }) {
            ResponseEntity<byte[]> r = EXAMPLES.example(asked[0], asked[1], request("zh-CN"));
            assertThat(r.getStatusCode().value()).isEqualTo(404);
            assertThat(r.getHeaders().getContentType()).hasToString("application/problem+json");
            String body = new String(r.getBody(), StandardCharsets.UTF_8);
            assertThat(body).contains("没有这个示例").doesNotContain(asked[1]).doesNotContain("zhang-san");
        }
        ResponseEntity<byte[]> en = EXAMPLES.example("dibao", "no-such-case", request("en"));
        assertThat(new String(en.getBody(), StandardCharsets.UTF_8)).contains("No such example");
    }

    private static MockHttpServletRequest request(String language) {
        MockHttpServletRequest r = new MockHttpServletRequest("GET", "/api/examples/x/y");
        r.addHeader("Accept-Language", language);
        return r;
    }
}
