package org.minzheng.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The side-by-side section: ratios, targets met or missed, cold starts, and the splice into the file. */
class SideBySideReportTest {

    private static String warm(String benchmark, double score, String unit, double bytes) {
        return String.format(
                Locale.ROOT,
                "{\"benchmark\":\"%s\",\"forks\":1,\"warmupIterations\":10,\"warmupTime\":\"2 s\","
                        + "\"measurementIterations\":5,\"measurementTime\":\"2 s\",\"primaryMetric\":{\"score\":%s,\"scoreError\":1.0,"
                        + "\"scoreUnit\":\"%s\"},\"secondaryMetrics\":{\"gc.alloc.rate.norm\":{\"score\":%s}}}",
                benchmark,
                score,
                unit,
                bytes);
    }

    private static String cold(String benchmark, double... ms) {
        StringBuilder raw = new StringBuilder();
        for (double d : ms) {
            raw.append(raw.length() == 0 ? "" : ",").append("[").append(d).append("]");
        }
        return String.format(
                Locale.ROOT,
                "{\"benchmark\":\"%s\",\"forks\":%d,\"primaryMetric\":{\"score\":0,\"scoreUnit\":\"ms/op\","
                        + "\"rawData\":[%s]}}",
                benchmark,
                ms.length,
                raw);
    }

    @Test
    void marksTargetsAndRatios(@TempDir Path dir) throws IOException {
        Files.writeString(
                dir.resolve("dmn-minzheng.json"),
                "[" + warm("org.minzheng.benchmarks.DecisionBenchmarks.dibaoEvaluate", 300, "ns/op", 900)
                        + "," + warm("org.minzheng.benchmarks.DecisionBenchmarks.dibaoDecide", 10000, "ns/op", 4000)
                        + "," + warm("org.minzheng.benchmarks.DecisionBenchmarks.dibaoHandWritten", 100, "ns/op", 500)
                        + "]");
        Files.writeString(
                dir.resolve("dmn-kie.json"),
                "[" + warm("org.minzheng.benchmarks.dmn.kie.KieDmnBenchmarks.evaluateAll", 15, "us/op", 32000) + "]");
        Files.writeString(
                dir.resolve("dmn-jdmn.json"),
                "[" + warm("org.minzheng.benchmarks.dmn.jdmn.JdmnBenchmarks.generatedJava", 4500, "ns/op", 24000) + ","
                        + warm("org.minzheng.benchmarks.dmn.jdmn.JdmnBenchmarks.interpreter", 146, "us/op", 200000)
                        + "]");
        Files.writeString(
                dir.resolve("cold-kie.json"),
                "[" + cold("org.minzheng.benchmarks.dmn.kie.KieColdStartBenchmarks.kieFirstDecision", 3000, 2000, 2500)
                        + "]");
        Files.writeString(dir.resolve("loadavg-start"), "1.50 2.00 2.50 1/200 999\n");
        String s = SideBySideReport.render(dir);
        // KIE 15,000 ns ÷ 300 = 50× (met); jDMN 4,500 ÷ 300 = 15× (met); 300 ÷ 100 = 3× (met); 900 B (met)
        assertThat(s)
                .contains("| **met** (50× faster) | **missed** (1.5× faster) |")
                .contains("| **met** (15× faster) | **missed** (2.2× slower) |")
                .contains("| **met** (3.0× the baseline's time) | **missed** (100× the baseline's time) |")
                .contains("| **met** (900 B) | **missed** (4,000 B) |")
                .contains("2,500 ms (2,000–3,000, 3 forks)")
                .contains("1.50, 2.00, 2.50")
                .contains("at the end: not recorded")
                .contains("| 15.0 µs | ± 1.00 µs | 32,000 B | 1.0× | 0.30× |");
        String md = SideBySideReport.splice("# Performance\n\nintro\n", s);
        String again = SideBySideReport.splice(md.replace("intro", "intro kept"), s);
        assertThat(again).startsWith("# Performance\n\nintro kept\n").containsOnlyOnce(SideBySideReport.BEGIN);
        Files.writeString(dir.resolve("x.md"), again, StandardCharsets.UTF_8);
    }
}
