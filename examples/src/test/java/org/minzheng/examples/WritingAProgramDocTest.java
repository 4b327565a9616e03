package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-program.md walks through adding a program, and the walk-through is code: every
 * code block of the page is quoted, verbatim, from the file its caption names, and those files
 * are the walk-through program that {@code OldAgeAllowanceContractTest} runs through the program
 * contract. Change the code and the page fails this test until it quotes the code again.
 */
class WritingAProgramDocTest {

    static final Path ROOT = Path.of("..");
    static final Path DOC = ROOT.resolve("docs/writing-a-program.md");

    /** A caption line {@code `path`:}, a blank line, and a fenced block. */
    static final Pattern BLOCK = Pattern.compile("(?m)^`([^`\\s]+)`:\\n\\n```([a-z]*)\\n(.*?)\\n```$", Pattern.DOTALL);

    @Test
    void everyCodeBlock_isQuotedVerbatimFromTheFileItsCaptionNames() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        Matcher m = BLOCK.matcher(doc);
        int quoted = 0;
        Set<String> files = new TreeSet<>();
        while (m.find()) {
            Path file = ROOT.resolve(m.group(1));
            assertThat(file).as("file of a code block").isRegularFile();
            assertThat(Files.readString(file, StandardCharsets.UTF_8))
                    .as("%s quotes %s", DOC, m.group(1))
                    .contains(m.group(3));
            files.add(m.group(1));
            quoted++;
        }
        int fences = doc.split("\n```", -1).length - 1;
        assertThat(quoted * 2)
                .as("every fenced block has a caption naming its file")
                .isEqualTo(fences);
        // the walk-through quotes every piece a new program touches
        String w = "examples/src/test/java/org/minzheng/examples/walkthrough/";
        String r = "examples/src/test/resources/org/minzheng/examples/walkthrough/";
        String t = "examples/src/test/walkthrough/";
        assertThat(files)
                .contains(
                        w + "OldAgeAllowanceFacts.java",
                        w + "OldAgeAllowanceResult.java",
                        w + "WalkthroughParameters.java",
                        w + "WalkthroughPolicyData.java",
                        w + "OldAgeAllowanceProgram.java",
                        w + "OldAgeAllowanceContractTest.java",
                        r + "policy/old-age-allowance.yaml",
                        r + "messages.properties",
                        r + "messages_zh.properties",
                        t + "META-INF/services/org.minzheng.core.program.Program",
                        t + "illustrative/old-age-allowance.yaml");
        assertThat(files).anyMatch(f -> f.startsWith(t + "cases/old-age-allowance/") && f.endsWith(".expected.json"));
    }

    @Test
    void theWalkThrough_coversTheDeclaredRulesApi() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        assertThat(doc)
                .contains(
                        "Rule.builder(",
                        ".quote(",
                        ".verdicts(",
                        ".reads(",
                        ".notes(",
                        ".alsoCites(",
                        "start(snapshot)",
                        "ctx.record(",
                        "recordCiting",
                        "Finding.sources()",
                        "ParameterType.oneOf(",
                        ".within(",
                        "ModulePolicyData",
                        "org.minzheng.core.validation.Checks",
                        "validation.properties",
                        "Optional<T>",
                        "<module>/src/examples/cases/<program>/",
                        "ProgramContract",
                        "notExercised(",
                        "builderWithDefaults().addOverlay(",
                        "minzheng check --coverage",
                        "Verdict.worst(",
                        "org.minzheng.core.citation.Instruments",
                        "## When a missing value blocks the outcome")
                .doesNotContain("RuleContext.start(ID", "ctx.record(\"");
        List<String> paths = new ArrayList<>();
        Matcher code =
                Pattern.compile("`((?:examples|eligibility|docs)/[^`\\s<>…]+)`").matcher(doc);
        while (code.find()) {
            paths.add(code.group(1));
        }
        assertThat(paths).isNotEmpty();
        for (String p : paths) {
            assertThat(ROOT.resolve(p)).as("path named by the page").exists();
        }
    }
}
