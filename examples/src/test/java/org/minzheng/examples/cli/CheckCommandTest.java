package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.cases.CaseChecker;

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

    /**
     * Issue 14: {@code check}'s diff masks like decisions do. An expectation that names a person
     * (in a {@code name} field, or a bare name elsewhere) and identity numbers (valid, ID-shaped,
     * the old 15 digits, as text, as a number, as a field name, inside a list) shows them masked:
     * a name keeps its first character, a number its first and last four.
     */
    @Test
    void aDiffOfPersonalData_isMaskedLikeDecisions(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.BELOW, dir.resolve("below.json"));
        Files.writeString(dir.resolve("below.expected.json"), """
                {"pack": "official", "outcome": "ELIGIBLE",
                 "result": {"applicant": {"name": "欧阳娜娜", "idNumber": "%s"},
                            "monthlyAmount": "张三丰",
                            "countedMembers": 110105194912310021,
                            "household": ["%s", "110105491231002"],
                            "%s": "below"}}
                """.formatted(Fixtures.FULL_ID, Fixtures.FULL_ID, Fixtures.FULL_ID), StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", s(dir));
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).contains("FAIL below")
                .containsPattern("result\\.applicant +\\{\"name\":\"欧\\*\\*\\*\",\"idNumber\":\"1101\\*{10}002X\"\\} +\\(absent\\)")
                .containsPattern("result\\.monthlyAmount +\"张\\*\\*\" +\"1435\\.00\"")
                .containsPattern("result\\.countedMembers +1101\\*{10}0021 +3")
                .contains("[\"1101**********002X\",\"1101*******1002\"]")
                .doesNotContain(Fixtures.FULL_ID, "110105194912310021", "110105491231002", "欧阳娜娜", "张三丰", "阳娜");
        assertThat(r.lastLine()).isEqualTo("0 passed, 1 failed");
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
