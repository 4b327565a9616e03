package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The malformed-input campaign (issue 14): every mutant of {@link MalformedCases} over the 25
 * programs' example cases, decided by the command line as an integrator would run it. Each must
 * end in exit 2 with nothing on stdout, no stack trace on stderr, every problem named with a
 * path, and none of the personal data the mutant carries on stderr. The counts (tried / exit 2 /
 * exit 1 / exit 0) are written to {@code target/malformed-campaign.txt}.
 */
class MalformedCampaignTest {

    @Test
    void everyMalformedCaseFile_isRejectedWithExit2_pathsOnly_noPersonalData(@TempDir Path dir) throws IOException {
        List<MalformedCases.Mutant> mutants = MalformedCases.all(Fixtures.CASES);
        int[] byExit = new int[3];
        TreeMap<Integer, int[]> byItem = new TreeMap<>();
        List<String> failures = new ArrayList<>();
        int n = 0;
        for (MalformedCases.Mutant m : mutants) {
            Path f = dir.resolve("case-" + (n++) + ".json");
            Files.write(f, m.bytes());
            CliRun r = runWithin(f, 60);
            int code = Math.min(Math.max(r.code(), 0), 2);
            byExit[code]++;
            byItem.computeIfAbsent(m.item(), k -> new int[3])[code]++;
            List<String> wrong = RejectionChecks.problems(r, m.secrets());
            if (!wrong.isEmpty()) {
                failures.add(m.name() + ": " + wrong + "\n" + truncate(r.err()));
            }
            Files.delete(f);
        }
        if (Boolean.getBoolean("minzheng.corpus.update")) {
            writeCorpus(mutants);
        }
        StringBuilder report = new StringBuilder();
        report.append(String.format(
                Locale.ROOT,
                "tried %d, exit 2: %d, exit 1: %d, exit 0: %d%n",
                mutants.size(),
                byExit[2],
                byExit[1],
                byExit[0]));
        byItem.forEach((item, c) -> report.append(String.format(
                Locale.ROOT, "  item %2d: exit 2: %d, exit 1: %d, exit 0: %d%n", item, c[2], c[1], c[0])));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "malformed-campaign.txt"), report + String.join("\n", failures));
        System.out.print("malformed-input campaign: " + report);
        assertThat(mutants.size()).isGreaterThan(900);
        assertThat(failures).as(report.toString()).isEmpty();
    }

    /** The committed fuzz corpus of {@link InputFuzzTest#caseFile}, and the CLI corpus of {@link MalformedCorpusTest}. */
    static final Path CORPUS = Path.of("src/test/resources/org/minzheng/examples/cli/InputFuzzTestInputs/caseFile");

    /**
     * Writes the example cases and every mutant of at most 64 KiB to the corpus
     * ({@code -Dminzheng.corpus.update=true}; review the diff).
     */
    private static void writeCorpus(List<MalformedCases.Mutant> mutants) throws IOException {
        Files.createDirectories(CORPUS);
        for (Path p : MalformedCases.exampleCases(Fixtures.CASES)) {
            Files.copy(
                    p,
                    CORPUS.resolve(
                            "example-" + Fixtures.CASES.relativize(p).toString().replace('/', '-')),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        for (MalformedCases.Mutant m : mutants) {
            if (m.bytes().length <= 64 * 1024) {
                String name = "malformed-" + m.name().replace(".json", "").replaceAll("[^A-Za-z0-9-]+", "-");
                Files.write(CORPUS.resolve(name), m.bytes());
            }
        }
    }

    /** Runs {@code decide FILE}; a run that does not end within the time counts as exit 1 ("hung"). */
    private static CliRun runWithin(Path f, int seconds) {
        java.util.concurrent.ExecutorService ex = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "campaign");
            t.setDaemon(true);
            return t;
        });
        try {
            return ex.submit(() -> CliRun.of("decide", f.toString()))
                    .get(seconds, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.TimeoutException e) {
            return new CliRun(1, "", "hung: no result within " + seconds + " s");
        } catch (InterruptedException | java.util.concurrent.ExecutionException e) {
            return new CliRun(1, "", "campaign error: " + e);
        } finally {
            ex.shutdownNow();
        }
    }

    private static String truncate(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }
}
