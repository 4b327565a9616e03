package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.simulation.HouseholdComparison;
import org.minzheng.eligibility.simulation.SimulationSummary;
import org.minzheng.examples.DocQuotes;
import org.minzheng.examples.population.SyntheticPopulation;

/** {@code minzheng simulate} on a small generated population and on bad lines. */
class SimulateCommandTest {

    static final String REFORM =
            DocQuotes.ROOT.resolve("examples/reforms/huzhou-dibao-1200.yaml").toString();

    @TempDir
    static Path dir;

    static Path population;

    @BeforeAll
    static void generate() throws IOException {
        population = dir.resolve("population.jsonl");
        try (Writer w = Files.newBufferedWriter(population, StandardCharsets.UTF_8)) {
            SyntheticPopulation.write(w, 300, 11, RegionCode.of("330503"), LocalDate.of(2025, 1, 1));
        }
    }

    static CliRun simulate(Path out, Path summary, Path chart, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "simulate",
                population.toString(),
                "--reform",
                REFORM,
                "--illustrative",
                "--out",
                out.toString(),
                "--summary-json",
                summary.toString(),
                "--chart",
                chart.toString()));
        args.addAll(List.of(more));
        return CliRun.of(args.toArray(String[]::new));
    }

    @Test
    void huzhou1200_sameInputTwice_givesByteIdenticalReportLinesSummaryAndChart() throws IOException {
        CliRun a = simulate(dir.resolve("a.jsonl"), dir.resolve("a.json"), dir.resolve("a.png"));
        CliRun b = simulate(dir.resolve("b.jsonl"), dir.resolve("b.json"), dir.resolve("b.png"));
        assertThat(a.code()).as(a.toString()).isZero();
        assertThat(a.out())
                .isEqualTo(b.out())
                .contains("households decided: 300")
                .contains("newly eligible: ");
        assertThat(Files.readAllBytes(dir.resolve("a.jsonl"))).isEqualTo(Files.readAllBytes(dir.resolve("b.jsonl")));
        assertThat(Files.readAllBytes(dir.resolve("a.json"))).isEqualTo(Files.readAllBytes(dir.resolve("b.json")));
        assertThat(Files.readAllBytes(dir.resolve("a.png"))).isEqualTo(Files.readAllBytes(dir.resolve("b.png")));
        var image = ImageIO.read(dir.resolve("a.png").toFile());
        assertThat(image.getWidth()).isEqualTo(1440);
        assertThat(image.getHeight()).isEqualTo(480);
        assertThat(a.err()).contains("simulated 300 households in");
    }

    @Test
    void huzhou1200_theSummary_isTheSumOfTheOutLines() throws IOException {
        CliRun run = simulate(dir.resolve("c.jsonl"), dir.resolve("c.json"), dir.resolve("c.png"));
        assertThat(run.code()).as(run.toString()).isZero();
        String json =
                Files.readString(dir.resolve("c.json"), StandardCharsets.UTF_8).strip();
        SimulationSummary written = SimulationSummary.fromJson(json);
        SimulationSummary fromLines = SimulationSummary.empty(written.programIds());
        long costAfter = 0;
        for (String line : Files.readAllLines(dir.resolve("c.jsonl"), StandardCharsets.UTF_8)) {
            HouseholdComparison c = HouseholdComparison.fromJsonLine(line);
            fromLines.add(c);
            costAfter += c.program("dibao").amountAfter().fen();
            assertThat(c.id()).startsWith("syn-");
        }
        assertThat(fromLines.toJson()).isEqualTo(json);
        assertThat(written.costAfter("dibao").fen()).isEqualTo(costAfter);
        assertThat(run.out()).isEqualTo(written.render(org.minzheng.core.decision.Language.EN));
    }

    @Test
    void inChinese_theLabelsComeFromTheBundle() {
        CliRun run = CliRun.of("--lang", "zh", "simulate", population.toString(), "--reform", REFORM, "--illustrative");
        assertThat(run.code()).as(run.toString()).isZero();
        assertThat(run.out())
                .contains("读取户数：300")
                .contains("新增符合：")
                .contains("每月支出：")
                .contains("改革改变的参数");
    }

    @Test
    void badLines_areReportedWithNumberAndPath_neverTheValue_theRestGoOn_exit2() throws IOException {
        String good = Files.readAllLines(population, StandardCharsets.UTF_8).get(0);
        Path f = dir.resolve("bad.jsonl");
        Files.writeString(
                f,
                good + "\n"
                        + "{\"id\": \"" + Fixtures.FULL_ID
                        + "\", \"region\": \"330503\", \"date\": \"2025-01-01\", \"facts\": {\"household\": {\"members\": []}}}\n"
                        + "{\"id\": \"h-3\", \"region\": \"330503\", \"date\": \"2025-01-01\", \"facts\": {\"household\": {\"members\": []}}}\n"
                        + "{not json\n"
                        + good.replace("\"region\":\"330503\"", "\"region\":\"330503\",\"synthetic\":\"maybe\"") + "\n",
                StandardCharsets.UTF_8);
        CliRun run = CliRun.of("simulate", f.toString(), "--reform", REFORM, "--illustrative");
        assertThat(run.code()).as(run.toString()).isEqualTo(2);
        assertThat(run.out()).contains("households read: 5\nhouseholds decided: 1\nhouseholds rejected: 4\n");
        assertThat(run.err())
                .contains("line 2: id: ")
                .contains("line 3: facts.household.members: ")
                .contains("line 4: $: ")
                .contains("line 5: synthetic: ")
                .doesNotContain(Fixtures.FULL_ID)
                .doesNotContain("maybe");
    }

    @Test
    void anUnknownProgram_aMissingReform_orAnUnknownRegion_isBadInput() {
        assertThat(CliRun.of("simulate", population.toString(), "--reform", REFORM, "--programs", "nope")
                        .code())
                .isEqualTo(2);
        assertThat(CliRun.of("simulate", population.toString()).code()).isEqualTo(2);
        assertThat(CliRun.of("simulate", population.toString(), "--reform", REFORM, "--region", "999999")
                        .code())
                .isEqualTo(2);
        assertThat(CliRun.of("simulate", "no-such-file.jsonl", "--reform", REFORM)
                        .code())
                .isEqualTo(2);
    }

    @Test
    void withTheScreening_andTheDefaultRegion_aBareLineIsCompared() throws IOException {
        Path f = dir.resolve("bare.jsonl");
        Files.writeString(f, ScreenCommandTest.DIBAO_FACTS + "\n", StandardCharsets.UTF_8);
        CliRun run = CliRun.of(
                "simulate",
                f.toString(),
                "--reform",
                REFORM,
                "--illustrative",
                "--region",
                "330500",
                "--date",
                "2025-03-01",
                "--programs",
                "dibao,assistance-screening");
        assertThat(run.code()).as(run.toString()).isZero();
        // 1145 × 3 − 2000 = 1435.00; 1200 × 3 − 2000 = 1600.00
        assertThat(run.out())
                .contains("program: assistance-screening")
                .contains("monthly cost: 1,435.00 → 1,600.00 (+165.00)");
    }
}
