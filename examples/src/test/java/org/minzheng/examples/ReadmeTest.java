package org.minzheng.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.examples.cli.Main;
import picocli.CommandLine;

/** Keeps README.md true: its code compiles, its commands and outputs are real (its paths: {@code DocPathsTest}). */
class ReadmeTest {

    static final Path ROOT = Path.of("..");
    static final Path README = ROOT.resolve("README.md");

    static String readme() throws IOException {
        return Files.readString(README, StandardCharsets.UTF_8);
    }

    @Test
    void theQuickStartIsCompiledByQuickStartTest() throws IOException {
        String readme = readme();
        int start = readme.indexOf("```java\n");
        int end = readme.indexOf("```", start + 8);
        String test = Files.readString(
                Path.of("src/test/java/org/minzheng/examples/QuickStartTest.java"), StandardCharsets.UTF_8);
        List<String> lines = readme.substring(start + 8, end)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList();
        assertThat(lines).hasSizeGreaterThanOrEqualTo(10);
        for (String line : lines) {
            assertThat(test).as("README quick-start line is in QuickStartTest").contains(line);
        }
    }

    @Test
    void theQuickStartProjectRunsTheReadmeCode_standalone() throws IOException {
        String readme = readme();
        int start = readme.indexOf("```java\n");
        int end = readme.indexOf("```", start + 8);
        Path project = ROOT.resolve("examples/quickstart");
        String main = Files.readString(
                project.resolve("src/main/java/org/minzheng/example/quickstart/Main.java"), StandardCharsets.UTF_8);
        for (String line : readme.substring(start + 8, end)
                .lines()
                .map(String::strip)
                .filter(l -> !l.isEmpty())
                .toList()) {
            assertThat(main)
                    .as("README quick-start line is in examples/quickstart")
                    .contains(line);
        }
        String pom = Files.readString(project.resolve("pom.xml"), StandardCharsets.UTF_8);
        assertThat(pom)
                .doesNotContain("<parent>")
                .contains("<groupId>org.minzheng.example</groupId>")
                .contains("<artifactId>minzheng-bom</artifactId>")
                .contains("<scope>import</scope>")
                .contains("<release>17</release>")
                .contains("<artifactId>exec-maven-plugin</artifactId>");
        assertThat(Files.readString(ROOT.resolve("pom.xml"), StandardCharsets.UTF_8))
                .doesNotContain("quickstart");
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertThat(ci)
                .contains("./mvnw -B -q install -DskipTests\n")
                .contains("./mvnw -B -q -f examples/quickstart/pom.xml package exec:java")
                .contains("1435\\.00");
        assertThat(readme).contains("./mvnw -q -f examples/quickstart/pom.xml package exec:java\n");
    }

    @Test
    void theSetUpCommandsAreExact() throws IOException {
        assertThat(readme())
                .contains("./mvnw -q -B package -DskipTests && java -jar examples/target/minzheng.jar demo\n")
                .contains("./mvnw -B verify\n");
        String ci = Files.readString(ROOT.resolve(".ci/run"), StandardCharsets.UTF_8);
        assertThat(ci).contains("\n./mvnw -B verify\n");
    }

    @Test
    void everyCommandIsDocumented_andEveryDocumentedCommandExists() throws IOException {
        String readme = readme();
        Set<String> commands =
                new TreeSet<>(new CommandLine(new Main()).getSubcommands().keySet());
        commands.remove("help");
        for (String c : commands) {
            assertThat(readme).contains("`minzheng " + c);
        }
        Matcher m = Pattern.compile("`minzheng ([a-z]+)").matcher(readme);
        while (m.find()) {
            assertThat(commands).contains(m.group(1));
        }
    }

    @Test
    void theSampleOutputIsWhatTheCommandPrints() throws IOException {
        String readme = readme();
        String prompt = "$ java -jar examples/target/minzheng.jar ";
        int at = readme.indexOf(prompt);
        assertThat(at).isPositive();
        int eol = readme.indexOf('\n', at);
        String[] args = readme.substring(at + prompt.length(), eol).split(" ");
        for (int i = 0; i < args.length; i++) {
            // paths in the README are relative to the repository root; tests run in examples/
            args[i] = args[i].startsWith("examples/") ? args[i].substring("examples/".length()) : args[i];
        }
        String sample = readme.substring(eol + 1, readme.indexOf("```", eol));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Main.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        assertThat(code).isZero();
        String actual = out.toString(StandardCharsets.UTF_8);
        for (String line : sample.lines().filter(l -> !l.isBlank()).toList()) {
            assertThat(actual).as("sample line").contains(line);
        }
    }
}
