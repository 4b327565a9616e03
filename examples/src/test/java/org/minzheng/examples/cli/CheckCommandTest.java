package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.examples.cases.CaseChecker;

class CheckCommandTest {

    @Test
    void shippedExamples_allPass() throws IOException {
        int cases = CaseChecker.discover(Fixtures.CASES).size();
        CliRun r = CliRun.of("check", s(Fixtures.CASES));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).startsWith("CASE ").containsPattern(
                "dibao/huzhou-2024-family-of-three-below-standard +dibao +official +ELIGIBLE +ELIGIBLE +PASS");
        assertThat(r.lastLine()).isEqualTo(cases + " passed, 0 failed");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void aWrongExpectation_failsWithAReadableDiff(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.BELOW, dir.resolve("below.json"));
        Files.writeString(dir.resolve("below.expected.json"), """
                {"pack": "official", "outcome": "INELIGIBLE",
                 "result": {"monthlyAmount": "1434.00", "countedMembers": 3},
                 "rules": {"dibao.income-below-standard": "NOT_MET", "dibao.no-such-rule": "MET"},
                 "missingParameters": ["dibao.asset.financial-months"]}
                """, StandardCharsets.UTF_8);
        Files.copy(Fixtures.EQUAL, dir.resolve("equal.json"));
        Files.copy(Fixtures.EQUAL.resolveSibling("huzhou-2024-income-equal-to-standard.expected.json"),
                dir.resolve("equal.expected.json"));
        CliRun r = CliRun.of("check", s(dir));
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).containsPattern("below +dibao +official +INELIGIBLE +ELIGIBLE +FAIL")
                .containsPattern("equal +dibao +official +INELIGIBLE +INELIGIBLE +PASS")
                .contains("FAIL below")
                .containsPattern("outcome +INELIGIBLE +ELIGIBLE")
                .containsPattern("result\\.monthlyAmount +\"1434\\.00\" +\"1435\\.00\"")
                .containsPattern("rules\\.dibao\\.income-below-standard +NOT_MET +MET")
                .containsPattern("rules\\.dibao\\.no-such-rule +MET +\\(not recorded\\)")
                .containsPattern("missingParameters +\\[dibao\\.asset\\.financial-months\\] +\\[\\]");
        assertThat(r.lastLine()).isEqualTo("1 passed, 1 failed");
    }

    @Test
    void aCaseWithoutExpectation_orAnInvalidCase_fails(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.BELOW, dir.resolve("orphan.json"));
        Files.writeString(dir.resolve("invalid.json"), "{\"program\": \"dibao\", \"region\": \"330500\", \"date\": \"2024-12-31\","
                + " \"facts\": {\"members\": []}}");
        Files.writeString(dir.resolve("invalid.expected.json"), "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\"}");
        CliRun r = CliRun.of("check", s(dir));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).containsPattern("file +orphan\\.expected\\.json +missing")
                .containsPattern("invalid +dibao +official +ELIGIBLE +INVALID +FAIL")
                .containsPattern("input:facts\\.members +valid +must not be empty");
        assertThat(r.lastLine()).isEqualTo("0 passed, 2 failed");
    }

    @Test
    void aMissingDirectory_isBadInput() {
        CliRun r = CliRun.of("check", "no-such-dir");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("no-such-dir: no such directory");
    }

    @Test
    void aSingleCaseFile_isCheckedWithItsExpectation() {
        CliRun r = CliRun.of("check", s(Fixtures.PRISON));
        assertThat(r.code()).isZero();
        assertThat(r.lastLine()).isEqualTo("1 passed, 0 failed");
    }
}
