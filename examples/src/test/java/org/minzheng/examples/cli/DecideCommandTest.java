package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;

class DecideCommandTest {

    /**
     * Issue 14: every problem reported with its path, in one pass. A dibao case file with missing
     * required fields (an Immutables attribute without a default, a record component under a
     * constraint), fields given twice (in the envelope and in the facts) and values of the wrong
     * type names each of them: the duplicates do not stop the reading, a missing field is named
     * in every object where it is missing, not only in the first.
     */
    @Test
    void missingFieldsDuplicateKeysAndTypeErrors_areAllReported_inOnePass(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("mixed.json");
        Files.writeString(file, """
                {"program": "dibao", "region": "330500", "date": "2024-12-01", "date": "2024-12-02",
                 "facts": {
                   "members": [
                     {"birthDate": "1980-03-01", "ableToWork": "yes"},
                     {"relation": "SPOUSE"},
                     {"relation": "CHILD", "birthDate": "2012-09-01", "birthDate": "2012-09-02", "birthDate": "2012-09-03"}
                   ],
                   "incomes": [{"member": 0, "amount": 2000}, {"member": 1, "category": "WAGES", "category": "WAGES"}],
                   "assets": {"vehicles": [{"value": "1000.00"}, {"use": "PRIVATE_CAR"}], "homes": 1.5}
                 }}
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("decide", s(file));
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .as(r.toString())
                .contains("date: is given more than once [json.duplicate-field]")
                .contains("facts.members[2].birthDate: is given more than once [json.duplicate-field]")
                .contains("facts.incomes[1].category: is given more than once [json.duplicate-field]")
                .contains("facts.members[0].relation: is required [NotNull]")
                .contains("facts.members[1].birthDate: is required [NotNull]")
                .contains("facts.incomes[0].category: is required [NotNull]")
                .contains("facts.incomes[1].amount: is required [NotNull]")
                .contains("facts.assets.vehicles[0].use: is required [NotNull]")
                .contains("facts.assets.vehicles[1].value: is required [NotNull]")
                .containsPattern("facts\\.members\\[0\\]\\.ableToWork: .*\\[json\\.wrong-type\\]")
                .containsPattern("facts\\.incomes\\[0\\]\\.amount: .*\\[json\\.wrong-type\\]")
                .containsPattern("facts\\.assets\\.homes: .*\\[json\\.wrong-type\\]")
                .contains("(12 violations)");
    }

    @Test
    void oneFile_printsTheDecisionRecord_byteIdenticalToTheLibrary() throws IOException {
        CliRun r = CliRun.of("decide", s(Fixtures.BELOW));
        assertThat(r.code()).as(r.toString()).isZero();
        CaseRunner runner = CaseRunner.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
        String expected =
                Json.pretty(runner.decide(runner.read(Files.readString(Fixtures.BELOW, StandardCharsets.UTF_8))));
        assertThat(r.out()).isEqualTo(expected);
        assertThat(CliRun.of("decide", s(Fixtures.BELOW)).out()).isEqualTo(r.out());
        JsonNode d = Json.readTree(r.out(), "$");
        assertThat(d.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(d.get("result").get("monthlyAmount").asText()).isEqualTo("1435.00");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void severalFiles_printOneDocumentEach_orJsonLines() {
        CliRun pretty = CliRun.of("decide", s(Fixtures.BELOW), s(Fixtures.EQUAL), s(Fixtures.PRISON));
        assertThat(pretty.code()).isZero();
        assertThat(pretty.out().split("\n}\n", -1)).hasSize(4);
        CliRun lines = CliRun.of("decide", "--jsonl", s(Fixtures.BELOW), s(Fixtures.EQUAL), s(Fixtures.PRISON));
        String[] l = lines.out().split("\n");
        assertThat(l).hasSize(3);
        assertThat(Json.readTree(l[0], "$").get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(Json.readTree(l[1], "$").get("outcome").asText()).isEqualTo("INELIGIBLE");
        assertThat(Json.readTree(l[2], "$").get("result").get("monthlyAmount").asText())
                .isEqualTo("790.00");
    }

    @Test
    void pack_changesTheDecision_andTheIllustrativeValueIsFlagged() {
        CliRun without = CliRun.of("decide", s(Fixtures.SAVINGS));
        assertThat(Json.readTree(without.out(), "$").get("outcome").asText()).isEqualTo("UNDETERMINED");
        CliRun with = CliRun.of("decide", "--pack", s(Fixtures.OVERLAY), s(Fixtures.SAVINGS));
        JsonNode d = Json.readTree(with.out(), "$");
        // 30000.00 of savings against 1145.00 x 24 months x 3 members = 82440.00
        assertThat(d.get("outcome").asText()).isEqualTo("ELIGIBLE");
        assertThat(d.get("result").get("monthlyAmount").asText()).isEqualTo("1435.00");
        assertThat(with.out()).contains("policy.illustrative-value");
    }

    @Test
    void invalidFacts_everyViolationOnStderr_nothingOnStdout(@TempDir Path dir) throws IOException {
        Path bad = dir.resolve("bad.json");
        Files.writeString(bad, """
                {"program": "dibao", "region": "330500", "date": "2024-12-31",
                 "facts": {"members": [{"relation": "SPOUSE", "birthDate": "2030-01-01"}],
                           "incomes": [{"member": 5, "category": "WAGES", "amount": "-1.00"}]}}
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("decide", s(bad));
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err())
                .contains("invalid input (4 violations), nothing decided")
                .contains("facts.incomes[0].amount: must not be a negative amount [NonNegativeMoney]")
                .contains(
                        "facts.incomes[0].member: is not the position of a listed member (counting from 0) [household.unknown-member]")
                .contains("facts.members: must list exactly one APPLICANT (found 0) [household.applicant-count]")
                .contains(
                        "facts.members[0].birthDate: must not be after the decision date 2024-12-31 [date.after-decision]")
                .doesNotContain("认定日期");
        CliRun zh = CliRun.of("decide", s(bad), "--lang", "zh");
        assertThat(zh.err())
                .contains("facts.members[0].birthDate: must not be after the decision date")
                .contains("facts.members[0].birthDate：不能晚于认定日期 2024-12-31");
    }

    @Test
    void oneBadFileAmongGoodOnes_nothingOnStdout_everyBadFileReported(@TempDir Path dir) throws IOException {
        Path unknown = dir.resolve("unknown.json");
        Files.writeString(
                unknown,
                "{\"program\": \"no-such-program\", \"region\": \"999999\", \"date\": \"2024-12-31\", \"facts\": {}}");
        Path malformed = dir.resolve("malformed.json");
        Files.writeString(malformed, "{\"program\": \"dibao\", ");
        CliRun r = CliRun.of("decide", s(Fixtures.BELOW), s(unknown), s(malformed), s(dir.resolve("missing.json")));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        // file names only: a temporary directory's name may hold a run of digits that stderr masks as ID-shaped
        assertThat(r.err())
                .contains("/unknown.json: program: names no known program [case.unknown-program]")
                .contains("/unknown.json: region: names a region that is not in the policy data [case.unknown-region]")
                .contains("/malformed.json: $: is not well-formed JSON (line 1, column 22) [json.malformed]")
                .contains("missing.json: no such file");
    }

    @Test
    void unknownField_isRejectedWithItsPath(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("named.json");
        Files.writeString(f, """
                {"program": "dibao", "region": "330500", "date": "2024-12-31",
                 "facts": {"members": [{"relation": "APPLICANT", "birthDate": "1980-01-01", "name": "张三"}]}}
                """, StandardCharsets.UTF_8);
        CliRun r = CliRun.of("decide", s(f));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err())
                .contains("facts.members[0].name: is not a known field [json.unknown-field]")
                .doesNotContain("张三");
    }
}
