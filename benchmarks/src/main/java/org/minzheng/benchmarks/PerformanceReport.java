package org.minzheng.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.minzheng.core.json.Json;

/**
 * Turns JMH JSON results into the tables of {@code docs/PERFORMANCE.md}. Only the part between
 * the {@code jmh:begin} and {@code jmh:end} markers is rewritten; other sections of the file stay.
 */
public final class PerformanceReport {

    private static final String BEGIN = "<!-- jmh:begin (written by benchmarks/run.sh) -->";
    private static final String END = "<!-- jmh:end -->";

    private PerformanceReport() {}

    /**
     * @param args the results folder and the markdown file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path md = Path.of(args[1]);
        StringBuilder sb = new StringBuilder();
        sb.append(BEGIN).append("\n\n## JMH results\n\n");
        sb.append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(", ")
                .append(System.getProperty("os.name"))
                .append(' ')
                .append(System.getProperty("os.arch"))
                .append(
                        ". Settings: see `benchmarks/run.sh` (fork 1; warm-up and measurement iterations as listed).\n\n");
        sb.append(
                "### Single operations\n\n| benchmark | time | error (99.9 %) | allocated per op |\n| --- | ---: | ---: | ---: |\n");
        for (JsonNode r : read(dir.resolve("single.json"))) {
            sb.append("| ")
                    .append(shortName(r))
                    .append(" | ")
                    .append(fmt(r.path("primaryMetric").path("score").asDouble()))
                    .append(' ')
                    .append(r.path("primaryMetric").path("scoreUnit").asText())
                    .append(" | ± ")
                    .append(fmt(r.path("primaryMetric").path("scoreError").asDouble()))
                    .append(" | ")
                    .append(alloc(r))
                    .append(" |\n");
        }
        // households per second at the largest population, by benchmark and thread count, for the targets
        Map<String, Double> largest = new LinkedHashMap<>();
        for (String threads : new String[] {"1t", "2t"}) {
            Path f = dir.resolve("screening-" + threads + ".json");
            if (!Files.exists(f)) {
                continue;
            }
            sb.append("\n### Population screening, ")
                    .append(threads.charAt(0))
                    .append(" thread(s)\n\n")
                    .append(
                            "Each thread screens the whole generated population once per operation; the population is\n")
                    .append(
                            "generated once (seed 2024) and each household is decided and dropped, so memory per pass\n")
                    .append(
                            "does not grow with it. \"ns per household\" is one thread's time for one household: flat from\n")
                    .append("1 k to 1 M households means the cost is linear in the household count.\n\n")
                    .append(
                            "| benchmark | households | ms per pass | ns per household (one thread) | households per second (all threads) | allocated per household |\n")
                    .append("| --- | ---: | ---: | ---: | ---: | ---: |\n");
            int t = threads.charAt(0) - '0';
            for (JsonNode r : read(f)) {
                long n = r.path("params").path("households").asLong();
                double ms = r.path("primaryMetric").path("score").asDouble();
                double perSecond = n / (ms / 1000.0) * t;
                JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
                String perHousehold =
                        norm.isMissingNode() ? "–" : fmt(norm.path("score").asDouble() / n) + " B";
                sb.append("| ")
                        .append(shortName(r))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%,d", n))
                        .append(" | ")
                        .append(fmt(ms))
                        .append(" | ")
                        .append(fmt(ms * 1e6 / n))
                        .append(" | ")
                        .append(String.format(Locale.ROOT, "%,.0f", perSecond))
                        .append(" | ")
                        .append(perHousehold)
                        .append(" |\n");
                String key = shortName(r) + " " + threads;
                if (!largest.containsKey(key + "@n") || largest.get(key + "@n") < n) {
                    largest.put(key + "@n", (double) n);
                    largest.put(key, perSecond);
                }
            }
        }
        if (!largest.isEmpty()) {
            sb.append("\n### Screening targets (two threads, the largest population run)\n\n")
                    .append("| target | measured | |\n| --- | ---: | --- |\n");
            screeningTarget(
                    sb,
                    largest.get("`ScreeningThroughputBenchmarks.dibaoPass` 2t"),
                    "`dibao` alone: at least 5,000,000 households/s on two cores",
                    5_000_000);
            screeningTarget(
                    sb,
                    largest.get("`ScreeningThroughputBenchmarks.screeningPass` 2t"),
                    "full `assistance-screening`: at least 1,000,000 households/s on two cores",
                    1_000_000);
        }
        sb.append('\n').append(END);
        String body = sb.toString();
        String old = Files.exists(md) ? Files.readString(md, StandardCharsets.UTF_8) : "# Performance\n\n";
        int b = old.indexOf(BEGIN);
        int e = old.indexOf(END);
        String updated = b >= 0 && e > b
                ? old.substring(0, b) + body + old.substring(e + END.length())
                : old + (old.endsWith("\n") ? "\n" : "\n\n") + body + "\n";
        Files.writeString(md, updated, StandardCharsets.UTF_8);
    }

    private static void screeningTarget(StringBuilder sb, Double perSecond, String target, double goal) {
        sb.append("| ").append(target).append(" | ");
        if (perSecond == null) {
            sb.append("not run | |\n");
        } else {
            sb.append(String.format(Locale.ROOT, "%,.0f households/s", perSecond))
                    .append(" | ")
                    .append(perSecond >= goal ? "met" : "**missed**")
                    .append(" |\n");
        }
    }

    private static JsonNode read(Path f) throws IOException {
        return Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8));
    }

    private static String shortName(JsonNode r) {
        String name = r.path("benchmark").asText();
        return "`" + name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1) + "`";
    }

    private static String alloc(JsonNode r) {
        JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
        return norm.isMissingNode()
                ? "–"
                : String.format(Locale.ROOT, "%,.0f B", norm.path("score").asDouble());
    }

    private static String fmt(double d) {
        return d >= 100 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.3g", d);
    }
}
