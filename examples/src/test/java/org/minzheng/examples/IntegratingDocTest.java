package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.MoneyUnit;
import org.minzheng.core.policy.Provenance;
import org.minzheng.examples.cli.CliRun;

/**
 * docs/integrating.md walks an integrator through a sample county overlay, and the walk-through is
 * a test: every block is quoted verbatim from a file this test or the sample's tests use
 * ({@link DocQuotes}); the commands the page shows run through the command line's code and print
 * what the page shows; the value formats it lists are the code's; the dependencies it shows are
 * the ones the BOM manages, at the versions minzheng is built with.
 */
class IntegratingDocTest {

    static final Path ROOT = DocQuotes.ROOT;
    static final Path DOC = ROOT.resolve("docs/integrating.md");
    static final String SAMPLE = "examples/src/test/integrating/";

    @Test
    void everyBlock_isQuotedVerbatim_fromTheSampleTheTestsRun() throws IOException {
        Set<String> files = DocQuotes.assertEveryBlockQuotedVerbatim(DOC);
        String java = "examples/src/test/java/org/minzheng/examples/integrating/";
        assertThat(files)
                .containsExactlyInAnyOrder(
                        "examples/quickstart/pom.xml",
                        SAMPLE + "test-dependencies.xml",
                        SAMPLE + "packs/wuxing.yaml",
                        SAMPLE + "cases/dibao/wuxing-2024-savings-within-the-county-limit.json",
                        SAMPLE + "cases/dibao/wuxing-2024-savings-within-the-county-limit.expected.json",
                        SAMPLE + "commands.txt",
                        SAMPLE + "check-output.txt",
                        java + "WuxingCasesTest.java",
                        java + "WuxingOverlayTest.java");
    }

    /** The page's commands run through the command line's code; {@code check --pack} prints what the page shows. */
    @Test
    void theCommandsOfThePage_runAndPrintWhatThePageShows() throws IOException {
        List<String> commands =
                Files.readAllLines(ROOT.resolve(SAMPLE + "commands.txt"), StandardCharsets.UTF_8).stream()
                        .filter(l -> l.startsWith("minzheng "))
                        .toList();
        assertThat(commands).hasSize(2);
        for (String command : commands) {
            CliRun run = run(command);
            assertThat(run.code()).as(command + "\n" + run).isZero();
            if (command.startsWith("minzheng check ")) {
                assertThat(run.out())
                        .as(command)
                        .isEqualTo(Files.readString(ROOT.resolve(SAMPLE + "check-output.txt"), StandardCharsets.UTF_8));
            } else {
                assertThat(run.out()).as(command).contains("loads cleanly as an overlay on the shipped data");
            }
        }
        // without the pack, the case fails, undecided, naming the pack to give
        CliRun without = run("minzheng check " + SAMPLE + "cases");
        assertThat(without.code()).isEqualTo(1);
        assertThat(without.out()).contains("packs ").contains("not given: the case needs it (minzheng check --pack ");
    }

    /** Runs one command line, with paths of the repository seen from the examples module. */
    static CliRun run(String command) {
        String[] args = Arrays.stream(command.substring("minzheng ".length()).split(" "))
                .map(w -> w.startsWith("examples/") ? ROOT.resolve(w).toString() : w)
                .toArray(String[]::new);
        return CliRun.of(args);
    }

    @Test
    void theValueFormats_andGrades_areTheCodes() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher rounding = Pattern.compile("(?m)^\\| rounding \\| (.*)$").matcher(doc);
        assertThat(rounding.find()).as("the rounding row of the value formats").isTrue();
        assertThat(codeWords(rounding.group(1).split("; the mode")[0]))
                .as("rounding units")
                .containsExactlyElementsOf(
                        Arrays.stream(MoneyUnit.values()).map(Enum::name).toList());
        assertThat(codeWords(rounding.group(1).split("; the mode")[1]))
                .as("rounding modes")
                .containsExactlyElementsOf(
                        Arrays.stream(RoundingMode.values()).map(Enum::name).toList());
        for (Provenance grade : Provenance.values()) {
            assertThat(doc).contains("`" + grade.name() + "`");
        }
        assertThat(doc)
                .contains(
                        "PolicyBook.builderWithDefaults()",
                        ".addOverlay(",
                        "Explainer.of(",
                        "`sources`",
                        "`parameters`",
                        "policy.illustrative-value",
                        "CaseChecker.withOverlays");
    }

    /** The upper-case words in backquotes, in order. */
    static List<String> codeWords(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = Pattern.compile("`([A-Z_]+)`").matcher(text);
        while (m.find()) {
            words.add(m.group(1));
        }
        return words;
    }

    /**
     * The dependencies the page shows: every minzheng artifact is one the BOM manages, and JUnit's
     * and AssertJ's versions are the ones minzheng's own build uses.
     */
    @Test
    void theTestDependencies_areManagedByTheBom_atTheBuildsVersions() throws IOException {
        String deps = Files.readString(ROOT.resolve(SAMPLE + "test-dependencies.xml"), StandardCharsets.UTF_8);
        String bom = Files.readString(ROOT.resolve("bom/pom.xml"), StandardCharsets.UTF_8);
        String root = Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile(
                        "<artifactId>(minzheng-[a-z]+)</artifactId>\\s*(?:<classifier>([a-z]+)</classifier>)?")
                .matcher(deps);
        int minzheng = 0;
        while (m.find()) {
            String managed =
                    "<artifactId>" + m.group(1) + "</artifactId>\n        <version>${project.version}</version>"
                            + (m.group(2) == null
                                    ? "\n      </dependency>"
                                    : "\n        <classifier>" + m.group(2) + "</classifier>");
            assertThat(bom).as("the BOM manages " + m.group()).contains(managed);
            minzheng++;
        }
        assertThat(minzheng).isPositive();
        assertThat(deps)
                .contains("<artifactId>junit-jupiter</artifactId>\n    <version>" + property(root, "junit.version"))
                .contains("<artifactId>assertj-core</artifactId>\n    <version>" + property(root, "assertj.version"));
    }

    static String property(String pom, String name) {
        Matcher m = Pattern.compile("<" + Pattern.quote(name) + ">([^<]+)</").matcher(pom);
        assertThat(m.find()).as(name).isTrue();
        return m.group(1);
    }

    @Test
    void theReadme_linksToThePage() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .contains("(docs/integrating.md)");
    }
}
