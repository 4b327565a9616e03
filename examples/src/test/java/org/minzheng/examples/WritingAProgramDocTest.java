package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * docs/writing-a-program.md walks through adding a program, and the walk-through is code: every
 * code block of the page is quoted, verbatim, from the file its caption names, and those files
 * are the walk-through program that {@code OldAgeAllowanceContractTest} runs through the program
 * contract. Change the code and the page fails this test until it quotes the code again.
 */
class WritingAProgramDocTest {

    static final Path ROOT = DocQuotes.ROOT;
    static final Path DOC = ROOT.resolve("docs/writing-a-program.md");

    @Test
    void everyCodeBlock_isQuotedVerbatimFromTheFileItsCaptionNames() throws IOException {
        Set<String> files = DocQuotes.assertEveryBlockQuotedVerbatim(DOC);
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
    }
}
