package org.minzheng.examples.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.simulation.HouseholdComparison;
import org.minzheng.eligibility.simulation.HouseholdLine;
import org.minzheng.eligibility.simulation.Simulation;
import org.minzheng.eligibility.simulation.SimulationSummary;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import org.minzheng.examples.simulation.SimulationChart;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng simulate}: what a policy change would do to a population. Every household of a
 * JSON Lines file (the lines {@code minzheng screen} reads) is decided twice — with the baseline book
 * (the shipped data, the illustrative overlay with {@code --illustrative}, and {@code --pack}
 * overlays) and with the same book plus the reform pack ({@code --reform}) on top — and the
 * differences are counted ({@link SimulationSummary}). Streaming, one line at a time: memory is
 * bounded whatever the file's size.
 *
 * <p>The report goes to standard output in plain labelled lines (English by default, {@code --lang zh}
 * for Chinese). A bad line is reported on stderr with its line number and every violation's path, never
 * the input's values, and counted as rejected; the rest go on. {@code --out} writes one line per household
 * with both decisions per program ({@link HouseholdComparison#toJsonLine()}); {@code --summary-json} the
 * summary as JSON ({@link SimulationSummary#toJson()}); {@code --chart} a PNG of the gains by income band
 * and the change in monthly cost. Timing goes to stderr, so standard output is the same for the same input.
 * Exit code 2 if any line was rejected, 1 if one failed inside, else 0.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "What-if: decide every household of a JSON Lines file twice, with the baseline policy data and with a reform pack on top,",
            "and report who becomes eligible or stops, the monthly cost to the fen, who gains and who loses (by household size and income band),",
            "and the keys the reform changed. Lines as for screen. Bad lines go to stderr with their line number and path; exit 2 if any."
        })
final class SimulateCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(
            index = "0",
            paramLabel = "POPULATION.jsonl",
            description = "households, one per line; '-' reads standard input")
    Path file;

    @Option(
            names = "--reform",
            required = true,
            paramLabel = "PACK.yaml",
            description = "the reform: a pack file loaded on top of the baseline as an overlay")
    Path reform;

    @Option(
            names = "--region",
            paramLabel = "CODE",
            description = "region of lines that do not give one, such as 330500")
    String region;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "decision date of lines that do not give one")
    LocalDate date;

    @Option(
            names = "--programs",
            paramLabel = "ID",
            split = ",",
            description =
                    "programs to compare, in order (default: dibao,low-income-edge; also assistance-screening, rigid-expenditure)")
    List<String> programs = new ArrayList<>(Simulation.DEFAULT_PROGRAMS);

    @Option(
            names = "--illustrative",
            description =
                    "add the illustrative overlay to both books (placeholder values for the examples; not policy)")
    boolean illustrative;

    @Option(
            names = "--pack",
            paramLabel = "FILE",
            split = ",",
            description = "add a pack file of your own to both books as an overlay; repeatable")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--out", paramLabel = "FILE", description = "write one JSON line per household to FILE")
    Path out;

    @Option(names = "--summary-json", paramLabel = "FILE", description = "write the summary as JSON to FILE")
    Path summaryJson;

    @Option(
            names = "--chart",
            paramLabel = "FILE.png",
            description = "draw the gains by income band and the cost change to a PNG")
    Path chart;

    @Override
    public Integer call() throws IOException {
        Session s = main.session();
        PolicyBook baseline = s.book(illustrative, packs);
        List<PolicySource> withReform = new ArrayList<>();
        for (Path p : packs) {
            withReform.add(Session.policySource(p));
        }
        withReform.add(Session.policySource(reform));
        PolicyBook reformed = IllustrativeOverlay.book(illustrative, withReform);
        Simulation simulation;
        try {
            simulation = Simulation.of(s.programs(), baseline, reformed, programs);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--programs: " + e.getMessage());
        }
        RegionCode defaultRegion = Session.regionOption(region, baseline);
        Session.checkDateOption(date);
        boolean stdin = Session.checkLinesFile(file);
        SimulationSummary summary = SimulationSummary.empty(simulation.programIds());
        long failed = 0;
        long started = System.nanoTime();
        long lineNo = 0;
        try (InputStream input = stdin ? System.in : Files.newInputStream(file);
                Writer w = out == null ? Writer.nullWriter() : open(out)) {
            JsonLines lines = new JsonLines(input);
            JsonLines.Line line;
            while ((line = lines.next()) != null) {
                lineNo = line.number();
                if (line.error() == null && line.text().isBlank()) {
                    continue;
                }
                try {
                    if (line.error() != null) {
                        throw line.error();
                    }
                    HouseholdComparison c =
                            HouseholdLine.read(line.text(), defaultRegion, date).compare(simulation);
                    if (out != null) {
                        w.write(c.toJsonLine());
                        w.write('\n');
                    }
                    summary.add(c);
                } catch (InvalidInputException e) {
                    summary.rejected();
                    List<Violation> vs = e.violations();
                    s.err.println(MaskedText.scrub("minzheng: line " + lineNo + ": rejected (" + vs.size()
                            + (vs.size() == 1 ? " violation" : " violations") + "):"));
                    for (String l : s.violationLines("  line " + lineNo + ": ", vs)) {
                        s.err.println(MaskedText.scrub(l));
                    }
                    s.err.flush();
                } catch (RuntimeException | StackOverflowError e) {
                    // never let one line stop the run: report it and go on
                    failed++;
                    s.err.println("minzheng: line " + lineNo + ": internal error ("
                            + e.getClass().getName() + "), not decided; the rest go on");
                    s.err.flush();
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file + ": cannot read or write after line " + lineNo + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        s.out.print(summary.render(s.lang));
        s.out.flush();
        if (summaryJson != null) {
            writeText(summaryJson, summary.toJson() + "\n");
        }
        if (chart != null) {
            try (OutputStream o = Files.newOutputStream(chart)) {
                SimulationChart.write(summary, s.lang, o);
            } catch (IOException e) {
                throw new BadInputException(
                        chart + ": cannot write: " + e.getClass().getSimpleName());
            }
        }
        s.err.println(String.format(
                Locale.ROOT,
                "simulated %d households in %.2f s, %.1f households/s%s",
                summary.decided(),
                seconds,
                seconds > 0 ? summary.decided() / seconds : 0,
                failed == 0 ? "" : "; " + failed + " internal errors"));
        s.err.flush();
        return failed > 0 ? Main.FAILED : summary.rejectedCount() > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private static Writer open(Path p) {
        try {
            return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(p + ": cannot write: " + e.getClass().getSimpleName());
        }
    }

    private static void writeText(Path p, String text) {
        try {
            Files.writeString(p, text, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new BadInputException(p + ": cannot write: " + e.getClass().getSimpleName());
        }
    }
}
