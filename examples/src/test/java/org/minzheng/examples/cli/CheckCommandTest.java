package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.walkthrough.Walkthrough;

class CheckCommandTest {

    @Test
    void shippedExamples_allPass() throws IOException {
        int cases = CaseChecker.discover(Fixtures.CASES).size();
        CliRun r = CliRun.of("check", s(Fixtures.CASES));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .startsWith("CASE ")
                .containsPattern(
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
        Files.copy(
                Fixtures.EQUAL.resolveSibling("huzhou-2024-income-equal-to-standard.expected.json"),
                dir.resolve("equal.expected.json"));
        CliRun r = CliRun.of("check", s(dir));
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .containsPattern("below +dibao +official +INELIGIBLE +ELIGIBLE +FAIL")
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
        Files.writeString(
                dir.resolve("below.expected.json"),
                """
                {"pack": "official", "outcome": "ELIGIBLE",
                 "result": {"applicant": {"name": "欧阳娜娜", "idNumber": "%s"},
                            "monthlyAmount": "张三丰",
                            "countedMembers": 110105194912310021,
                            "household": ["%s", "110105491231002"],
                            "%s": "below"}}
                """.formatted(Fixtures.FULL_ID, Fixtures.FULL_ID, Fixtures.FULL_ID),
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", s(dir));
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out())
                .contains("FAIL below")
                .containsPattern(
                        "result\\.applicant +\\{\"name\":\"欧\\*\\*\\*\",\"idNumber\":\"1101\\*{10}002X\"\\} +\\(absent\\)")
                .containsPattern("result\\.monthlyAmount +\"张\\*\\*\" +\"1435\\.00\"")
                .containsPattern("result\\.countedMembers +1101\\*{10}0021 +3")
                .contains("[\"1101**********002X\",\"1101*******1002\"]")
                .doesNotContain(Fixtures.FULL_ID, "110105194912310021", "110105491231002", "欧阳娜娜", "张三丰", "阳娜");
        assertThat(r.lastLine()).isEqualTo("0 passed, 1 failed");
    }

    @Test
    void aCaseWithoutExpectation_orAnInvalidCase_fails(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.BELOW, dir.resolve("orphan.json"));
        Files.writeString(
                dir.resolve("invalid.json"),
                "{\"program\": \"dibao\", \"region\": \"330500\", \"date\": \"2024-12-31\","
                        + " \"facts\": {\"members\": []}}");
        Files.writeString(dir.resolve("invalid.expected.json"), "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\"}");
        CliRun r = CliRun.of("check", s(dir));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out())
                .containsPattern("file +orphan\\.expected\\.json +missing")
                .containsPattern("invalid +dibao +official +ELIGIBLE +INVALID +FAIL")
                .containsPattern("input:facts\\.members +valid +must not be empty");
        assertThat(r.lastLine()).isEqualTo("0 passed, 2 failed");
    }

    /** Issue 15: {@code --coverage} ends with the count of declared rule outcomes the cases exercise. */
    @Test
    void coverage_countsTheDeclaredOutcomesOfTheProgramsCovered() throws IOException {
        int cases = CaseChecker.discover(Fixtures.CASES.resolve("dibao")).size();
        CliRun r = CliRun.of("check", "--coverage", s(Fixtures.CASES.resolve("dibao")));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out()).contains("\n" + cases + " passed, 0 failed\n\n");
        Program<?, ?> dibao = ProgramRegistry.loadDefault().find("dibao").orElseThrow();
        int declared = 0;
        for (Rule rule : dibao.rules()) {
            declared += rule.verdicts().size();
        }
        Matcher last =
                Pattern.compile("rule outcomes exercised: (\\d+) of (\\d+)").matcher(r.lastLine());
        assertThat(last.matches()).as(r.lastLine()).isTrue();
        assertThat(Integer.parseInt(last.group(2)))
                .as("only dibao's pairs are counted")
                .isEqualTo(declared);
        int exercised = Integer.parseInt(last.group(1));
        assertThat(exercised).isBetween(0, declared);
        // every pair not exercised is listed under dibao, one line each
        List<String> listed =
                r.out().lines().filter(l -> l.matches(" {4}\\S+ [A-Z_]+")).toList();
        assertThat(listed).hasSize(declared - exercised);
    }

    @Test
    void coverage_listsThePairsNotExercised_byProgram_inRuleOrder() throws IOException {
        ProgramRegistry programs = Walkthrough.programs();
        CaseChecker checker = CaseChecker.of(programs, Walkthrough::official, Walkthrough::illustrative);
        List<CaseCheck> results = new ArrayList<>();
        for (CasePair pair : CaseChecker.discover(Walkthrough.CASES)) {
            if (pair.name().contains("aged-85")) {
                results.add(checker.check(pair));
            }
        }
        assertThat(results).hasSize(2).allMatch(CaseCheck::passed);
        String report = CheckCommand.coverage(programs, results);
        // age MET, low-income MET, amount INFO and UNDETERMINED: 4 of the program's 8 pairs (no other program counts)
        assertThat(report).isEqualTo("""

                rule outcomes not exercised, by program:
                  old-age-allowance (4 of 8)
                    old-age-allowance.age NOT_MET
                    old-age-allowance.age UNDETERMINED
                    old-age-allowance.low-income NOT_MET
                    old-age-allowance.low-income NEEDS_REVIEW
                rule outcomes exercised: 4 of 8
                """);
    }

    @Test
    void coverage_whenEveryPairIsExercised_listsNothing() throws IOException {
        ProgramRegistry programs = Walkthrough.programs();
        CaseChecker checker = CaseChecker.of(programs, Walkthrough::official, Walkthrough::illustrative);
        List<CaseCheck> results = new ArrayList<>();
        for (CasePair pair : CaseChecker.discover(Walkthrough.CASES)) {
            results.add(checker.check(pair));
        }
        // the one pair no case reaches (a minimum age not configured) is the only gap
        assertThat(CheckCommand.coverage(programs, results)).isEqualTo("""

                rule outcomes not exercised, by program:
                  old-age-allowance (1 of 8)
                    old-age-allowance.age UNDETERMINED
                rule outcomes exercised: 7 of 8
                """);
    }

    @Test
    void coverage_doesNotChangeTheExitCodeOfAFailingCheck(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.BELOW, dir.resolve("below.json"));
        Files.writeString(dir.resolve("below.expected.json"), "{\"pack\": \"official\", \"outcome\": \"INELIGIBLE\"}");
        CliRun r = CliRun.of("check", "--coverage", s(dir));
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("0 passed, 1 failed\n");
        assertThat(r.lastLine()).startsWith("rule outcomes exercised: ");
        assertThat(CliRun.of("check", "--coverage", "no-such-dir").code()).isEqualTo(2);
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

    static final Path SAMPLE_PACK = Path.of("src/test/integrating/packs/wuxing.yaml");
    static final Path SAMPLE_CASES = Path.of("src/test/integrating/cases");

    /**
     * Issue 21: a case written for a county's overlay names the pack it needs; {@code check
     * --pack} decides it with the shipped data plus that overlay, and without the pack the case
     * fails, undecided, saying which file to give (it never passes on the shipped data alone).
     */
    @Test
    void aCaseNamingItsPack_passesWithPack_andFailsWithoutIt() {
        CliRun with = CliRun.of("check", "--pack", s(SAMPLE_PACK), s(SAMPLE_CASES));
        assertThat(with.code()).as(with.toString()).isZero();
        assertThat(with.out())
                .containsPattern(
                        "dibao/wuxing-2024-savings-within-the-county-limit +dibao +official\\+wuxing\\.yaml +ELIGIBLE +ELIGIBLE +PASS");
        assertThat(with.lastLine()).isEqualTo("1 passed, 0 failed");

        CliRun without = CliRun.of("check", s(SAMPLE_CASES));
        assertThat(without.code()).as(without.toString()).isEqualTo(1);
        assertThat(without.out())
                .containsPattern(
                        "dibao/wuxing-2024-savings-within-the-county-limit +\\? +official +ELIGIBLE +\\? +FAIL")
                .containsPattern(
                        "packs +\\.\\./\\.\\./packs/wuxing\\.yaml given as an overlay +not given: the case needs it"
                                + " \\(minzheng check --pack \\S*wuxing\\.yaml\\)");
        assertThat(without.lastLine()).isEqualTo("0 passed, 1 failed");
    }

    /** Every shipped case still passes with an overlay that sets values only for another county. */
    @Test
    void theShippedCases_passWithTheSampleCountyPack() throws IOException {
        int cases = CaseChecker.discover(Fixtures.CASES).size();
        CliRun r = CliRun.of("check", "--pack", s(SAMPLE_PACK), s(Fixtures.CASES));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .containsPattern("dibao/huzhou-2024-family-of-three-below-standard +dibao +official\\+wuxing\\.yaml");
        assertThat(r.lastLine()).isEqualTo(cases + " passed, 0 failed");
    }

    @Test
    void aCaseNamingAPackFileThatDoesNotExist_fails(@TempDir Path dir) throws IOException {
        Files.copy(Fixtures.BELOW, dir.resolve("below.json"));
        Files.writeString(
                dir.resolve("below.expected.json"),
                "{\"pack\": \"official\", \"packs\": [\"county.yaml\"], \"outcome\": \"ELIGIBLE\"}",
                StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", "--pack", s(SAMPLE_PACK), s(dir));
        assertThat(r.code()).as(r.toString()).isEqualTo(1);
        assertThat(r.out()).containsPattern("packs +county\\.yaml \\(relative to the case file\\) +no such file");
    }

    @Test
    void aPackThatDoesNotLoad_isBadInput_beforeAnyCase(@TempDir Path dir) throws IOException {
        Path pack = dir.resolve("bad.yaml");
        Files.writeString(pack, """
                pack: bad
                dataVersion: "1"
                values:
                  - key: dibao.no-such-key
                    region: "330502"
                    since: 2024-01-01
                    value: "1"
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("check", "--pack", s(pack), s(Fixtures.DIBAO));
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("bad.yaml");
        CliRun missing = CliRun.of("check", "--pack", s(dir.resolve("none.yaml")), s(Fixtures.DIBAO));
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("none.yaml: no such file");
    }
}
