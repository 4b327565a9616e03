package org.minzheng.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.minzheng.core.json.Json;

/**
 * Writes the DMN side-by-side section of {@code docs/PERFORMANCE.md}: minzheng's {@code dibao}
 * against the same decision as a DMN model ({@code shared/perf/dibao.dmn}) in KIE DMN and jDMN,
 * and a hand-written baseline, with the targets of the side-by-side marked met or missed. Only
 * the part between the {@code dmn:begin} and {@code dmn:end} markers is rewritten.
 *
 * <p>Reads, from the results folder: {@code dmn-minzheng.json}, {@code dmn-kie.json},
 * {@code dmn-jdmn.json} (average time with {@code -prof gc}), {@code cold-minzheng.json},
 * {@code cold-kie.json}, {@code cold-jdmn.json} (single-shot time, one per fork) and
 * {@code loadavg-start} / {@code loadavg-end} (the machine's {@code /proc/loadavg}).
 */
public final class SideBySideReport {

    static final String BEGIN = "<!-- dmn:begin (written by benchmarks/run.sh) -->";
    static final String END = "<!-- dmn:end -->";

    /** Targets: minzheng at least this many times faster than KIE's evaluateAll. */
    static final double TARGET_VS_KIE = 40;
    /** Targets: minzheng at least this many times faster than jDMN's generated Java. */
    static final double TARGET_VS_JDMN = 10;
    /** Targets: minzheng at most this many times slower than the hand-written baseline. */
    static final double TARGET_VS_HAND = 3;
    /** Targets: bytes allocated per decision below this. */
    static final double TARGET_BYTES = 1024;

    private static final String MZ_EVALUATE = "DecisionBenchmarks.dibaoEvaluate";
    private static final String MZ_DECIDE = "DecisionBenchmarks.dibaoDecide";
    private static final String HAND = "DecisionBenchmarks.dibaoHandWritten";
    private static final String KIE = "KieDmnBenchmarks.evaluateAll";
    private static final String JDMN_GENERATED = "JdmnBenchmarks.generatedJava";
    private static final String JDMN_INTERPRETER = "JdmnBenchmarks.interpreter";
    private static final String COLD_EVALUATE = "ColdStartBenchmarks.minzhengFirstDibaoEvaluate";
    private static final String COLD_DECIDE = "ColdStartBenchmarks.minzhengFirstDibaoDecision";
    /** Cold start target: the first decision within this many milliseconds of the bare JVM start. */
    private static final double TARGET_COLD_MS = 150;

    /** One row: an engine's way of deciding, its warm figures and its cold start. */
    private record Row(String engine, String what, String benchmark, String coldBenchmark) {}

    private static final List<Row> ROWS = List.of(
            new Row(
                    "minzheng",
                    "`dibao` evaluate (facts already validated), full findings",
                    MZ_EVALUATE,
                    COLD_EVALUATE),
            new Row(
                    "minzheng",
                    "`dibao` decide (facts validated first, the public entry point)",
                    MZ_DECIDE,
                    COLD_DECIDE),
            new Row("hand-written Java", "long fen, three finding records (`HandWrittenDibao`)", HAND, null),
            new Row(
                    "KIE DMN 10.2.0",
                    "`DMNRuntime.evaluateAll` on `dibao.dmn`",
                    KIE,
                    "KieColdStartBenchmarks.kieFirstDecision"),
            new Row(
                    "jDMN 9.0.0",
                    "Java generated from `dibao.dmn` (eligible, amount, reason)",
                    JDMN_GENERATED,
                    "JdmnColdStartBenchmarks.generatedFirstDecision"),
            new Row(
                    "jDMN 9.0.0",
                    "interpreter on `dibao.dmn` (eligible, amount, reason)",
                    JDMN_INTERPRETER,
                    "JdmnColdStartBenchmarks.interpreterFirstDecision"));

    private SideBySideReport() {}

    /**
     * @param args the results folder and the markdown file
     * @throws IOException if a file cannot be read or written
     */
    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args[0]);
        Path md = Path.of(args[1]);
        String body = render(dir);
        String old = Files.exists(md) ? Files.readString(md, StandardCharsets.UTF_8) : "# Performance\n";
        Files.writeString(md, splice(old, body), StandardCharsets.UTF_8);
    }

    /**
     * @param old  the markdown file's text
     * @param body the new section, markers included
     * @return the text with the section replaced, or appended if absent
     */
    static String splice(String old, String body) {
        int b = old.indexOf(BEGIN);
        int e = old.indexOf(END);
        return b >= 0 && e > b
                ? old.substring(0, b) + body + old.substring(e + END.length())
                : old + (old.endsWith("\n") ? "\n" : "\n\n") + body + "\n";
    }

    /** Warm figures of one benchmark. */
    private record Warm(double ns, double error, double bytes, String settings) {}

    static String render(Path dir) throws IOException {
        Map<String, Warm> warm = new LinkedHashMap<>();
        Map<String, double[]> cold = new LinkedHashMap<>();
        List<String> settings = new ArrayList<>();
        for (String f : List.of("dmn-minzheng.json", "dmn-kie.json", "dmn-jdmn.json")) {
            for (JsonNode r : read(dir.resolve(f))) {
                JsonNode pm = r.path("primaryMetric");
                double factor = nanosPer(pm.path("scoreUnit").asText());
                JsonNode norm = r.path("secondaryMetrics").path("gc.alloc.rate.norm");
                String s = String.format(
                        Locale.ROOT,
                        "%d × %s warm-up, %d × %s measured, %d fork(s)",
                        r.path("warmupIterations").asInt(),
                        r.path("warmupTime").asText(),
                        r.path("measurementIterations").asInt(),
                        r.path("measurementTime").asText(),
                        r.path("forks").asInt());
                warm.put(
                        shortName(r),
                        new Warm(
                                pm.path("score").asDouble() * factor,
                                pm.path("scoreError").asDouble() * factor,
                                norm.isMissingNode()
                                        ? Double.NaN
                                        : norm.path("score").asDouble(),
                                s));
                String line = "`" + shortName(r) + "`: " + s;
                settings.add(line);
            }
        }
        for (String f : List.of("cold-minzheng.json", "cold-kie.json", "cold-jdmn.json")) {
            for (JsonNode r : read(dir.resolve(f))) {
                JsonNode pm = r.path("primaryMetric");
                double toMs = nanosPer(pm.path("scoreUnit").asText()) / 1e6;
                List<Double> shots = new ArrayList<>();
                for (JsonNode fork : pm.path("rawData")) {
                    for (JsonNode v : fork) {
                        shots.add(v.asDouble() * toMs);
                    }
                }
                double[] a =
                        shots.stream().mapToDouble(Double::doubleValue).sorted().toArray();
                cold.put(shortName(r), a);
            }
        }

        StringBuilder sb = new StringBuilder();
        sb.append(BEGIN).append("\n\n## Side by side: `dibao` in minzheng, KIE DMN and jDMN\n\n");
        sb.append("The same decision for the same household — the Huzhou 2024 family of three (3 counted members, "
                + "income 2,000.00 a month, standard 1,145.00, property within the rules: eligible, 1,435.00, reason OK). "
                + "The DMN engines evaluate `benchmarks/dmn-*/src/main/resources/.../dibao.dmn` (a copy of "
                + "`shared/perf/dibao.dmn`) from its four inputs, already derived; minzheng starts from the household "
                + "(who counts, counted income, property rules, the amount, the review period) and records every finding "
                + "with its citation and parameter. Before anything is timed, a test in each DMN module checks that the "
                + "engine agrees exactly with minzheng on a few hundred generated households and the edge cases at the "
                + "standard (eligible, amount to the fen, reason).\n\n");
        sb.append("Machine: ")
                .append(Runtime.getRuntime().availableProcessors())
                .append(" cores, ")
                .append(System.getProperty("java.vm.name"))
                .append(' ')
                .append(System.getProperty("java.version"))
                .append(". Load average (1, 5, 15 min) at the start: ")
                .append(load(dir.resolve("loadavg-start")))
                .append("; at the end: ")
                .append(load(dir.resolve("loadavg-end")))
                .append(" — other builds shared the two cores, so read the figures as indicative.\n\n");

        Warm kie = warm.get(KIE);
        Warm jdmn = warm.get(JDMN_GENERATED);
        sb.append(
                "| engine | what is timed | time per decision | error (99.9 %) | allocated per decision | KIE ÷ this | jDMN generated ÷ this | cold start: first decision in a fresh JVM, load included (median of forks, min–max) |\n");
        sb.append("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (Row row : ROWS) {
            Warm w = warm.get(row.benchmark());
            sb.append("| ")
                    .append(row.engine())
                    .append(" | ")
                    .append(row.what())
                    .append(" | ");
            if (w == null) {
                sb.append("not run | | | | | ");
            } else {
                sb.append(time(w.ns()))
                        .append(" | ± ")
                        .append(time(w.error()))
                        .append(" | ")
                        .append(bytes(w.bytes()))
                        .append(" | ")
                        .append(ratio(kie, w))
                        .append(" | ")
                        .append(ratio(jdmn, w))
                        .append(" | ");
            }
            double[] c = row.coldBenchmark() == null ? null : cold.get(row.coldBenchmark());
            sb.append(
                            c == null || c.length == 0
                                    ? "–"
                                    : String.format(
                                            Locale.ROOT,
                                            "%,.0f ms (%,.0f–%,.0f, %d forks)",
                                            median(c),
                                            c[0],
                                            c[c.length - 1],
                                            c.length))
                    .append(" |\n");
        }

        sb.append("\n### Targets\n\n| target | `dibaoEvaluate` | `dibaoDecide` |\n| --- | --- | --- |\n");
        Warm hand = warm.get(HAND);
        for (String[] t : new String[][] {
            {"at least " + fmt(TARGET_VS_KIE) + "× faster than KIE `evaluateAll`", "kie"},
            {"at least " + fmt(TARGET_VS_JDMN) + "× faster than jDMN generated Java", "jdmn"},
            {"within " + fmt(TARGET_VS_HAND) + "× of the hand-written baseline", "hand"},
            {"under 1 KB (" + fmt(TARGET_BYTES) + " B) allocated per decision", "bytes"}
        }) {
            sb.append("| ").append(t[0]);
            for (String b : List.of(MZ_EVALUATE, MZ_DECIDE)) {
                sb.append(" | ").append(target(t[1], warm.get(b), kie, jdmn, hand));
            }
            sb.append(" |\n");
        }
        sb.append("| first decision under ")
                .append(fmt(TARGET_COLD_MS))
                .append(" ms beyond the bare JVM start (median of forks)");
        for (String b : List.of(COLD_EVALUATE, COLD_DECIDE)) {
            double[] c = cold.get(b);
            sb.append(" | ")
                    .append(
                            c == null || c.length == 0
                                    ? "not run"
                                    : verdict(
                                            median(c) < TARGET_COLD_MS,
                                            String.format(Locale.ROOT, "%,.0f ms", median(c))));
        }
        sb.append(" |\n");

        sb.append("\nSettings (JMH, from the result files):\n\n");
        for (String s : settings) {
            sb.append("- ").append(s).append('\n');
        }
        sb.append(
                "- cold start: `@BenchmarkMode(SingleShotTime)`, one shot in each of several fresh JVM forks, no warm-up\n");
        sb.append('\n').append(END);
        return sb.toString();
    }

    private static String target(String kind, Warm mz, Warm kie, Warm jdmn, Warm hand) {
        if (mz == null) {
            return "not run";
        }
        switch (kind) {
            case "kie":
                return kie == null
                        ? "not run"
                        : verdict(kie.ns() / mz.ns() >= TARGET_VS_KIE, faster(kie.ns() / mz.ns()));
            case "jdmn":
                return jdmn == null
                        ? "not run"
                        : verdict(jdmn.ns() / mz.ns() >= TARGET_VS_JDMN, faster(jdmn.ns() / mz.ns()));
            case "hand":
                return hand == null
                        ? "not run"
                        : verdict(
                                mz.ns() / hand.ns() <= TARGET_VS_HAND,
                                fmt(mz.ns() / hand.ns()) + "× the baseline's time");
            default:
                return Double.isNaN(mz.bytes())
                        ? "not measured"
                        : verdict(mz.bytes() < TARGET_BYTES, bytes(mz.bytes()));
        }
    }

    private static String faster(double speedUp) {
        return speedUp >= 1 ? fmt(speedUp) + "× faster" : fmt(1 / speedUp) + "× slower";
    }

    private static String verdict(boolean met, String figure) {
        return (met ? "**met**" : "**missed**") + " (" + figure + ")";
    }

    private static String ratio(Warm base, Warm w) {
        return base == null ? "–" : fmt(base.ns() / w.ns()) + "×";
    }

    private static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    private static double nanosPer(String unit) {
        String u = unit.substring(0, unit.indexOf('/'));
        switch (u) {
            case "ns":
                return 1;
            case "us":
                return 1e3;
            case "ms":
                return 1e6;
            case "s":
                return 1e9;
            default:
                throw new IllegalArgumentException("unit " + unit);
        }
    }

    private static String load(Path f) throws IOException {
        if (!Files.exists(f)) {
            return "not recorded";
        }
        String[] parts = Files.readString(f, StandardCharsets.UTF_8).trim().split("\\s+");
        return parts.length >= 3 ? parts[0] + ", " + parts[1] + ", " + parts[2] : "not recorded";
    }

    private static List<JsonNode> read(Path f) throws IOException {
        List<JsonNode> list = new ArrayList<>();
        if (Files.exists(f)) {
            Json.mapper().readTree(Files.readString(f, StandardCharsets.UTF_8)).forEach(list::add);
        }
        return list;
    }

    private static String shortName(JsonNode r) {
        String name = r.path("benchmark").asText();
        return name.substring(name.lastIndexOf('.', name.lastIndexOf('.') - 1) + 1);
    }

    private static String time(double ns) {
        if (ns >= 1e6) {
            return String.format(Locale.ROOT, "%,.2f ms", ns / 1e6);
        }
        if (ns >= 1e4) {
            return String.format(Locale.ROOT, "%,.1f µs", ns / 1e3);
        }
        if (ns >= 1e3) {
            return String.format(Locale.ROOT, "%,.2f µs", ns / 1e3);
        }
        return String.format(Locale.ROOT, "%,.0f ns", ns);
    }

    private static String bytes(double b) {
        return Double.isNaN(b) ? "–" : String.format(Locale.ROOT, "%,.0f B", b);
    }

    private static String fmt(double d) {
        return d >= 10 ? String.format(Locale.ROOT, "%,.0f", d) : String.format(Locale.ROOT, "%.2g", d);
    }
}
