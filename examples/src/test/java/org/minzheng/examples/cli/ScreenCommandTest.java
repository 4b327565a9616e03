package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.simulation.HouseholdLine;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

class ScreenCommandTest {

    /** A family of three on 2000.00 of wages: below Huzhou's dibao standard. */
    static final String DIBAO_FACTS = """
            {"household": {"members": [{"relation": "APPLICANT", "birthDate": "1980-06-15"},
            {"relation": "SPOUSE", "birthDate": "1982-06-15"}, {"relation": "CHILD", "birthDate": "2012-06-15"}],
            "incomes": [{"member": 0, "category": "WAGES", "amount": "2000.00"}]}}""".replace("\n", " ");

    /** Income fell from 9000.00 to 6000.00 a month. */
    static final String DROP_FACTS = """
            {"household": {"members": [{"relation": "APPLICANT", "birthDate": "1980-06-15"},
            {"relation": "SPOUSE", "birthDate": "1982-06-15"}, {"relation": "CHILD", "birthDate": "2012-06-15"}],
            "incomes": [{"member": 0, "category": "WAGES", "amount": "6000.00"}]}, "previousMonthlyIncome": "9000.00"}""".replace("\n", " ");

    /** The grandmother's identity number is valid and must never be printed. */
    static final String WITH_ID_FACTS = """
            {"household": {"members": [{"relation": "APPLICANT", "birthDate": "1978-10-02"},
            {"relation": "PARENT", "idNumber": "%s", "birthDate": "1949-12-31"}],
            "incomes": [{"member": 0, "category": "WAGES", "amount": "1500.00"}]}}""".formatted(Fixtures.FULL_ID).replace("\n", " ");

    /** No birth date, a name the facts do not know, and a valid identity number. */
    static final String BAD_FACTS = """
            {"household": {"members": [{"relation": "APPLICANT", "name": "王秀英", "idNumber": "%s"}]}}""".formatted(Fixtures.FULL_ID).replace("\n", " ");

    static String wrapped(String id, String region, String date, String facts) {
        return "{\"id\": \"" + id + "\", \"region\": \"" + region + "\", \"date\": \"" + date + "\", \"facts\": "
                + facts + "}";
    }

    static Path write(Path dir, String... lines) throws IOException {
        Path f = dir.resolve("households.jsonl");
        Files.writeString(f, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
        return f;
    }

    static String expected(PolicyBook book, String region, String date, String facts) {
        CaseRunner runner = CaseRunner.of(ProgramRegistry.loadDefault(), book);
        return Json.compact(runner.decide(new CaseFile(
                "assistance-screening", RegionCode.of(region), LocalDate.parse(date), Json.readTree(facts, "$"))));
    }

    @Test
    void wrappedAndBareLines_streamOneDecisionEach_identicalToTheLibrary(@TempDir Path dir) throws IOException {
        Path in = write(
                dir,
                wrapped("h-001", "330500", "2024-12-31", DIBAO_FACTS),
                DROP_FACTS,
                wrapped("h-003", "330503", "2025-03-01", DROP_FACTS));
        CliRun r = CliRun.of("screen", s(in), "--region", "330500", "--date", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(3);
        PolicyBook book = PolicyBook.loadDefault();
        assertThat(lines.get(0))
                .isEqualTo("{\"id\":\"h-001\",\"line\":1,\"decision\":"
                        + expected(book, "330500", "2024-12-31", DIBAO_FACTS) + "}");
        // a bare line takes --region and --date and has no id
        assertThat(lines.get(1))
                .isEqualTo("{\"line\":2,\"decision\":" + expected(book, "330500", "2024-12-31", DROP_FACTS) + "}");
        // the line's own region and date win over the options
        JsonNode third = Json.readTree(lines.get(2), "$");
        assertThat(third.get("decision").get("region").asText()).isEqualTo("330503");
        assertThat(third.get("decision").get("date").asText()).isEqualTo("2025-03-01");
        assertThat(Json.readTree(lines.get(0), "$")
                        .get("decision")
                        .get("result")
                        .get("primary")
                        .asText())
                .isEqualTo("dibao");
        assertThat(r.err())
                .contains("screened 3 lines: 3 decided, 0 rejected")
                .contains("households/s")
                .contains("PRIMARY PROGRAM")
                .contains("OUTCOME")
                .contains("SIGNAL RAISED");
        assertThat(r.err())
                .containsPattern("\ndibao +1\n")
                .containsPattern("\n\\(none\\) +2\n")
                .containsPattern("\nELIGIBLE +1\n")
                .containsPattern("\nINCOME_DROP +0\n")
                // the official data has no local warning thresholds
                .containsPattern("\nscreening.alert.income-drop +2\n");
        assertThat(CliRun.of("screen", s(in), "--region", "330500", "--date", "2024-12-31")
                        .out())
                .isEqualTo(r.out());
    }

    @Test
    void illustrative_raisesTheIncomeDropSignal_andTheSummaryCountsIt(@TempDir Path dir) throws IOException {
        Path in = write(dir, DROP_FACTS, DIBAO_FACTS);
        CliRun r = CliRun.of("screen", s(in), "--illustrative", "--region", "330500", "--date", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines.get(0))
                .isEqualTo("{\"line\":1,\"decision\":"
                        + expected(IllustrativeOverlay.book(), "330500", "2024-12-31", DROP_FACTS) + "}");
        assertThat(Json.readTree(lines.get(0), "$")
                        .get("decision")
                        .get("outcome")
                        .asText())
                .isEqualTo("NEEDS_REVIEW");
        assertThat(r.err())
                .containsPattern("\nINCOME_DROP +1\n")
                .containsPattern("\nNEEDS_REVIEW +1\n")
                .containsPattern("\ndibao +1\n")
                .doesNotContain("PARAMETER NOT CONFIGURED");
    }

    @Test
    void aBadLine_isReportedWithItsNumberAndPath_countedAsRejected_andTheRestIsDecided(@TempDir Path dir)
            throws IOException {
        Path in = write(
                dir,
                wrapped("h-001", "330500", "2024-12-31", DIBAO_FACTS),
                wrapped("h-002", "330500", "2024-12-31", BAD_FACTS),
                "{\"household\": ",
                "",
                BAD_FACTS,
                wrapped("h-006", "330500", "2024-12-31", DIBAO_FACTS));
        CliRun r = CliRun.of("screen", s(in), "--region", "330500", "--date", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(lines.get(0)).startsWith("{\"id\":\"h-001\",\"line\":1,");
        assertThat(lines.get(1)).startsWith("{\"id\":\"h-006\",\"line\":6,");
        assertThat(r.err())
                .contains("minzheng: line 2: rejected (2 violations):")
                .contains("line 2: facts.household.members[0].name: is not a known field [json.unknown-field]")
                .contains("line 2: facts.household.members[0].birthDate: is required [NotNull]")
                .contains("line 3: $: is not well-formed JSON (line 1, column 15) [json.malformed]")
                // a bare line's paths are relative to the line
                .contains("line 5: household.members[0].name: is not a known field [json.unknown-field]")
                .doesNotContain("line 4:")
                .contains("screened 5 lines: 2 decided, 3 rejected");
    }

    @Test
    void personalData_neverReachesStdoutOrStderr(@TempDir Path dir) throws IOException {
        String badButNamed = "{\"household\": {\"members\": [{\"relation\": \"APPLICANT\", \"idNumber\": \""
                + Fixtures.FULL_ID + "\"}]}}";
        Path in = write(
                dir,
                WITH_ID_FACTS,
                BAD_FACTS,
                badButNamed,
                wrapped(Fixtures.FULL_ID, "330500", "2024-12-31", DIBAO_FACTS));
        CliRun r = CliRun.of("screen", s(in), "--region", "330500", "--date", "2024-12-31", "--lang", "zh");
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out().lines().toList()).hasSize(1);
        assertThat(r.err())
                .contains("line 3: household.members[0].birthDate")
                .contains("line 4: id: must not carry an identity number");
        assertThat(r.out() + r.err())
                .doesNotContain(Fixtures.FULL_ID)
                .doesNotContain("王秀英")
                .doesNotContain("19491231");
    }

    @Test
    void regionAndDate_areRequiredOnTheLineOrAsOptions(@TempDir Path dir) throws IOException {
        Path in = write(
                dir,
                DIBAO_FACTS,
                "{\"region\": \"330500\", \"facts\": " + DIBAO_FACTS + "}",
                wrapped("x", "999999", "2024-12-31", DIBAO_FACTS),
                "{\"program\": \"dibao\", \"facts\": " + DIBAO_FACTS + ", \"note\": 1}");
        CliRun r = CliRun.of("screen", s(in));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("line 1: region: is required: give it on the line or with --region")
                .contains("line 1: date: is required: give it on the line or with --date")
                .contains("line 2: date: is required")
                .doesNotContain("line 2: region")
                .contains("line 3: region: names a region that is not in the policy data [case.unknown-region]")
                .contains("line 4: note: is not a known field")
                .contains("line 4: program: must be assistance-screening or absent")
                .contains("screened 4 lines: 0 decided, 4 rejected");
        CliRun badOption = CliRun.of("screen", s(in), "--region", "999999");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err())
                .contains("--region: not a region in the policy data")
                .doesNotContain("999999");
        assertThat(CliRun.of("screen", s(dir.resolve("missing.jsonl"))).err()).contains("missing.jsonl: no such file");
    }

    @Test
    void out_writesTheDecisionsToAFile_andNothingToStdout(@TempDir Path dir) throws IOException {
        Path in = write(dir, DIBAO_FACTS, DROP_FACTS);
        Path out = dir.resolve("decisions.jsonl");
        CliRun r = CliRun.of("screen", s(in), "--region", "330500", "--date", "2024-12-31", "--out", s(out));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).isEmpty();
        assertThat(Files.readAllLines(out, StandardCharsets.UTF_8))
                .hasSize(2)
                .isEqualTo(CliRun.of("screen", s(in), "--region", "330500", "--date", "2024-12-31")
                        .out()
                        .lines()
                        .toList());
    }

    @Test
    void manyHouseholds_streamInInputOrder(@TempDir Path dir) throws IOException {
        StringBuilder sb = new StringBuilder();
        int n = 400;
        for (int i = 1; i <= n; i++) {
            sb.append(wrapped("h-" + i, "330500", "2024-12-31", i % 2 == 0 ? DIBAO_FACTS : DROP_FACTS))
                    .append('\n');
        }
        Path in = dir.resolve("many.jsonl");
        Files.writeString(in, sb, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("screen", s(in));
        assertThat(r.code()).as(r.err()).isZero();
        List<String> lines = r.out().lines().toList();
        assertThat(lines).hasSize(n);
        for (int i = 0; i < n; i++) {
            assertThat(lines.get(i)).startsWith("{\"id\":\"h-" + (i + 1) + "\",\"line\":" + (i + 1) + ",");
        }
        assertThat(r.err()).containsPattern("\ndibao +" + n / 2 + "\n");
    }

    @Test
    void relativePaths_dropTheFactsPrefixOfABareLine() {
        assertThat(relativePath("facts.household.members[0]")).isEqualTo("household.members[0]");
        assertThat(relativePath("facts")).isEqualTo("$");
        assertThat(relativePath("$")).isEqualTo("$");
        assertThat(relativePath("factsheet")).isEqualTo("factsheet");
    }

    /** The path {@link HouseholdLine#relative} gives a violation found at {@code path}. */
    private static String relativePath(String path) {
        return HouseholdLine.relative(new org.minzheng.core.validation.Violation(path, "c", "z", "e"))
                .path();
    }
}
