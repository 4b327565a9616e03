package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PackTemplate;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;

/**
 * Issue 21 item 4: {@code params --program P --region R} lists the keys P reads that are not
 * configured there, and {@code --template} writes a pack skeleton that, filled in, loads and
 * configures them. Run for a Huzhou county (吴兴 330502) on the shipped data; the same checks hold
 * for any county in the region table (320106 once the national table is merged).
 */
class ParamsProgramCommandTest {

    static final String DATE = "2025-01-15";

    /** The keys a program reads with no value in force, by the Java API the command uses. */
    static List<String> expected(String program, String region) {
        Program<?, ?> p = ProgramRegistry.loadDefault().find(program).orElseThrow();
        List<String> names = new ArrayList<>();
        for (ParameterKey<?> k : PackTemplate.notConfigured(
                PolicyBook.loadDefault().snapshot(RegionCode.of(region), LocalDate.parse(DATE)), p.parameters())) {
            names.add(k.name());
        }
        return names;
    }

    static List<String> listed(String program, String region, String... more) {
        List<String> args =
                new ArrayList<>(List.of("params", "--program", program, "--region", region, "--date", DATE, "--json"));
        args.addAll(List.of(more));
        CliRun r = CliRun.of(args.toArray(String[]::new));
        assertThat(r.code()).as(r.toString()).isZero();
        JsonNode tree = Json.readTree(r.out(), "$");
        List<String> names = new ArrayList<>();
        tree.get("notConfigured").forEach(n -> names.add(n.get("key").asText()));
        return names;
    }

    /**
     * Issue 21's "done when": a county outside Huzhou (南京市鼓楼区, 320106) has no local pack, so dibao still
     * needs its standard there, and exactly the keys no pack sets along the chain valid on the date.
     */
    @Test
    void dibaoInNanjingGulou_listsTheStandardAndEveryOtherKeyNoPackSetsThere() {
        List<String> names = listed("dibao", "320106");
        assertThat(names)
                .isEqualTo(expected("dibao", "320106"))
                .contains("dibao.standard", "dibao.asset.financial-months")
                // national texts set the review periods for every county
                .doesNotContain("dibao.review-months.stable");
        assertThat(names).containsAll(listed("dibao", "330502"));
    }

    @Test
    void dibaoInWuxing_listsExactlyTheKeysDibaoReadsThatNoPackSetsThere() {
        List<String> names = listed("dibao", "330502");
        assertThat(names)
                .isEqualTo(expected("dibao", "330502"))
                // Huzhou's report gives the standard; no source gives its asset limits
                .contains("dibao.asset.financial-months")
                .doesNotContain("dibao.standard", "dibao.review-months.stable");
        CliRun table = CliRun.of("params", "--program", "dibao", "--region", "330502", "--date", DATE);
        assertThat(table.out())
                .contains("Keys dibao reads that are not configured in 330502")
                .containsPattern("dibao\\.asset\\.financial-months +\\S.*integer");
    }

    @Test
    void theScreening_declaresWhatItsSubProgramsRead_soItListsTheirMissingKeysToo() {
        List<String> screening = listed("assistance-screening", "330502");
        assertThat(screening).containsAll(listed("dibao", "330502"));
        assertThat(screening).containsAll(listed("low-income-edge", "330502"));
        assertThat(screening).containsAll(listed("rigid-expenditure", "330502"));
    }

    @Test
    void theTemplate_filledIn_loads_andThenDibaoNeedsNothingMoreThere(@TempDir Path dir) throws Exception {
        CliRun t = CliRun.of("params", "--program", "dibao", "--region", "330502", "--date", DATE, "--template");
        assertThat(t.code()).as(t.toString()).isZero();
        assertThat(t.out()).contains("pack: local-330502").contains("citation: {instrument: local-instrument");
        Path skeleton = dir.resolve("skeleton.yaml");
        Files.writeString(skeleton, t.out());
        // as written, it does not load: every empty field is an error with its line
        CliRun unfilled = CliRun.of("params", "--file", skeleton.toString());
        assertThat(unfilled.code()).isEqualTo(2);
        assertThat(unfilled.err()).contains(skeleton + ":").contains("must be a non-empty scalar");

        Path filled = dir.resolve("wuxing.yaml");
        Files.writeString(filled, fill(t.out()));
        CliRun loads = CliRun.of("params", "--file", filled.toString());
        assertThat(loads.code()).as(loads.toString()).isZero();
        assertThat(loads.out()).contains("loads cleanly as an overlay");
        assertThat(listed("dibao", "330502", "--pack", filled.toString())).isEmpty();
        assertThat(listed("dibao", "330502")).isNotEmpty();
    }

    @Test
    void templateWithoutProgram_isBadInput() {
        CliRun r = CliRun.of("params", "--template");
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err()).contains("--template needs --program");
        CliRun unknown = CliRun.of("params", "--program", "no-such-program");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("unknown program 'no-such-program'");
    }

    private static final Pattern ROW = Pattern.compile("  - key: (\\S+)\\n((?:    .*\\n)+)");

    /** Fills the skeleton as a test would: the test instrument, and for each key its least allowed value. */
    static String fill(String skeleton) {
        String text = skeleton.replace("title: \"\"", "title: 测试夹具（非政策）")
                .replace("titleEn: \"\"", "titleEn: test fixture (not policy)")
                .replace("issuer: \"\"", "issuer: minzheng tests")
                .replace("rank: \"\"", "rank: ILLUSTRATIVE")
                .replace("grade: \"\"", "grade: ILLUSTRATIVE")
                .replace("article: \"\"", "article: 第一条");
        Matcher m = ROW.matcher(text);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            ParameterKey<?> k = PolicyBook.loadDefault().key(m.group(1)).orElseThrow();
            m.appendReplacement(
                    sb, Matcher.quoteReplacement(m.group().replace("value: \"\"", "value: \"" + sample(k) + "\"")));
        }
        m.appendTail(sb);
        return sb.toString();
    }

    private static String sample(ParameterKey<?> k) {
        if (k.least().isPresent()) {
            return k.type().print(k.least().get());
        }
        if (!k.type().codes().isEmpty()) {
            return k.type().codes().get(0);
        }
        ParameterType<?> t = k.type();
        if (t == ParameterType.MONEY) {
            return "1.00";
        }
        if (t == ParameterType.BOOLEAN) {
            return "true";
        }
        if (t == ParameterType.ROUNDING) {
            return "YUAN:CEILING";
        }
        if (t == ParameterType.DATES) {
            return "none";
        }
        return "1";
    }
}
