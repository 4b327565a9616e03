package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.examples.cli.CliRun;

/**
 * docs/simulation.md: every fenced block quotes a file of the repository verbatim, and the report it
 * quotes ({@code examples/src/test/simulation/report.txt}, the golden summary of a fixed generated
 * population) is what the page's commands print. {@code -Dminzheng.golden.update=true} rewrites the report
 * and the page's chart ({@code docs/simulation-chart.png}); review the diff.
 */
class SimulationDocTest {

    static final Path DOC = DocQuotes.ROOT.resolve("docs/simulation.md");
    static final Path SAMPLE = DocQuotes.ROOT.resolve("examples/src/test/simulation");

    @Test
    void everyBlockOfThePage_quotesARepositoryFile() throws IOException {
        assertThat(DocQuotes.assertEveryBlockQuotedVerbatim(DOC))
                .contains(
                        "examples/reforms/huzhou-dibao-1200.yaml",
                        "examples/src/test/simulation/commands.txt",
                        "examples/src/test/simulation/report.txt");
        assertThat(Files.readString(DOC, StandardCharsets.UTF_8)).contains("](simulation-chart.png)");
    }

    @Test
    void theCommandsOfThePage_printTheQuotedReport(@TempDir Path tmp) throws IOException {
        List<String> commands = Files.readAllLines(SAMPLE.resolve("commands.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> l.startsWith("minzheng "))
                .toList();
        assertThat(commands).hasSize(2);
        CliRun population = run(commands.get(0), tmp);
        assertThat(population.code()).as(population.toString()).isZero();
        CliRun simulate = run(commands.get(1), tmp);
        assertThat(simulate.code()).as(simulate.toString()).isZero();
        Path report = SAMPLE.resolve("report.txt");
        if (Boolean.getBoolean("minzheng.golden.update")) {
            Files.writeString(report, simulate.out(), StandardCharsets.UTF_8);
            Files.copy(
                    tmp.resolve("simulation-chart.png"),
                    DocQuotes.ROOT.resolve("docs/simulation-chart.png"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        assertThat(simulate.out()).isEqualTo(Files.readString(report, StandardCharsets.UTF_8));
        assertThat(tmp.resolve("simulation-chart.png")).isRegularFile();
    }

    /** Runs a command of the page: repository paths seen from the examples module, output files in {@code tmp}. */
    static CliRun run(String command, Path tmp) {
        String[] args = Arrays.stream(command.substring("minzheng ".length()).split(" "))
                .map(w -> w.startsWith("examples/")
                        ? DocQuotes.ROOT.resolve(w).toString()
                        : w.equals("population.jsonl") || w.equals("simulation-chart.png")
                                ? tmp.resolve(w).toString()
                                : w)
                .toArray(String[]::new);
        return CliRun.of(args);
    }
}
