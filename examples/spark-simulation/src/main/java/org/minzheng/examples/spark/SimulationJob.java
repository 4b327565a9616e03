package org.minzheng.examples.spark;

import java.io.IOException;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.simulation.HouseholdComparison;
import org.minzheng.eligibility.simulation.HouseholdLine;
import org.minzheng.eligibility.simulation.Simulation;
import org.minzheng.eligibility.simulation.SimulationSummary;

/**
 * The what-if simulation of {@code minzheng simulate} as an Apache Spark batch job: every household
 * of a population decided under the baseline policy data and under the same data with a reform pack
 * on top, with the library's {@link Simulation}, {@link HouseholdComparison} and
 * {@link SimulationSummary} — the same code as the command line, so the summary is the CLI's to the
 * fen.
 *
 * <p>Input: JSON Lines of household lines (the line {@code minzheng screen} reads, read by
 * {@link HouseholdLine}), or Parquet with the string columns {@code id}, {@code region},
 * {@code date} and {@code facts} (the facts as JSON text), each row made into the same line.
 *
 * <p>Per partition: one program registry, two policy books (baseline and reformed) built from the
 * pack texts broadcast by the driver (the overlays named by {@code --pack}, then the reform), one
 * {@link Simulation}; each line becomes a comparison (written as its {@link
 * HouseholdComparison#toJsonLine() JSON line}) or, if it cannot be decided, a rejected line (counted,
 * and its violations' paths and codes written, never its values); as in the CLI, a line whose decision
 * fails with an internal error is not counted and does not stop the run (the driver says how many).
 * Each partition ends with its summary; the driver merges the summaries in partition order.
 *
 * <p>Output directory: {@code households/} (the comparisons, JSON Lines, part files), {@code
 * rejected/} (one line per rejected household: paths and codes only), {@code summary.json} ({@link
 * SimulationSummary#toJson()}), {@code summary.txt} and {@code summary.zh.txt} (the rendered report).
 */
public final class SimulationJob {

    private SimulationJob() {}

    /**
     * What to run.
     *
     * @param input         the population: a JSON Lines file or directory, or Parquet
     * @param parquet       true if the input is Parquet
     * @param reform        the reform pack
     * @param packs         overlay packs of the baseline, in order (the CLI's {@code --pack})
     * @param defaultRegion the region of lines that give none, or null
     * @param defaultDate   the date of lines that give none, or null
     * @param programIds    the programs to compare
     * @param output        the output directory (must not exist)
     */
    public record Options(
            String input,
            boolean parquet,
            Path reform,
            List<Path> packs,
            RegionCode defaultRegion,
            LocalDate defaultDate,
            List<String> programIds,
            String output) {

        /** Checks the required options. */
        public Options {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(reform, "reform");
            packs = List.copyOf(packs);
            programIds = List.copyOf(programIds);
            Objects.requireNonNull(output, "output");
        }
    }

    /**
     * A pack's text as the driver read it: what each partition builds its books from.
     *
     * @param location where decision records say its values were read (the file name)
     * @param text     the YAML text
     */
    public record PackText(String location, String text) implements Serializable {

        static PackText of(Path file) {
            PolicySource s = PolicySource.of(file);
            return new PackText(s.location(), s.text());
        }

        PolicySource source() {
            return PolicySource.ofText(location, text);
        }
    }

    /**
     * The packs every partition needs.
     *
     * @param overlays the baseline's overlays, in order
     * @param reform   the reform
     */
    public record Packs(List<PackText> overlays, PackText reform) implements Serializable {}

    /**
     * Runs the job.
     *
     * @param spark the session
     * @param o     the options
     * @return the merged summary (also written to the output directory)
     * @throws UncheckedIOException if a pack or the summary files cannot be read or written
     */
    public static SimulationSummary run(SparkSession spark, Options o) {
        List<PackText> overlays = new ArrayList<>();
        for (Path p : o.packs()) {
            overlays.add(PackText.of(p));
        }
        Packs packs = new Packs(List.copyOf(overlays), PackText.of(o.reform()));
        // the packs must load: fail on the driver with every error rather than in each task
        books(packs);
        JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
        Broadcast<Packs> broadcast = jsc.broadcast(packs);
        String region = o.defaultRegion() == null ? null : o.defaultRegion().code();
        String date = o.defaultDate() == null ? null : o.defaultDate().toString();
        List<String> programIds = o.programIds();

        JavaRDD<String> lines = lines(spark, o).javaRDD();
        JavaRDD<String> tagged = lines.mapPartitionsWithIndex(
                (index, it) -> new Partition(broadcast.value(), programIds, region, date, index, it), false);
        tagged.persist(StorageLevel.MEMORY_AND_DISK_SER());
        try {
            tagged.filter(t -> t.charAt(0) == Partition.HOUSEHOLD)
                    .map(t -> t.substring(1))
                    .saveAsTextFile(o.output() + "/households");
            tagged.filter(t -> t.charAt(0) == Partition.REJECTED)
                    .map(t -> t.substring(1))
                    .saveAsTextFile(o.output() + "/rejected");
            // the partitions' summaries and the internal errors: a few records each
            List<String> summaries = new ArrayList<>();
            long failed = 0;
            for (String t : tagged.filter(t -> t.charAt(0) == Partition.SUMMARY || t.charAt(0) == Partition.FAILED)
                    .collect()) {
                if (t.charAt(0) == Partition.SUMMARY) {
                    summaries.add(t);
                } else {
                    failed++;
                }
            }
            if (failed > 0) {
                System.err.println("minzheng: " + failed + " households not decided (internal error); the rest were");
            }
            // "S" + partition index (10 digits) + summary JSON: sorted, they merge in partition order
            summaries.sort(null);
            SimulationSummary total = SimulationSummary.empty(programIds);
            for (String s : summaries) {
                total.merge(SimulationSummary.fromJson(s.substring(11)));
            }
            // as the CLI's --summary-json file: the JSON and a newline
            write(Path.of(o.output(), "summary.json"), total.toJson() + "\n");
            write(Path.of(o.output(), "summary.txt"), total.render(Language.EN));
            write(Path.of(o.output(), "summary.zh.txt"), total.render(Language.ZH));
            return total;
        } finally {
            tagged.unpersist(false);
            broadcast.destroy();
        }
    }

    /** @return the input as household lines */
    static Dataset<String> lines(SparkSession spark, Options o) {
        if (!o.parquet()) {
            return spark.read().textFile(o.input());
        }
        Dataset<Row> rows = spark.read().parquet(o.input()).select("id", "region", "date", "facts");
        return rows.map(
                (org.apache.spark.api.java.function.MapFunction<Row, String>) SimulationJob::line, Encoders.STRING());
    }

    /**
     * Makes a Parquet row into the wrapped household line; a null column is left out (and then
     * taken from the defaults or reported, as for a line without it). The facts are written as
     * they are, so facts that are not JSON make the line rejected, as in a JSON Lines file.
     */
    static String line(Row row) {
        StringBuilder sb = new StringBuilder(512).append('{');
        String sep = "";
        for (String name : new String[] {"id", "region", "date"}) {
            Object v = row.getAs(name);
            if (v != null) {
                sb.append(sep).append(Json.compact(name)).append(':').append(Json.compact(v.toString()));
                sep = ",";
            }
        }
        Object facts = row.getAs("facts");
        sb.append(sep).append("\"facts\":").append(facts == null ? "null" : facts.toString());
        return sb.append('}').toString();
    }

    /** @return the baseline and reformed books of the packs */
    static PolicyBook[] books(Packs packs) {
        PolicyBook.Builder baseline = PolicyBook.builderWithDefaults();
        PolicyBook.Builder reformed = PolicyBook.builderWithDefaults();
        for (PackText p : packs.overlays()) {
            baseline.addOverlay(p.source());
            reformed.addOverlay(p.source());
        }
        reformed.addOverlay(packs.reform().source());
        return new PolicyBook[] {
            packs.overlays().isEmpty() ? PolicyBook.loadDefault() : baseline.build(), reformed.build()
        };
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file.getFileName(), e);
        }
    }

    /**
     * One partition: the lines become tagged records — {@code H} and the comparison's line, {@code R}
     * and a rejected line's violations, and last {@code S}, the partition's index and its summary.
     */
    static final class Partition implements Iterator<String> {

        static final char HOUSEHOLD = 'H';
        static final char REJECTED = 'R';
        static final char SUMMARY = 'S';
        static final char FAILED = 'F';

        private final Iterator<String> lines;
        private final Simulation simulation;
        private final SimulationSummary summary;
        private final RegionCode defaultRegion;
        private final LocalDate defaultDate;
        private final int index;
        private boolean done;

        Partition(Packs packs, List<String> programIds, String region, String date, int index, Iterator<String> lines) {
            PolicyBook[] books = books(packs);
            this.simulation = Simulation.of(ProgramRegistry.loadDefault(), books[0], books[1], programIds);
            this.summary = SimulationSummary.empty(programIds);
            this.defaultRegion = region == null ? null : RegionCode.of(region);
            this.defaultDate = date == null ? null : LocalDate.parse(date);
            this.index = index;
            this.lines = lines;
        }

        @Override
        public boolean hasNext() {
            return !done;
        }

        @Override
        public String next() {
            while (lines.hasNext()) {
                String line = lines.next();
                if (line.isBlank()) {
                    continue;
                }
                try {
                    HouseholdComparison c =
                            HouseholdLine.read(line, defaultRegion, defaultDate).compare(simulation);
                    summary.add(c);
                    return HOUSEHOLD + c.toJsonLine();
                } catch (InvalidInputException e) {
                    summary.rejected();
                    return REJECTED
                            + Json.compact(e.violations().stream()
                                    .map(v -> List.of(v.path(), v.code()))
                                    .toList());
                } catch (RuntimeException | StackOverflowError e) {
                    // as the CLI: one line's internal error does not stop the run; it is not counted
                    // in the summary, and the driver reports how many there were
                    return FAILED + e.getClass().getName();
                }
            }
            if (done) {
                throw new java.util.NoSuchElementException();
            }
            done = true;
            return SUMMARY + String.format(java.util.Locale.ROOT, "%010d", index) + summary.toJson();
        }
    }

    /**
     * {@code spark-submit --class org.minzheng.examples.spark.SimulationJob minzheng-spark-simulation.jar
     * --input households.jsonl --reform reform.yaml --output out [--parquet] [--pack FILE]… [--region R]
     * [--date D] [--programs a,b]}.
     *
     * @param args the arguments
     */
    public static void main(String[] args) {
        Options o = parse(args);
        SparkSession spark =
                SparkSession.builder().appName("minzheng simulation").getOrCreate();
        try {
            SimulationSummary s = run(spark, o);
            System.out.print(s.render(Language.EN));
        } finally {
            spark.stop();
        }
    }

    /**
     * @param args the command line
     * @return the options
     * @throws IllegalArgumentException naming the option that is wrong
     */
    static Options parse(String[] args) {
        String input = null;
        boolean parquet = false;
        Path reform = null;
        List<Path> packs = new ArrayList<>();
        RegionCode region = null;
        LocalDate date = null;
        List<String> programs = Simulation.DEFAULT_PROGRAMS;
        String output = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--parquet")) {
                parquet = true;
                continue;
            }
            if (i + 1 >= args.length) {
                throw new IllegalArgumentException(a + ": a value is required");
            }
            String v = args[++i];
            switch (a) {
                case "--input" -> input = v;
                case "--reform" -> reform = Path.of(v);
                case "--pack" -> packs.add(Path.of(v));
                case "--region" -> region = RegionCode.of(v);
                case "--date" -> date = LocalDate.parse(v);
                case "--programs" -> programs = List.of(v.split(","));
                case "--output" -> output = v;
                default -> throw new IllegalArgumentException(a + ": unknown option");
            }
        }
        if (input == null || reform == null || output == null) {
            throw new IllegalArgumentException("--input, --reform and --output are required");
        }
        return new Options(input, parquet, reform, packs, region, date, programs, output);
    }
}
