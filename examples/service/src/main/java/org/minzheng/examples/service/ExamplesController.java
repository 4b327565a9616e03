package org.minzheng.examples.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The example cases the page can load: the cases bundled in {@code minzheng-examples} (class-path
 * {@code cases/<program>/<name>.json}, the same files as {@code examples/cases} and
 * {@code minzheng demo}), read once at start-up.
 *
 * <ul>
 *   <li>{@code GET /api/examples}: {@code [{"program", "name", "illustrative"}]}, by program then
 *       name; {@code illustrative} is true when the case's expectation was made with the examples'
 *       illustrative overlay (placeholder values, not policy), i.e. its {@code .expected.json} says
 *       {@code "pack": "illustrative"}.
 *   <li>{@code GET /api/examples/{program}/{name}}: the case file as it is bundled (an envelope
 *       {@code program}, {@code region}, {@code date}, {@code facts}); {@code 404} problem when there
 *       is none of that name.
 * </ul>
 */
@RestController
@RequestMapping(path = "/api/examples")
public class ExamplesController {

    /** A program id or a case name: lower-case words and digits joined by hyphens. */
    private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final Map<String, byte[]> cases;
    private final byte[] index;

    public ExamplesController() {
        this(load("classpath*:cases/*/*.json"));
    }

    ExamplesController(Map<String, byte[]> bundled) {
        Map<String, byte[]> files = new TreeMap<>();
        List<Map<String, Object>> list = new ArrayList<>();
        for (Map.Entry<String, byte[]> e : bundled.entrySet()) {
            String key = e.getKey();
            if (key.endsWith(".expected")) {
                continue;
            }
            byte[] expected = bundled.get(key + ".expected");
            if (expected == null) {
                continue; // not a case with an expectation (e.g. a pack file)
            }
            files.put(key, e.getValue());
            int slash = key.indexOf('/');
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("program", key.substring(0, slash));
            row.put("name", key.substring(slash + 1));
            row.put("illustrative", illustrative(expected));
            list.add(row);
        }
        this.cases = Collections.unmodifiableMap(files);
        this.index = (Json.pretty(list) + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** {@code GET /api/examples}: the bundled cases. */
    @GetMapping(produces = "application/json")
    public ResponseEntity<byte[]> examples() {
        return ResponseEntity.ok().contentType(ApiController.JSON).body(index);
    }

    /** {@code GET /api/examples/{program}/{name}}: one bundled case file. */
    @GetMapping(path = "/{program}/{name}", produces = "application/json")
    public ResponseEntity<byte[]> example(
            @PathVariable("program") String program, @PathVariable("name") String name, HttpServletRequest request) {
        byte[] body = NAME.matcher(program).matches() && NAME.matcher(name).matches()
                ? cases.get(program + "/" + name)
                : null;
        if (body == null) {
            Language lang = Problems.language(request);
            return Problems.response(
                    HttpStatus.NOT_FOUND,
                    Problems.document(
                            HttpStatus.NOT_FOUND,
                            "unknown-example",
                            Problems.pick(lang, "没有这个示例", "No such example"),
                            Problems.pick(
                                    lang,
                                    "没有这个名称的示例案例；GET /api/examples 列出全部示例",
                                    "no example case has this name; GET /api/examples lists them"),
                            Map.of()));
        }
        return ResponseEntity.ok().contentType(ApiController.JSON).body(body);
    }

    private static boolean illustrative(byte[] expected) {
        try {
            JsonNode pack = Json.mapper().readTree(expected).get("pack");
            return pack != null && "illustrative".equals(pack.asText());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "program/name" (and "program/name.expected") → bytes, for every bundled case file. */
    static Map<String, byte[]> load(String pattern) {
        Map<String, byte[]> out = new TreeMap<>();
        try {
            for (Resource r : new PathMatchingResourcePatternResolver().getResources(pattern)) {
                String url = r.getURL().toString();
                String[] parts = url.split("/");
                if (parts.length < 2) {
                    continue;
                }
                String program = parts[parts.length - 2];
                String file = parts[parts.length - 1];
                String name = file.substring(0, file.length() - ".json".length());
                try (InputStream in = r.getInputStream()) {
                    out.put(program + "/" + name, in.readAllBytes());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
