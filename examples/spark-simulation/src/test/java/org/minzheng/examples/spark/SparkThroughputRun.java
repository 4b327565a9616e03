package org.minzheng.examples.spark;

import java.io.IOException;
import java.io.InputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.simulation.Simulation;
import org.minzheng.eligibility.simulation.SimulationSummary;
import org.minzheng.examples.population.SyntheticPopulation;

/**
 * Measures the job in {@code local[2]} on a synthetic population (not a unit test: run it by hand,
 * in the background, see docs/spark-simulation.md): writes {@code N} households (default
 * 1,000,000, seed 2026, region 330502) unless the file exists, runs {@link SimulationJob} with the
 * reform {@code examples/reforms/huzhou-dibao-1200.yaml} and the eligibility part of the
 * illustrative overlay, and prints households/s with the machine's load ({@code /proc/loadavg})
 * before and after. Each finished task is logged with its records and seconds, so that a run cut
 * short still gives a rate.
 *
 * <p>Arguments: {@code [households] [work directory]}.
 */
public final class SparkThroughputRun {

    private SparkThroughputRun() {}

    /**
     * @param args households and work directory, both optional
     * @throws IOException if the files cannot be written
     */
    public static void main(String[] args) throws IOException {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        Path work = Path.of(args.length > 1 ? args[1] : "target/throughput");
        Files.createDirectories(work);
        Path population = work.resolve("population-" + n + ".jsonl");
        if (!Files.exists(population)) {
            long t = System.nanoTime();
            try (Writer w = Files.newBufferedWriter(population, StandardCharsets.UTF_8)) {
                SyntheticPopulation.write(w, n, 2026, RegionCode.of("330502"), SyntheticPopulation.DEFAULT_DATE);
            }
            log("wrote %d households in %.1f s", n, (System.nanoTime() - t) / 1e9);
        }
        List<Path> packs = new ArrayList<>();
        for (String name : List.of("eligibility.yaml", "eligibility-special.yaml")) {
            Path p = work.resolve(name);
            try (InputStream in = SparkThroughputRun.class
                    .getClassLoader()
                    .getResourceAsStream("org/minzheng/examples/illustrative/" + name)) {
                Files.write(p, in.readAllBytes());
            }
            packs.add(p);
        }
        Path output = work.resolve("out-" + System.currentTimeMillis());
        SparkSession spark = SparkSession.builder()
                .master("local[2]")
                .appName("minzheng-simulation-throughput")
                .config("spark.ui.enabled", "false")
                // 32 MB splits: about 17 tasks for a million households, so both cores stay busy to the end
                .config("spark.sql.files.maxPartitionBytes", "33554432")
                .getOrCreate();
        long started = System.nanoTime();
        spark.sparkContext().addSparkListener(new SparkListener() {
            @Override
            public void onTaskEnd(SparkListenerTaskEnd end) {
                if (end.taskMetrics() != null
                        && end.taskMetrics().inputMetrics().recordsRead() > 0) {
                    log(
                            "stage %d task %d: %d records in %.1f s (%.0f s since start)",
                            end.stageId(),
                            end.taskInfo().index(),
                            end.taskMetrics().inputMetrics().recordsRead(),
                            end.taskInfo().duration() / 1e3,
                            (System.nanoTime() - started) / 1e9);
                }
            }
        });
        log("load before: %s", load());
        try {
            SimulationSummary s = SimulationJob.run(
                    spark,
                    new SimulationJob.Options(
                            population.toString(),
                            false,
                            Path.of("../reforms/huzhou-dibao-1200.yaml"),
                            packs,
                            null,
                            null,
                            Simulation.DEFAULT_PROGRAMS,
                            output.toString()));
            double seconds = (System.nanoTime() - started) / 1e9;
            log(
                    "Spark local[2]: %d households decided (%d rejected) in %.1f s: %.0f households/s",
                    s.decided(), s.rejectedCount(), seconds, s.decided() / seconds);
            log("load after: %s", load());
        } finally {
            spark.stop();
        }
    }

    static String load() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).strip();
        } catch (IOException e) {
            return "unknown";
        }
    }

    static void log(String format, Object... args) {
        System.out.println(java.time.LocalTime.now().withNano(0) + " " + String.format(Locale.ROOT, format, args));
        System.out.flush();
    }
}
