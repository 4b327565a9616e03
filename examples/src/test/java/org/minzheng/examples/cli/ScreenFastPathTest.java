package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.MinzhengVersion;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;

/**
 * {@code minzheng screen}'s fast path (issue 18: a streaming reader, decisions written as bytes,
 * a pipeline over the cores) changes nothing a user sees: the same bytes on stdout, the same
 * reports on stderr, the same summary, line for line, as before it.
 *
 * <p>{@code screen/mixed.jsonl} holds generated households and every kind of bad line the command
 * documents (a byte-order mark, CRLF ends, blank and ideographic-space lines, duplicates, unknown
 * fields, personal ids, mistyped and missing envelope fields, regions and dates out of range,
 * malformed JSON, trailing tokens, a byte that is not UTF-8, fractions, overflowing amounts, facts
 * that fail validation, a list beyond the limit, bare and wrapped lines in any field order). Its
 * {@code .expected} files are the output of the command before the fast path (commit 9950865),
 * with the library version and the policy fingerprint (which hashes the version) masked.
 */
class ScreenFastPathTest {

    private static final Path MIXED = Fixtures.resource("screen/mixed.jsonl");

    private static final CaseRunner RUNNER = CaseRunner.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
    private static final ScreenCommand.Screening SCREENING = new ScreenCommand.Screening(
            RUNNER,
            RUNNER.programs().find(ScreenCommand.PROGRAM).orElseThrow(),
            RUNNER.book(),
            RegionCode.of("330500"),
            LocalDate.of(2025, 3, 1));

    private static String mask(String out) {
        return out.replace(MinzhengVersion.libraryVersion(), "${version}")
                .replaceAll("\"policyFingerprint\":\"[0-9a-f]{64}\"", "\"policyFingerprint\":\"\\${fingerprint}\"");
    }

    private static String withoutRate(String err) {
        return String.join(
                "",
                err.lines()
                        .filter(l -> !l.contains("households/s"))
                        .map(l -> l + "\n")
                        .toList());
    }

    @Test
    void aMixedFile_givesTheSameStdoutStderrAndExitCodeAsBeforeTheFastPath() throws IOException {
        CliRun r = CliRun.of("screen", s(MIXED), "--region", "330500", "--date", "2025-03-01");
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(mask(r.out())).isEqualTo(Files.readString(Fixtures.resource("screen/mixed.expected.jsonl")));
        assertThat(withoutRate(r.err())).isEqualTo(Files.readString(Fixtures.resource("screen/mixed.expected.err")));
        assertThat(r.err()).contains("screened 82 lines: 49 decided, 33 rejected");
    }

    @Test
    void everyLine_theStreamingAndTheTreePathsAgree_andEveryGoodLineTakesTheStreamingPath() throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream(Files.readAllBytes(MIXED)));
        int decided = 0;
        int fast = 0;
        while (lines.advance()) {
            byte[] b = java.util.Arrays.copyOfRange(lines.bytes(), lines.start(), lines.end());
            Object viaBytes = outcome(() -> SCREENING.screen(b, 0, b.length, lines.number()));
            String text;
            try {
                text = Json.decodeUtf8(b, "$");
            } catch (InvalidInputException e) {
                assertThat(viaBytes).isEqualTo(e.violations());
                continue;
            }
            Object viaTree = text.isBlank() ? null : outcome(() -> SCREENING.screen(text, lines.number()));
            assertThat(viaBytes).as("line %d", lines.number()).isEqualTo(viaTree);
            if (viaTree instanceof String) {
                decided++;
                if (SCREENING.fast(b, 0, b.length, lines.number()) != null) {
                    fast++;
                }
            }
        }
        assertThat(decided).isEqualTo(49);
        assertThat(fast).isEqualTo(decided);
    }

    /**
     * A generated population marks every line {@code "synthetic": true}, which the streaming path
     * did not know: every such line went the tree way (issue 18, session 7). Now each takes the
     * streaming path and gives the tree path's bytes; a {@code synthetic} that is not a boolean
     * still goes the tree way, which answers as before.
     */
    @Test
    void aGeneratedPopulation_takesTheStreamingPath_andAgreesWithTheTreePath(@TempDir Path dir) throws IOException {
        Path pop = dir.resolve("pop.jsonl");
        CliRun gen = CliRun.of("population", "--size", "300", "--seed", "7", "--region", "330502", "--out", s(pop));
        assertThat(gen.code()).isEqualTo(Main.OK);
        List<String> lines = new ArrayList<>(Files.readAllLines(pop, StandardCharsets.UTF_8));
        assertThat(lines).hasSize(300).allMatch(l -> l.contains("\"synthetic\":true"));
        String first = lines.get(0);
        lines.add(first.replace("\"synthetic\":true", "\"synthetic\":false"));
        lines.add(first.replace("\"synthetic\":true", "\"synthetic\":null"));
        int goodLines = lines.size();
        lines.add(first.replace("\"synthetic\":true", "\"synthetic\":\"yes\""));
        lines.add(first.replace("\"synthetic\":true", "\"synthetic\":1"));
        lines.add(first.replace("\"synthetic\":true", "\"synthetic\":{\"a\":[1]}"));
        lines.add(first.replace("\"synthetic\":true", "\"synthetic\":true,\"synthetic\":true"));
        int fast = 0;
        for (int i = 0; i < lines.size(); i++) {
            byte[] b = lines.get(i).getBytes(StandardCharsets.UTF_8);
            long no = i + 1;
            Object viaBytes = outcome(() -> SCREENING.screen(b, 0, b.length, no));
            String text = lines.get(i);
            Object viaTree = outcome(() -> SCREENING.screen(text, no));
            assertThat(viaBytes).as("line %d", no).isEqualTo(viaTree);
            if (SCREENING.fast(b, 0, b.length, no) != null) {
                fast++;
                assertThat(i).as("line %d", no).isLessThan(goodLines);
            }
        }
        assertThat(fast).isEqualTo(goodLines);
    }

    @Test
    void theWrittenFingerprint_isTheDecisionsOwn() throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream(Files.readAllBytes(MIXED)));
        int checked = 0;
        while (lines.advance()) {
            byte[] b = java.util.Arrays.copyOfRange(lines.bytes(), lines.start(), lines.end());
            ScreenCommand.Screened r = SCREENING.fast(b, 0, b.length, lines.number());
            if (r != null) {
                JsonNode written = Json.readTree(Json.compact(r), "$");
                assertThat(written.get("decision").get("policyFingerprint").asText())
                        .isEqualTo(r.decision().policyFingerprint());
                checked++;
            }
        }
        assertThat(checked).isEqualTo(49);
    }

    @Test
    void manyBatches_withBadLinesAtTheirEdges_keepInputOrder(@TempDir Path dir) throws IOException {
        int n = 3 * ScreenPipeline.BATCH_LINES + 7;
        List<Integer> bad = new ArrayList<>();
        StringBuilder sb = new StringBuilder();
        for (int i = 1; i <= n; i++) {
            boolean isBad = i % ScreenPipeline.BATCH_LINES <= 1 || i % 97 == 0;
            if (isBad) {
                bad.add(i);
                sb.append("{\"id\": \"b-")
                        .append(i)
                        .append("\", \"region\": \"330500\", \"date\": \"2024-12-31\", \"facts\": []}\n");
            } else {
                sb.append(ScreenCommandTest.wrapped("h-" + i, "330500", "2024-12-31", ScreenCommandTest.DIBAO_FACTS))
                        .append('\n');
            }
        }
        Path in = dir.resolve("many.jsonl");
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("screen", s(in));
        assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
        List<String> out = r.out().lines().toList();
        assertThat(out).hasSize(n - bad.size());
        int k = 0;
        for (int i = 1; i <= n; i++) {
            if (!bad.contains(i)) {
                assertThat(out.get(k++)).startsWith("{\"id\":\"h-" + i + "\",\"line\":" + i + ",");
            }
        }
        List<String> rejected = r.err()
                .lines()
                .filter(l -> l.endsWith("rejected (1 violation):"))
                .toList();
        assertThat(rejected).hasSize(bad.size());
        for (int j = 0; j < bad.size(); j++) {
            assertThat(rejected.get(j)).isEqualTo("minzheng: line " + bad.get(j) + ": rejected (1 violation):");
        }
        assertThat(r.err())
                .contains("screened " + n + " lines: " + (n - bad.size()) + " decided, " + bad.size() + " rejected");
    }

    /**
     * The workers keep the last line's region and date with what they resolved to, and compare the
     * next line's with them (issue 18, session 10). Lines that repeat, change and come back to a
     * region or a date — a region of the same length that differs by a digit, one not in the table,
     * one malformed, a date out of range, a line without a date after one that gives the default
     * date — each give the tree path's answer, in any order.
     */
    @Test
    void linesThatRepeatAndChangeTheirRegionAndDate_agreeWithTheTreePath(@TempDir Path dir) throws IOException {
        Path pop = dir.resolve("pop.jsonl");
        CliRun gen = CliRun.of("population", "--size", "6", "--seed", "11", "--region", "330502", "--out", s(pop));
        assertThat(gen.code()).isEqualTo(Main.OK);
        List<String> base = Files.readAllLines(pop, StandardCharsets.UTF_8);
        String[] regions = {"330502", "330502", "330503", "330500", "330501", "999999", "33050", "3305021", "000000"};
        String[] dates = {"2025-01-01", "2025-01-01", "2025-03-01", "2024-06-30", "1800-01-01", null};
        ScreenCommand.Screening screening = new ScreenCommand.Screening(
                RUNNER,
                RUNNER.programs().find(ScreenCommand.PROGRAM).orElseThrow(),
                RUNNER.book(),
                RegionCode.of("330500"),
                LocalDate.of(2025, 3, 1));
        java.util.Random random = new java.util.Random(18);
        int fast = 0;
        int decided = 0;
        for (int i = 0; i < 400; i++) {
            String line = base.get(i % base.size());
            String region = regions[random.nextInt(regions.length)];
            String date = dates[random.nextInt(dates.length)];
            line = line.replaceFirst("\"region\":\"[0-9]+\"", "\"region\":\"" + region + "\"");
            line = date == null
                    ? line.replaceFirst("\"date\":\"[0-9-]+\",", "")
                    : line.replaceFirst("\"date\":\"[0-9-]+\"", "\"date\":\"" + date + "\"");
            byte[] b = line.getBytes(StandardCharsets.UTF_8);
            long no = i + 1;
            Object viaBytes = outcome(() -> screening.screen(b, 0, b.length, no));
            String text = line;
            Object viaTree = outcome(() -> screening.screen(text, no));
            assertThat(viaBytes).as("line %d: %s %s", no, region, date).isEqualTo(viaTree);
            if (viaTree instanceof String) {
                decided++;
                if (screening.fast(b, 0, b.length, no) != null) {
                    fast++;
                }
            }
        }
        assertThat(decided).isGreaterThan(100);
        assertThat(fast).isEqualTo(decided);
    }

    /** A line's outcome: its compact JSON, its violations, or null if blank. */
    private static Object outcome(java.util.function.Supplier<ScreenCommand.Screened> screen) {
        try {
            ScreenCommand.Screened r = screen.get();
            return r == null ? null : Json.compact(r);
        } catch (InvalidInputException e) {
            return e.violations();
        }
    }
}
