package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * Coverage-guided fuzz tests (Jazzer) of the ways input enters a decision: a case file of any of
 * the 25 programs (read, then decided), and a screening JSON Lines stream (line reader, then
 * screening). The property: any bytes either yield valid decisions or an
 * {@link InvalidInputException} whose violations all name a path and whose messages hold no
 * ID-shaped part of the input; never another exception.
 *
 * <p>In {@code ./mvnw verify} each runs over its committed corpus
 * ({@code src/test/resources/org/minzheng/examples/cli/InputFuzzTestInputs/<method>/}: every
 * example case and the malformed cases of the hardening campaign); {@code JAZZER_FUZZ=1} fuzzes
 * (docs/fuzzing.md).
 */
class InputFuzzTest {

    private static final CaseRunner RUNNER = CaseRunner.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
    private static final ScreenCommand.Screening SCREENING = new ScreenCommand.Screening(
            RUNNER,
            RUNNER.programs().find(ScreenCommand.PROGRAM).orElseThrow(),
            RUNNER.book(),
            RegionCode.of("330500"),
            LocalDate.of(2024, 12, 1));
    private static final Pattern ID_SHAPED = Pattern.compile("[0-9]{15,}|[0-9]{17}[Xx]");

    @FuzzTest(maxDuration = "60s")
    void caseFile(byte[] data) {
        try {
            CaseFile c = RUNNER.read(data);
            Decision<?> d = RUNNER.decide(c);
            assertThat(Json.compact(d)).isNotEmpty();
        } catch (InvalidInputException e) {
            assertClean(e, data);
        }
    }

    @FuzzTest(maxDuration = "60s")
    void screenLines(byte[] data) throws IOException {
        JsonLines lines = new JsonLines(new ByteArrayInputStream(data));
        JsonLines.Line line;
        while ((line = lines.next()) != null) {
            try {
                if (line.error() != null) {
                    throw line.error();
                }
                if (!line.text().isBlank()) {
                    assertThat(Json.compact(SCREENING.screen(line.text(), line.number())))
                            .isNotEmpty();
                }
            } catch (InvalidInputException e) {
                assertClean(e, data);
            }
        }
    }

    private static void assertClean(InvalidInputException e, byte[] data) {
        String input = new String(data, java.nio.charset.StandardCharsets.UTF_8);
        assertThat(e.violations()).isNotEmpty();
        for (Violation v : e.violations()) {
            assertThat(v.path()).isNotBlank();
            for (String m : new String[] {v.path(), v.messageEn(), v.messageZh()}) {
                Matcher found = ID_SHAPED.matcher(m);
                while (found.find()) {
                    assertThat(input)
                            .as("a message repeats an ID-shaped part of the input: " + v)
                            .doesNotContain(found.group());
                }
            }
        }
    }
}
