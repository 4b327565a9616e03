package org.minzheng.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.simulation.HouseholdComparison;
import org.minzheng.eligibility.simulation.Simulation;
import org.minzheng.eligibility.simulation.SimulationSummary;
import org.minzheng.examples.cli.Main;
import org.minzheng.examples.population.SyntheticPopulation;

/**
 * The Spark job and {@code minzheng simulate} agree to the fen: the same synthetic population (with
 * two bad lines), the same packs, byte-equal summary JSON and rendered report, from JSON Lines and
 * from Parquet, in {@code local[2]} with several partitions.
 */
class SimulationJobTest {

    static final int SIZE = 160;

    /** A line whose id carries a name: rejected, never echoed. */
    static final String BAD_ID =
            "{\"id\":\"王秀英\",\"region\":\"330502\",\"date\":\"2025-01-01\",\"facts\":{\"household\":"
                    + "{\"members\":[{\"relation\":\"APPLICANT\",\"birthDate\":\"1980-06-15\"}]}}}";

    /** A member without a birth date: rejected. */
    static final String NO_BIRTH_DATE = "{\"id\":\"bad-2\",\"region\":\"330502\",\"date\":\"2025-01-01\",\"facts\":"
            + "{\"household\":{\"members\":[{\"relation\":\"APPLICANT\"}]}}}";

    static SparkSession spark;

    @TempDir
    static Path dir;

    static Path population;
    static Path reform;
    static List<Path> packs;

    @BeforeAll
    static void start() throws IOException {
        spark = SparkSession.builder()
                .master("local[2]")
                .appName("minzheng-simulation-test")
                .config("spark.ui.enabled", "false")
                .config("spark.sql.shuffle.partitions", "2")
                .getOrCreate();
        population = dir.resolve("population.jsonl");
        try (Writer w = Files.newBufferedWriter(population, StandardCharsets.UTF_8)) {
            SyntheticPopulation.write(w, SIZE / 2, 42, RegionCode.of("330502"), SyntheticPopulation.DEFAULT_DATE);
            w.write(BAD_ID + "\n");
            w.write(NO_BIRTH_DATE + "\n");
            StringBuilder rest = new StringBuilder();
            for (int i = SIZE / 2; i < SIZE; i++) {
                rest.append(SyntheticPopulation.line(42, i, RegionCode.of("330502"), SyntheticPopulation.DEFAULT_DATE))
                        .append('\n');
            }
            w.write(rest.toString());
        }
        reform = Path.of("../reforms/huzhou-dibao-1200.yaml").toAbsolutePath().normalize();
        assertThat(reform).exists();
        // the eligibility part of the illustrative overlay (asset limits and the like), as files
        packs = new ArrayList<>();
        for (String name : List.of("eligibility.yaml", "eligibility-special.yaml")) {
            Path p = dir.resolve(name);
            try (InputStream in = SimulationJobTest.class
                    .getClassLoader()
                    .getResourceAsStream("org/minzheng/examples/illustrative/" + name)) {
                Files.write(p, in.readAllBytes());
            }
            packs.add(p);
        }
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    static final java.util.Map<String, String[]> CLI = new java.util.HashMap<>();

    /** Runs {@code minzheng simulate} (once per language); returns its summary JSON and stdout (the rendered report). */
    static synchronized String[] cli(String lang) throws IOException {
        String[] done = CLI.get(lang);
        if (done == null) {
            done = runCli(lang);
            CLI.put(lang, done);
        }
        return done;
    }

    static String[] runCli(String lang) throws IOException {
        Path summary = dir.resolve("cli-summary-" + lang + ".json");
        List<String> args = new ArrayList<>(List.of(
                "--lang",
                lang,
                "simulate",
                population.toString(),
                "--reform",
                reform.toString(),
                "--summary-json",
                summary.toString(),
                "--out",
                dir.resolve("cli-households-" + lang + ".jsonl").toString()));
        for (Path p : packs) {
            args.add("--pack");
            args.add(p.toString());
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                args.toArray(String[]::new),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        // two lines are rejected: exit 2, the rest decided
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isEqualTo(Main.BAD_INPUT);
        return new String[] {Files.readString(summary, StandardCharsets.UTF_8), out.toString(StandardCharsets.UTF_8)};
    }

    static SimulationJob.Options options(String input, boolean parquet, String output) {
        return new SimulationJob.Options(
                input, parquet, reform, packs, null, null, Simulation.DEFAULT_PROGRAMS, output);
    }

    static List<String> households(Path output) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("households"))) {
            for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .sorted()
                    .toList()) {
                lines.addAll(Files.readAllLines(part, StandardCharsets.UTF_8));
            }
        }
        return lines;
    }

    @Test
    void jsonLines_summaryEqualsTheCli_toTheFen_andTheHouseholdLinesToo() throws IOException {
        Path output = dir.resolve("out-jsonl");
        // four partitions, so that the summary is merged
        Path input = dir.resolve("population-parts");
        Files.createDirectories(input);
        List<String> all = Files.readAllLines(population, StandardCharsets.UTF_8);
        int quarter = all.size() / 4 + 1;
        for (int i = 0; i < 4; i++) {
            Files.write(
                    input.resolve("part-" + i + ".jsonl"),
                    all.subList(Math.min(all.size(), i * quarter), Math.min(all.size(), (i + 1) * quarter)),
                    StandardCharsets.UTF_8);
        }
        SimulationSummary summary = SimulationJob.run(spark, options(input.toString(), false, output.toString()));

        String[] en = cli("en");
        assertThat(Files.readString(output.resolve("summary.json"), StandardCharsets.UTF_8))
                .isEqualTo(en[0]);
        assertThat(Files.readString(output.resolve("summary.txt"), StandardCharsets.UTF_8))
                .isEqualTo(en[1]);
        assertThat(Files.readString(output.resolve("summary.zh.txt"), StandardCharsets.UTF_8))
                .isEqualTo(cli("zh")[1]);
        assertThat(summary.decided()).isEqualTo(SIZE);
        assertThat(summary.rejectedCount()).isEqualTo(2);
        // the reform moves money: some household gains
        assertThat(summary.totalGain().fen()).isPositive();

        // the same household lines as the CLI's --out (Spark orders the partitions its own way)
        List<String> cliLines =
                new ArrayList<>(Files.readAllLines(dir.resolve("cli-households-en.jsonl"), StandardCharsets.UTF_8));
        List<String> sparkLines = new ArrayList<>(households(output));
        cliLines.sort(null);
        sparkLines.sort(null);
        assertThat(sparkLines).hasSize(SIZE).isEqualTo(cliLines);
        // the rejected lines say where, never what
        List<String> rejected = new ArrayList<>();
        try (Stream<Path> parts = Files.list(output.resolve("rejected"))) {
            for (Path p : parts.filter(p -> p.getFileName().toString().startsWith("part-"))
                    .toList()) {
                rejected.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        assertThat(rejected).hasSize(2).noneMatch(l -> l.contains("王秀英"));
        assertThat(String.join("\n", rejected)).contains("\"id\"").contains("facts.household.members[0].birthDate");
    }

    @Test
    void parquet_givesTheSameSummary() throws IOException {
        StructType schema = new StructType()
                .add("id", DataTypes.StringType)
                .add("region", DataTypes.StringType)
                .add("date", DataTypes.StringType)
                .add("facts", DataTypes.StringType);
        List<Row> rows = new ArrayList<>();
        for (String line : Files.readAllLines(population, StandardCharsets.UTF_8)) {
            JsonNode t = Json.readTree(line, "$");
            rows.add(RowFactory.create(
                    t.get("id").asText(),
                    t.get("region").asText(),
                    t.get("date").asText(),
                    Json.compact(t.get("facts"))));
        }
        Path table = dir.resolve("population.parquet");
        spark.createDataFrame(rows, schema).repartition(3).write().parquet(table.toString());
        Path output = dir.resolve("out-parquet");
        SimulationSummary summary = SimulationJob.run(spark, options(table.toString(), true, output.toString()));

        assertThat(Files.readString(output.resolve("summary.json"), StandardCharsets.UTF_8))
                .isEqualTo(cli("en")[0]);
        assertThat(summary.render(Language.EN)).isEqualTo(cli("en")[1]);
        // each household line reads back
        assertThat(households(output)).hasSize(SIZE).allSatisfy(l -> HouseholdComparison.fromJsonLine(l));
    }
}
