package org.minzheng.examples.cli;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.region.RegionCode;
import org.minzheng.examples.population.SyntheticPopulation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng population}: writes a synthetic population (合成人口) — households that are
 * <strong>not data about real people</strong> — as JSON Lines that {@code minzheng screen} and
 * {@code minzheng simulate} read, one household per line, every id starting {@code syn-synthetic-}.
 * The distributions and their sources are in {@link SyntheticPopulation}. The same size, seed,
 * region and date give a byte-identical file. With {@code --out} a progress bar is drawn on stderr
 * when there is a terminal, and a one-line note says what was written.
 */
@Command(
        name = "population",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Write a SYNTHETIC population (not real people) as JSON Lines for screen and simulate.",
            "Each line: {\"id\": \"syn-synthetic-N\", \"region\": ..., \"date\": ..., \"facts\": {\"household\": {...}}}."
                    + " Same size, seed, region and date: byte-identical output.",
            "Distributions: household size and disability from published statistics, the rest invented"
                    + " (see docs/synthetic-population.md)."
        })
final class PopulationCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Option(names = "--size", required = true, paramLabel = "N", description = "how many households (0 or more)")
    int size;

    @Option(names = "--seed", required = true, paramLabel = "S", description = "the seed (a whole number)")
    long seed;

    @Option(
            names = "--region",
            required = true,
            paramLabel = "CODE",
            description = "the region every household names, such as 330502")
    String region;

    @Option(
            names = "--date",
            paramLabel = "YYYY-MM-DD",
            description = "the decision date every household names (default: 2025-01-01)")
    LocalDate date = SyntheticPopulation.DEFAULT_DATE;

    @Option(names = "--out", paramLabel = "FILE", description = "write to FILE instead of standard output")
    Path out;

    @Override
    public Integer call() throws IOException {
        Session s = main.session();
        if (size < 0) {
            throw new BadInputException("--size: must be 0 or more");
        }
        Session.checkDateOption(date);
        PolicyBook book = s.book(false, List.of());
        RegionCode r = Session.regionOption(region, book);
        if (book.regions().find(r, date).isEmpty()) {
            throw new BadInputException("--region: not a division code on the --date given");
        }
        if (out == null) {
            SyntheticPopulation.write(s.out, size, seed, r, date);
            if (s.outputFailed()) {
                throw new OutputFailedException("cannot write the population (a full disk or a closed pipe)");
            }
            return Main.OK;
        }
        Writer w;
        try {
            w = Files.newBufferedWriter(out, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(out + ": cannot write (" + e.getClass().getSimpleName() + ")");
        }
        try (w;
                Progress progress = Progress.start("population", size)) {
            SyntheticPopulation.write(w, size, seed, r, date, progress::step);
        } catch (IOException e) {
            throw new OutputFailedException(
                    out + ": cannot write the population (" + e.getClass().getSimpleName() + ")");
        }
        s.err.println(
                "wrote " + size + " synthetic household" + (size == 1 ? "" : "s") + " (not real people) to " + out);
        s.err.flush();
        return Main.OK;
    }
}
