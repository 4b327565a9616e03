package org.minzheng.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.Mismatch;
import org.minzheng.core.json.Json;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

class CaseCheckerTest {

    static final Path CASES = Path.of("cases");

    @Test
    void discover_pairsCasesWithExpectations_sortedByName(@TempDir Path dir) throws IOException {
        Files.createDirectories(dir.resolve("b"));
        Files.writeString(dir.resolve("b/two.json"), "{}");
        Files.writeString(dir.resolve("b/two.expected.json"), "{}");
        Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("c.expected.json"), "{}");
        Files.writeString(dir.resolve("notes.txt"), "");
        List<CasePair> pairs = CaseChecker.discover(dir);
        assertThat(pairs).extracting(CasePair::name).containsExactly("a", "b/two", "c");
        assertThat(pairs.get(0).expectedFile()).isNull();
        assertThat(pairs.get(1).caseFile()).isEqualTo(dir.resolve("b/two.json"));
        assertThat(pairs.get(2).caseFile()).isNull();
    }

    @Test
    void compareJson_subsetOfObjects_numbersByValue_arraysWhole() {
        List<Mismatch> m = new ArrayList<>();
        JsonNode actual =
                Json.readTree("{\"a\": \"1.00\", \"n\": 3, \"list\": [1, 2], \"o\": {\"x\": true, \"y\": 1}}", "$");
        CaseChecker.compareJson(
                "result", Json.readTree("{\"n\": 3.0, \"o\": {\"x\": true}, \"list\": [1, 2]}", "$"), actual, m);
        assertThat(m).isEmpty();
        CaseChecker.compareJson(
                "result", Json.readTree("{\"a\": \"1.0\", \"n\": \"3\", \"list\": [1], \"z\": 0}", "$"), actual, m);
        assertThat(m)
                .extracting(Mismatch::toString)
                .containsExactly(
                        "result.a: expected \"1.0\", actual \"1.00\"",
                        "result.n: expected \"3\", actual 3",
                        "result.list: expected 1 elements [1], actual 2 elements [1,2]",
                        "result.z: expected 0, actual (absent)");
    }

    @Test
    void readExpectation_isStrict(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("x.expected.json");
        Files.writeString(
                f,
                "{\"pack\": \"hangzhou\", \"outcome\": \"ELIGIBLE\", \"rules\": {\"r\": \"PERHAPS\"}}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseChecker.readExpectation(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("rules.r");
        Files.writeString(f, "{\"pack\": \"hangzhou\", \"outcome\": \"ELIGIBLE\"}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseChecker.readExpectation(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("pack: must be official or illustrative");
        Files.writeString(
                f, "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\", \"amount\": 1}", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseChecker.readExpectation(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("amount: is not a known field");
        Files.writeString(
                f,
                "{\"pack\": \"official\", \"packs\": [\"/etc/county.yaml\", \" \", null], \"outcome\": \"ELIGIBLE\"}",
                StandardCharsets.UTF_8);
        assertThatThrownBy(() -> CaseChecker.readExpectation(f))
                .isInstanceOf(InvalidInputException.class)
                .hasMessageContaining("packs[0]: must be the path of a pack file relative to the case file")
                .hasMessageContaining("packs[1]: must be")
                .hasMessageContaining("packs[2]: must be");
        Files.writeString(
                f,
                "{\"pack\": \"official\", \"packs\": [\"../packs/county.yaml\"], \"outcome\": \"ELIGIBLE\"}",
                StandardCharsets.UTF_8);
        assertThat(CaseChecker.readExpectation(f).neededPacks()).containsExactly("../packs/county.yaml");
    }

    /**
     * Issue 21: an integrator's checker has no illustrative book, so a case whose expectation
     * names {@code illustrative} fails instead of silently running the examples' placeholders.
     */
    @Test
    void withOverlays_failsACaseNamingTheIllustrativePack(@TempDir Path dir) throws IOException {
        Files.copy(CASES.resolve("dibao/huzhou-2024-savings-limit-not-configured.json"), dir.resolve("s.json"));
        Files.writeString(dir.resolve("s.expected.json"), "{\"pack\": \"illustrative\", \"outcome\": \"ELIGIBLE\"}");
        CaseChecker checker = CaseChecker.withOverlays(ProgramRegistry.loadDefault(), List.of());
        CaseCheck check = checker.check(CaseChecker.discover(dir).get(0));
        assertThat(check.passed()).isFalse();
        assertThat(check.decisionMade()).isEmpty();
        assertThat(check.mismatches())
                .extracting(Object::toString)
                .containsExactly(
                        "pack: expected illustrative, actual not available (the examples' illustrative overlay is not loaded)");
        assertThat(IllustrativeOverlay.checker()
                        .check(CaseChecker.discover(dir).get(0))
                        .passed())
                .as("with the illustrative overlay it is decided (and the savings fit its placeholder limit)")
                .isTrue();
    }

    /** The overlays decide the case: the county's limit makes an UNDETERMINED Huzhou case decidable. */
    @Test
    void withOverlays_decidesWithTheShippedDataPlusTheOverlays(@TempDir Path dir) throws IOException {
        String huzhouCase = Files.readString(CASES.resolve("dibao/huzhou-2024-savings-limit-not-configured.json"));
        Files.writeString(dir.resolve("w.json"), huzhouCase.replace("\"330500\"", "\"330502\""));
        Files.writeString(
                dir.resolve("w.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\", \"rules\": {\"dibao.assets\": \"MET\"}}");
        Path pack = Path.of("src/test/integrating/packs/wuxing.yaml");
        CaseChecker checker = CaseChecker.withOverlays(ProgramRegistry.loadDefault(), List.of(pack));
        assertThat(checker.overlays()).containsExactly(pack);
        CaseCheck check = checker.check(CaseChecker.discover(dir).get(0));
        assertThat(check.mismatches()).isEmpty();
        assertThat(check.pack()).isEqualTo("official+wuxing.yaml");
        CaseCheck shipped = CaseChecker.withOverlays(ProgramRegistry.loadDefault(), List.of())
                .check(CaseChecker.discover(dir).get(0));
        assertThat(shipped.actual()).isEqualTo("UNDETERMINED");
    }

    @Test
    void check_reportsEveryDifference() throws IOException {
        Path dir = Files.createTempDirectory("checker");
        Files.copy(CASES.resolve("dibao/huzhou-2024-savings-limit-not-configured.json"), dir.resolve("s.json"));
        Files.writeString(
                dir.resolve("s.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"UNDETERMINED\","
                        + " \"missingParameters\": [\"dibao.asset.financial-months\"], \"rules\": {\"dibao.assets\": \"UNDETERMINED\"}}");
        CaseCheck ok =
                IllustrativeOverlay.checker().check(CaseChecker.discover(dir).get(0));
        assertThat(ok.passed()).isTrue();
        assertThat(ok.actual()).isEqualTo("UNDETERMINED");
        Files.writeString(
                dir.resolve("s.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"UNDETERMINED\","
                        + " \"missingParameters\": [], \"rules\": {\"dibao.assets\": \"MET\"}}");
        CaseCheck bad =
                IllustrativeOverlay.checker().check(CaseChecker.discover(dir).get(0));
        assertThat(bad.mismatches())
                .extracting(Mismatch::toString)
                .containsExactly(
                        "rules.dibao.assets: expected MET, actual UNDETERMINED",
                        "missingParameters: expected [], actual [dibao.asset.financial-months]");
    }

    /** A year with no holiday notice (民法典 第二百零三条 over weekends only) shows in the warnings a case can expect. */
    @Test
    void check_comparesTheWarningCodes() throws IOException {
        Path dir = Files.createTempDirectory("checker");
        Files.copy(
                CASES.resolve("charity-trust-change/changed-in-2027-no-holiday-notice-the-weekend-still-extends.json"),
                dir.resolve("w.json"));
        Files.writeString(
                dir.resolve("w.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\","
                        + " \"warnings\": [\"calendar.notice-not-configured\"]}");
        assertThat(IllustrativeOverlay.checker()
                        .check(CaseChecker.discover(dir).get(0))
                        .passed())
                .isTrue();
        Files.writeString(
                dir.resolve("w.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\", \"warnings\": []}");
        assertThat(IllustrativeOverlay.checker()
                        .check(CaseChecker.discover(dir).get(0))
                        .mismatches())
                .extracting(Mismatch::toString)
                .containsExactly("warnings: expected [], actual [calendar.notice-not-configured]");
    }

    @Test
    void check_comparesTheWarningsGiven_asCodeAndKey() throws IOException {
        Path dir = Files.createTempDirectory("checker");
        Files.copy(
                CASES.resolve("low-income-edge/huzhou-inherits-the-national-multiplier.json"), dir.resolve("w.json"));
        Files.writeString(
                dir.resolve("w.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\","
                        + " \"warnings\": [\"policy.since-not-exact:dibao.standard\", \"policy.inherited-default:edge.income-multiplier\"]}");
        assertThat(IllustrativeOverlay.checker()
                        .check(CaseChecker.discover(dir).get(0))
                        .passed())
                .isTrue();
        Files.writeString(
                dir.resolve("w.expected.json"),
                "{\"pack\": \"official\", \"outcome\": \"ELIGIBLE\","
                        + " \"warnings\": [\"policy.since-not-exact:dibao.standard\"]}");
        assertThat(IllustrativeOverlay.checker()
                        .check(CaseChecker.discover(dir).get(0))
                        .mismatches())
                .extracting(Mismatch::toString)
                .containsExactly("warnings: expected [policy.since-not-exact:dibao.standard], actual"
                        + " [policy.inherited-default:edge.income-multiplier, policy.since-not-exact:dibao.standard]");
    }
}
