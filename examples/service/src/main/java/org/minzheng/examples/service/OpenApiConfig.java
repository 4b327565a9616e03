package org.minzheng.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Json31;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.minzheng.core.program.Program;
import org.minzheng.examples.schema.SchemaFactory;
import org.springdoc.core.customizers.OpenApiCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The OpenAPI document ({@code /v3/api-docs}, OpenAPI 3.1). The facts of each program and the
 * decision record are the published JSON Schemas ({@link SchemaFactory}, the ones in
 * docs/schemas/), not a model written a second time: each becomes a component
 * ({@code <program>.facts}, {@code decision}), its {@code $defs} lifted beside it as
 * {@code <name>.<def>} with the references rewritten to match. The bodies of the API are bytes to
 * Spring, so each operation's request and response schemas are set here.
 */
@Configuration
public class OpenApiConfig {

    static final String REF = "#/components/schemas/";

    @Bean
    OpenApiCustomizer publishedSchemas(Engine engine, ServiceUsers users) {
        return openApi -> customize(openApi, engine, users);
    }

    static void customize(OpenAPI openApi, Engine engine, ServiceUsers users) {
        openApi.info(new Info()
                .title("minzheng service (民政)")
                .description("China's civil-affairs policies as rules-as-code, over HTTP. Decisions are byte for byte"
                        + " those of `minzheng decide --jsonl`. See docs/service.md.")
                .version("0.1.0-SNAPSHOT")
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
        Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        openApi.components(components);
        List<String> ids = new ArrayList<>();
        List<Schema> facts = new ArrayList<>();
        for (Program<?, ?> p : engine.programs().all()) {
            String name = p.id() + ".facts";
            add(components, name, Json31.mapper().convertValue(SchemaFactory.facts(p), ObjectNode.class));
            ids.add(p.id());
            facts.add(new Schema<>().$ref(REF + name));
        }
        add(components, "decision", Json31.mapper().convertValue(SchemaFactory.decision(null), ObjectNode.class));
        Schema<?> envelope = new Schema<>()
                .type("object")
                .description("A case: as the files in examples/cases read by `minzheng decide`")
                .addProperty("program", new Schema<String>().type("string")._enum(ids))
                .addProperty("region", new Schema<String>().type("string").pattern(SchemaFactory.REGION_PATTERN))
                .addProperty("date", new Schema<String>().type("string").format("date"))
                .addProperty("facts", new Schema<>().anyOf(facts))
                .required(List.of("program", "region", "date", "facts"));
        envelope.setAdditionalProperties(Boolean.FALSE);
        components.addSchemas("case", envelope);
        components.addSchemas("problem", problem());
        if (!users.none()) {
            components.addSecuritySchemes(
                    "basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic"));
            openApi.addSecurityItem(new SecurityRequirement().addList("basic"));
        }
        if (openApi.getPaths() == null) {
            return;
        }
        for (Map.Entry<String, PathItem> e : openApi.getPaths().entrySet()) {
            PathItem item = e.getValue();
            switch (e.getKey()) {
                case "/api/decisions" -> post(item, "decision", "application/json");
                case "/api/explanations" -> post(item, null, "text/plain");
                case "/api/estate-cases" -> post(item, null, "application/json");
                case "/api/schemas/{program}" ->
                    ok(
                            item.getGet(),
                            new Schema<>()
                                    .type("object")
                                    .description(
                                            "the JSON Schema (draft 2020-12) of the program's facts, as in docs/schemas/"),
                            "application/json");
                default -> {
                    // the other operations: their response bodies are described in docs/service.md
                }
            }
        }
    }

    private static void post(PathItem item, String response, String responseType) {
        Operation op = item.getPost();
        if (op == null) {
            return;
        }
        op.requestBody(new RequestBody()
                .required(true)
                .content(new Content()
                        .addMediaType("application/json", new MediaType().schema(new Schema<>().$ref(REF + "case")))));
        ok(op, response == null ? new Schema<>().type("string") : new Schema<>().$ref(REF + response), responseType);
    }

    private static void ok(Operation op, Schema<?> schema, String type) {
        if (op == null) {
            return;
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        String status = responses.containsKey("201") ? "201" : "200";
        responses.addApiResponse(
                status,
                new ApiResponse()
                        .description("OK")
                        .content(new Content().addMediaType(type, new MediaType().schema(schema))));
        responses.addApiResponse(
                "400",
                new ApiResponse()
                        .description("bad input: every violation, nothing decided (RFC 9457)")
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType().schema(new Schema<>().$ref(REF + "problem")))));
        op.responses(responses);
    }

    private static Schema<?> problem() {
        Schema<?> violation = new Schema<>()
                .type("object")
                .addProperty("path", new Schema<String>().type("string"))
                .addProperty("code", new Schema<String>().type("string"))
                .addProperty("message", new Schema<String>().type("string"));
        return new Schema<>()
                .type("object")
                .description("RFC 9457 problem details; never a value from the request")
                .addProperty("type", new Schema<String>().type("string").format("uri"))
                .addProperty("title", new Schema<String>().type("string"))
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new Schema<String>().type("string"))
                .addProperty("violations", new Schema<>().type("array").items(violation));
    }

    /**
     * Adds a published schema as a component: its {@code $defs} become components named
     * {@code <name>.<def>}, and every {@code #/$defs/X} reference becomes {@code #/components/schemas/<name>.X}.
     */
    static void add(Components components, String name, ObjectNode schema) {
        ObjectNode copy = schema.deepCopy();
        copy.remove("$schema");
        JsonNode defs = copy.remove("$defs");
        rewrite(copy, name);
        components.addSchemas(name, Json31.mapper().convertValue(copy, Schema.class));
        if (defs != null) {
            for (Iterator<Map.Entry<String, JsonNode>> it = defs.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> d = it.next();
                JsonNode def = d.getValue().deepCopy();
                rewrite(def, name);
                components.addSchemas(name + "." + d.getKey(), Json31.mapper().convertValue(def, Schema.class));
            }
        }
    }

    private static void rewrite(JsonNode node, String name) {
        if (node instanceof ObjectNode o) {
            JsonNode ref = o.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/$defs/")) {
                o.put("$ref", REF + name + "." + ref.asText().substring("#/$defs/".length()));
            }
            o.forEach(child -> rewrite(child, name));
        } else if (node instanceof ArrayNode a) {
            a.forEach(child -> rewrite(child, name));
        }
    }
}
