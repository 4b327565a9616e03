package org.minzheng.examples.service.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The page's labels cover what the service can send it, in both languages.
 *
 * <p>{@code static/js/enum-labels.js} is generated from the SDK's message bundles
 * ({@code enum.<Type>.<VALUE>} in each module's {@code messages.properties} and
 * {@code messages_zh.properties}): for every enum of every published facts schema
 * ({@code docs/schemas/*.facts.schema.json}), the labels of the Java enum whose constants are
 * exactly the schema's values. This test fails when the file is stale; run it with
 * {@code -Dminzheng.golden.update=true} to rewrite it (and review the diff).
 */
class PageLabelsTest {

    static final Path STATIC = Path.of("src", "main", "resources", "static");
    static final Path SCHEMAS = Path.of("..", "..", "docs", "schemas");
    static final List<String> MODULES = List.of("core", "eligibility", "eldercare", "charity", "funeral");
    static final ObjectMapper MAPPER = new ObjectMapper();
    static final Pattern ENUM_KEY = Pattern.compile("enum\\.(\\w+)\\.(\\w+)");

    @Test
    void enumLabelsAreThoseOfTheMessageBundles() throws IOException {
        Path file = STATIC.resolve("js/enum-labels.js");
        String expected = enumLabelsScript();
        if (Boolean.getBoolean("minzheng.golden.update")) {
            Files.writeString(file, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(file, StandardCharsets.UTF_8))
                .as("%s is stale: rerun with -Dminzheng.golden.update=true and review the diff", file)
                .isEqualTo(expected);
    }

    @Test
    void everyFactsPropertyHasAChineseAndAnEnglishLabel() throws IOException {
        String script = Files.readString(STATIC.resolve("js/field-labels.js"), StandardCharsets.UTF_8);
        Map<String, String[]> labels = new TreeMap<>();
        Matcher m =
                Pattern.compile("(?m)^\\s+(\\w+): \\['([^']*)', '([^']*)'\\]").matcher(script);
        while (m.find()) {
            labels.putIfAbsent(m.group(1), new String[] {m.group(2), m.group(3)});
        }
        Set<String> properties = new TreeSet<>();
        for (JsonNode schema : schemas().values()) {
            collectProperties(schema, properties);
        }
        assertThat(properties).hasSizeGreaterThan(100);
        List<String> missing = new ArrayList<>();
        for (String p : properties) {
            String[] pair = labels.get(p);
            if (pair == null
                    || pair[0].isBlank()
                    || pair[1].isBlank()
                    || !pair[0].codePoints().anyMatch(PageLabelsTest::han)) {
                missing.add(p);
            }
        }
        assertThat(missing)
                .as("facts properties without a zh (Chinese) and an en label in field-labels.js")
                .isEmpty();
    }

    @Test
    void thePageTextHasTheSameKeysInChineseAndEnglish() throws IOException {
        String script = Files.readString(STATIC.resolve("js/i18n.js"), StandardCharsets.UTF_8);
        int zh = script.indexOf("zh: {");
        int en = script.indexOf("en: {");
        int end = script.indexOf("};", en);
        Set<String> zhKeys = keys(script.substring(zh, en));
        Set<String> enKeys = keys(script.substring(en, end));
        assertThat(zhKeys).hasSizeGreaterThan(50).isEqualTo(enKeys);
        // every data-i18n key of the page exists
        String html = Files.readString(STATIC.resolve("index.html"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("data-i18n(?:-aria)?=\"([^\"]+)\"").matcher(html);
        while (m.find()) {
            assertThat(zhKeys).as("page text key in index.html").contains(m.group(1));
        }
    }

    /* ---------- the generator ---------- */

    static String enumLabelsScript() throws IOException {
        Map<String, Map<String, String>> zh = bundleEnums("messages_zh.properties");
        Map<String, Map<String, String>> en = bundleEnums("messages.properties");
        Set<List<String>> enums = new TreeSet<>((a, b) -> String.join(",", a).compareTo(String.join(",", b)));
        for (JsonNode schema : schemas().values()) {
            collectEnums(schema, enums);
        }
        StringBuilder out = new StringBuilder();
        out.append("/*\n")
                .append(
                        " * Labels of the facts' enum values, [zh, en], keyed by the schema's sorted values: generated by\n")
                .append(
                        " * PageLabelsTest from the SDK's message bundles (enum.<Type>.<VALUE>) for every enum of the\n")
                .append(" * published facts schemas (docs/schemas/). Do not edit: rerun PageLabelsTest with\n")
                .append(" * -Dminzheng.golden.update=true.\n")
                .append(" */\n")
                .append("(function () {\n")
                .append("  'use strict';\n")
                .append("  window.MZ = window.MZ || {};\n")
                .append("  window.MZ.enumLabels = {\n");
        Iterator<List<String>> it = enums.iterator();
        while (it.hasNext()) {
            List<String> values = it.next();
            String type = typeOf(values, zh);
            out.append("    ").append(quote(String.join(",", values))).append(": {\n");
            for (int i = 0; i < values.size(); i++) {
                String v = values.get(i);
                String zhLabel = type == null ? v : zh.get(type).getOrDefault(v, v);
                String enLabel =
                        type == null || !en.containsKey(type) ? v : en.get(type).getOrDefault(v, v);
                out.append("      ")
                        .append(quote(v))
                        .append(": [")
                        .append(quote(zhLabel))
                        .append(", ")
                        .append(quote(enLabel))
                        .append("]")
                        .append(i + 1 < values.size() ? ",\n" : "\n");
            }
            out.append("    }").append(it.hasNext() ? ",\n" : "\n");
        }
        out.append("  };\n").append("})();\n");
        return out.toString();
    }

    /** The bundle type whose constants are exactly the values; the first by name when several are. */
    static String typeOf(List<String> values, Map<String, Map<String, String>> zh) {
        Set<String> wanted = new TreeSet<>(values);
        String best = null;
        for (Map.Entry<String, Map<String, String>> e : zh.entrySet()) {
            if (e.getValue().keySet().equals(wanted)) {
                return e.getKey();
            }
            if (e.getValue().keySet().containsAll(wanted)
                    && (best == null || zh.get(best).size() > e.getValue().size())) {
                best = e.getKey();
            }
        }
        return best;
    }

    /** module:Type → VALUE → label, from each module's bundle of that name. */
    static Map<String, Map<String, String>> bundleEnums(String name) throws IOException {
        Map<String, Map<String, String>> out = new TreeMap<>();
        for (String module : MODULES) {
            String resource = "org/minzheng/" + module + "/" + name;
            try (InputStream in = PageLabelsTest.class.getClassLoader().getResourceAsStream(resource)) {
                assertThat(in).as("bundle %s on the class path", resource).isNotNull();
                Properties p = new Properties();
                try (Reader r = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                    p.load(r);
                }
                for (String key : new TreeSet<>(p.stringPropertyNames())) {
                    Matcher m = ENUM_KEY.matcher(key);
                    if (m.matches()) {
                        out.computeIfAbsent(module + ":" + m.group(1), k -> new TreeMap<>())
                                .put(m.group(2), p.getProperty(key));
                    }
                }
            }
        }
        return out;
    }

    static Map<String, JsonNode> schemas() throws IOException {
        Map<String, JsonNode> out = new TreeMap<>();
        try (Stream<Path> files = Files.list(SCHEMAS)) {
            for (Path f : files.filter(p -> p.getFileName().toString().endsWith(".facts.schema.json"))
                    .sorted()
                    .toList()) {
                out.put(f.getFileName().toString(), MAPPER.readTree(f.toFile()));
            }
        }
        assertThat(out).as("published facts schemas in %s", SCHEMAS).hasSizeGreaterThan(20);
        return out;
    }

    static void collectEnums(JsonNode node, Set<List<String>> out) {
        if (node.isObject()) {
            JsonNode e = node.get("enum");
            if (e != null && e.isArray()) {
                List<String> values = new ArrayList<>();
                e.forEach(v -> values.add(v.asText()));
                values.sort(null);
                out.add(values);
            }
            node.forEach(child -> collectEnums(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectEnums(child, out));
        }
    }

    static void collectProperties(JsonNode node, Set<String> out) {
        if (node.isObject()) {
            JsonNode props = node.get("properties");
            if (props != null && props.isObject()) {
                props.fieldNames().forEachRemaining(out::add);
            }
            node.forEach(child -> collectProperties(child, out));
        } else if (node.isArray()) {
            node.forEach(child -> collectProperties(child, out));
        }
    }

    static Set<String> keys(String table) {
        Set<String> out = new TreeSet<>();
        Matcher m = Pattern.compile("(?m)^\\s+'?([\\w.]+)'?: ").matcher(table);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    static String quote(String s) {
        try {
            return MAPPER.writeValueAsString(s);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static boolean han(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }
}
