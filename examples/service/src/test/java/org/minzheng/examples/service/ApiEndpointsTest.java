package org.minzheng.examples.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

/**
 * Every endpoint of the API in the loopback-only mode (no users configured), and its problem
 * documents. Decisions are compared byte for byte with the CLI's {@code decide --jsonl}.
 */
@SpringBootTest
@AutoConfigureMockMvc
class ApiEndpointsTest {

    @Autowired
    MockMvc mvc;

    static final String FAMILY_OF_THREE = Cases.text("dibao", "huzhou-2024-family-of-three-below-standard");

    @Test
    void programsListEveryRegisteredProgramWithItsRulesAndCitations() throws Exception {
        MvcResult r = mvc.perform(get("/api/programs").param("lang", "en"))
                .andExpect(status().isOk())
                .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                .andReturn();
        JsonNode list = Json.mapper().readTree(r.getResponse().getContentAsByteArray());
        List<String> ids = new ArrayList<>();
        list.forEach(p -> ids.add(p.get("id").asText()));
        List<String> registered = new ArrayList<>();
        ProgramRegistry.loadDefault().all().forEach(p -> registered.add(p.id()));
        assertThat(ids).isEqualTo(registered);
        JsonNode dibao = list.get(ids.indexOf("dibao"));
        assertThat(dibao.get("titleZh").asText()).isEqualTo("最低生活保障");
        assertThat(dibao.get("rules").size()).isPositive();
        assertThat(dibao.get("rules").get(0).get("citation").get("reference").asText())
                .isNotBlank();
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(new String(Cases.cli(List.of("programs", "--json")), StandardCharsets.UTF_8));
    }

    @Test
    void paramsShowTheDibaoStandardInForceInHuzhouWithItsCitation() throws Exception {
        MvcResult r = mvc.perform(get("/api/params")
                        .param("region", "330502")
                        .param("date", "2024-12-31")
                        .param("key", "dibao")
                        .param("lang", "zh"))
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.region").value("330502"))
                .andExpect(jsonPath("$.date").value("2024-12-31"))
                .andReturn();
        assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(new String(
                        Cases.cli(List.of(
                                "--lang",
                                "zh",
                                "params",
                                "--region",
                                "330502",
                                "--date",
                                "2024-12-31",
                                "--key",
                                "dibao",
                                "--json")),
                        StandardCharsets.UTF_8));
        JsonNode values =
                Json.mapper().readTree(r.getResponse().getContentAsByteArray()).get("values");
        assertThat(values.size()).isPositive();
        values.forEach(v -> {
            assertThat(v.get("key").asText()).startsWith("dibao.");
            assertThat(v.get("grade").asText()).isIn("OFFICIAL", "DERIVED");
            assertThat(v.get("citation").asText()).isNotBlank();
        });
    }

    @Test
    void paramsRefuseAMissingMalformedOrUnknownRegionABadDateAndAnUnknownKey() throws Exception {
        problem(get("/api/params"), 400, "region");
        problem(get("/api/params").param("region", "33050"), 400, "region");
        problem(get("/api/params").param("region", "999999").param("date", "2024-01-01"), 400, "region");
        problem(get("/api/params").param("region", "330502").param("date", "2024-13-01"), 400, "date");
        problem(get("/api/params").param("region", "330502").param("key", "no-such-key"), 400, "key");
    }

    @Test
    void aDecisionIsByteForByteTheLineTheCliPrintsForEveryProgramsFirstCases() throws Exception {
        List<Path> files = Cases.sample(2);
        List<String> args = new ArrayList<>(List.of("decide", "--jsonl"));
        files.forEach(f -> args.add(f.toString()));
        String[] lines = new String(Cases.cli(args), StandardCharsets.UTF_8).split("(?<=\n)");
        assertThat(lines).hasSize(files.size());
        for (int i = 0; i < files.size(); i++) {
            MvcResult r = mvc.perform(post("/api/decisions")
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(Files.readAllBytes(files.get(i))))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andReturn();
            assertThat(r.getResponse().getContentAsByteArray())
                    .as(files.get(i).toString())
                    .isEqualTo(lines[i].getBytes(StandardCharsets.UTF_8));
        }
        assertThat(files.size()).isGreaterThan(20);
    }

    @Test
    void badFactsAreA400ProblemListingEveryViolationInTheLanguageAskedForWithoutTheValues() throws Exception {
        String bad = FAMILY_OF_THREE
                .replace("\"1980-03-01\"", "\"1980-02-30\"")
                .replace(
                        "\"birthDate\": \"1982-05-01\"",
                        "\"birthDate\": \"1982-05-01\", \"idNumber\": \"33050219820501042X\"");
        MvcResult en = problem(
                post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "en-GB,en;q=0.8")
                        .content(bad),
                400,
                null);
        JsonNode doc = Json.mapper().readTree(en.getResponse().getContentAsByteArray());
        assertThat(doc.get("type").asText()).endsWith("#invalid-input");
        List<String> paths = new ArrayList<>();
        doc.get("violations").forEach(v -> paths.add(v.get("path").asText()));
        assertThat(paths).contains("facts.members[0].birthDate", "facts.members[1].idNumber");
        assertThat(doc.get("violations").get(0).get("message").asText()).matches("[\\x20-\\x7e]+");
        String body = en.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body)
                .doesNotContain("33050219820501042X")
                .doesNotContain("1980-02-30")
                .doesNotContain("Exception");

        MvcResult zh = problem(
                post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .header("Accept-Language", "zh-CN")
                        .content(bad),
                400,
                null);
        assertThat(Json.mapper()
                        .readTree(zh.getResponse().getContentAsByteArray())
                        .get("violations")
                        .get(0)
                        .get("message")
                        .asText())
                .matches(".*\\p{IsHan}.*");
    }

    @Test
    void malformedJsonAnEmptyBodyAndAFormPostAreRefused() throws Exception {
        problem(post("/api/decisions").contentType(MediaType.APPLICATION_JSON).content("{\"program\": "), 400, "$");
        problem(post("/api/decisions").contentType(MediaType.APPLICATION_JSON), 400, "$");
        problem(
                post("/api/decisions")
                        .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                        .content("a=b"),
                415,
                null);
    }

    @Test
    void anUnknownProgramIsA404AndAnUnknownRegionA400NamingTheRegion() throws Exception {
        problem(
                post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE.replace("\"dibao\"", "\"no-such-program\"")),
                404,
                "program");
        MvcResult r = problem(
                post("/api/decisions")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE.replace("\"330500\"", "\"999999\"")),
                400,
                "region");
        assertThat(Json.mapper()
                        .readTree(r.getResponse().getContentAsByteArray())
                        .get("detail")
                        .asText())
                .contains("region");
        problem(get("/api/schemas/no-such-program"), 404, null);
    }

    @Test
    void aBodyOverTheLimitIsA413() throws Exception {
        byte[] big = new byte[1024 * 1024 + 1];
        java.util.Arrays.fill(big, (byte) ' ');
        problem(post("/api/decisions").contentType(MediaType.APPLICATION_JSON).content(big), 413, null);
    }

    @Test
    void explanationsAreTheCliTextInChineseAndEnglishAndTheCitizensNotice() throws Exception {
        Path file = Cases.file("dibao", "huzhou-2024-family-of-three-below-standard");
        for (String lang : List.of("zh", "en")) {
            MvcResult r = mvc.perform(post("/api/explanations")
                            .param("lang", lang)
                            .contentType(MediaType.APPLICATION_JSON)
                            .content(FAMILY_OF_THREE))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType("text/plain;charset=UTF-8"))
                    .andReturn();
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(new String(
                            Cases.cli(List.of("--lang", lang, "explain", file.toString())), StandardCharsets.UTF_8));
        }
        MvcResult citizen = mvc.perform(post("/api/explanations")
                        .param("lang", "zh")
                        .param("view", "citizen")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE))
                .andExpect(status().isOk())
                .andReturn();
        assertThat(citizen.getResponse().getContentAsString(StandardCharsets.UTF_8))
                .isEqualTo(new String(
                        Cases.cli(List.of("--lang", "zh", "explain", "--view", "citizen", file.toString())),
                        StandardCharsets.UTF_8));
        problem(
                post("/api/explanations")
                        .param("view", "everything")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE),
                400,
                "view");
        problem(
                post("/api/explanations")
                        .param("lang", "fr")
                        .contentType(MediaType.APPLICATION_JSON)
                        .content(FAMILY_OF_THREE),
                400,
                "lang");
    }

    @Test
    void theSchemaOfAProgramsFactsIsThePublishedOne() throws Exception {
        for (String program : List.of("dibao", "estate-query", "charity-trust-change")) {
            MvcResult r = mvc.perform(get("/api/schemas/" + program))
                    .andExpect(status().isOk())
                    .andExpect(content().contentType(MediaType.APPLICATION_JSON))
                    .andReturn();
            assertThat(r.getResponse().getContentAsString(StandardCharsets.UTF_8))
                    .isEqualTo(
                            Files.readString(Path.of("..", "..", "docs", "schemas", program + ".facts.schema.json")));
        }
    }

    @Test
    void theOpenApiDocumentDescribesFactsAndDecisionsWithThePublishedSchemas() throws Exception {
        MvcResult r =
                mvc.perform(get("/v3/api-docs")).andExpect(status().isOk()).andReturn();
        JsonNode doc = Json.mapper().readTree(r.getResponse().getContentAsByteArray());
        assertThat(doc.get("openapi").asText()).startsWith("3.1");
        JsonNode schemas = doc.get("components").get("schemas");
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            assertThat(sortRequired(schemas.get(p.id() + ".facts")))
                    .as(p.id())
                    .isEqualTo(published(p.id() + ".facts", p.id() + ".facts.schema.json"));
        }
        assertThat(sortRequired(schemas.get("decision"))).isEqualTo(published("decision", "decision.schema.json"));
        JsonNode decide = doc.get("paths").get("/api/decisions").get("post");
        assertThat(decide.at("/requestBody/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/case");
        assertThat(decide.at("/responses/200/content/application~1json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/decision");
        assertThat(decide.at("/responses/400/content/application~1problem+json/schema/$ref")
                        .asText())
                .isEqualTo("#/components/schemas/problem");
        assertThat(doc.get("paths").fieldNames())
                .toIterable()
                .contains("/api/programs", "/api/params", "/api/explanations", "/api/schemas/{program}");
        mvc.perform(get("/swagger-ui/index.html"))
                .andExpect(status().isOk())
                .andExpect(header().string("X-Frame-Options", "DENY"));
    }

    /**
     * The published schema as the OpenAPI document carries it: $defs lifted out, references
     * rewritten, and each {@code required} list in alphabetical order (swagger-core's model sorts
     * it; a JSON Schema's {@code required} is a set, so the meaning is the same).
     */
    private static JsonNode published(String name, String file) throws Exception {
        ObjectNode schema =
                (ObjectNode) Json.mapper().readTree(Files.readString(Path.of("..", "..", "docs", "schemas", file)));
        schema.remove("$schema");
        schema.remove("$defs");
        String text = Json.compact(schema).replace("\"#/$defs/", "\"#/components/schemas/" + name + ".");
        return sortRequired(Json.mapper().readTree(text));
    }

    private static JsonNode sortRequired(JsonNode node) {
        if (node instanceof ObjectNode o) {
            JsonNode required = o.get("required");
            if (required != null && required.isArray()) {
                List<String> names = new ArrayList<>();
                required.forEach(n -> names.add(n.asText()));
                Collections.sort(names);
                ArrayNode sorted = o.putArray("required");
                names.forEach(sorted::add);
            }
            o.forEach(ApiEndpointsTest::sortRequired);
        } else if (node != null && node.isArray()) {
            node.forEach(ApiEndpointsTest::sortRequired);
        }
        return node;
    }

    @Test
    void thePageIsServedWithItsSecurityHeaders() throws Exception {
        mvc.perform(get("/"))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Security-Policy", SecurityConfig.CSP))
                .andExpect(header().string("X-Content-Type-Options", "nosniff"))
                .andExpect(header().string("X-Frame-Options", "DENY"));
        mvc.perform(get("/index.html")).andExpect(status().isOk());
    }

    private MvcResult problem(
            org.springframework.test.web.servlet.RequestBuilder request, int status, String violationPath)
            throws Exception {
        MvcResult r = mvc.perform(request)
                .andExpect(status().is(status))
                .andExpect(content().contentType(MediaType.APPLICATION_PROBLEM_JSON))
                .andExpect(jsonPath("$.status").value(status))
                .andExpect(jsonPath("$.title").isNotEmpty())
                .andReturn();
        String body = r.getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(body).doesNotContain("Exception").doesNotContain("at org.");
        if (violationPath != null) {
            JsonNode doc = Json.mapper().readTree(body);
            List<String> paths = new ArrayList<>();
            doc.get("violations").forEach(v -> paths.add(v.get("path").asText()));
            assertThat(paths).contains(violationPath);
        }
        return r;
    }
}
