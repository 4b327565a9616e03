package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.region.RegionCode;
import org.minzheng.examples.population.SyntheticPopulation;

class PopulationCommandTest {

    @Test
    void generatedPopulation_isScreenedWithNoLineRejected(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("population.jsonl");
        CliRun gen = CliRun.of("population", "--size", "300", "--seed", "42", "--region", "330502", "--out", s(file));
        assertThat(gen.code()).as(gen.toString()).isZero();
        assertThat(gen.out()).isEmpty();
        assertThat(gen.err()).contains("wrote 300 synthetic households (not real people)");
        assertThat(Files.readAllLines(file, StandardCharsets.UTF_8))
                .hasSize(300)
                .allMatch(l -> l.startsWith("{\"id\":\"syn-synthetic-"));

        CliRun screened = CliRun.of("screen", s(file), "--out", s(dir.resolve("decisions.jsonl")));
        assertThat(screened.code()).as(screened.toString()).isZero();
        assertThat(screened.err()).contains("300 decided, 0 rejected");
        // with the illustrative overlay's asset limits, a share of the population is eligible
        CliRun illustrative =
                CliRun.of("screen", s(file), "--illustrative", "--out", s(dir.resolve("illustrative.jsonl")));
        assertThat(illustrative.code()).as(illustrative.toString()).isZero();
        assertThat(illustrative.err()).contains("300 decided, 0 rejected").containsPattern("ELIGIBLE +[1-9]");
    }

    @Test
    void stdoutAndFile_areTheLibrarysBytes_andTheDateIsTaken(@TempDir Path dir) throws IOException {
        CliRun r =
                CliRun.of("population", "--size", "50", "--seed", "-3", "--region", "330502", "--date", "2025-03-01");
        assertThat(r.code()).as(r.toString()).isZero();
        StringWriter w = new StringWriter();
        SyntheticPopulation.write(w, 50, -3, RegionCode.of("330502"), LocalDate.of(2025, 3, 1));
        assertThat(r.out()).isEqualTo(w.toString());
        assertThat(r.err()).isEmpty();

        Path file = dir.resolve("p.jsonl");
        CliRun f = CliRun.of(
                "population",
                "--size",
                "50",
                "--seed",
                "-3",
                "--region",
                "330502",
                "--date",
                "2025-03-01",
                "--out",
                s(file));
        assertThat(f.code()).isZero();
        assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(w.toString());
    }

    @Test
    void badArguments_exit2_nothingOnStdout() {
        for (String[] args : new String[][] {
            {"population", "--size", "5", "--seed", "1", "--region", "33050"},
            {"population", "--size", "5", "--seed", "1", "--region", "999999"},
            {"population", "--size", "-1", "--seed", "1", "--region", "330502"},
            {"population", "--size", "5", "--seed", "1", "--region", "330502", "--date", "1900-01-01"},
            {"population", "--size", "5", "--region", "330502"},
        }) {
            CliRun r = CliRun.of(args);
            assertThat(r.code()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
            assertThat(r.out()).isEmpty();
            assertThat(r.err()).startsWith("minzheng: ");
        }
    }
}
