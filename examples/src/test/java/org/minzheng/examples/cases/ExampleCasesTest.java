package org.minzheng.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.Mismatch;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * Replays every example case under {@code examples/cases} through the same {@link CaseChecker}
 * as {@code minzheng check}, so that no shipped example can rot.
 */
class ExampleCasesTest {

    static final Path CASES = Path.of("cases");
    static final CaseChecker CHECKER = IllustrativeOverlay.checker();

    @TestFactory
    Stream<DynamicTest> everyExampleCase_decidesAsExpected() throws IOException {
        List<CasePair> pairs = CaseChecker.discover(CASES);
        assertThat(pairs).isNotEmpty();
        return pairs.stream()
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> {
                    CaseCheck c = CHECKER.check(p);
                    assertThat(c.mismatches())
                            .as(
                                    "%s:%n  %s",
                                    p.name(),
                                    c.mismatches().stream()
                                            .map(Mismatch::toString)
                                            .collect(Collectors.joining("\n  ")))
                            .isEmpty();
                    assertThat(c.decision()).isNotNull();
                }));
    }

    @Test
    void everyRegisteredProgram_hasAtLeastThreeExampleCases() throws IOException {
        Map<String, Integer> byProgram = new TreeMap<>();
        for (CasePair p : CaseChecker.discover(CASES)) {
            CaseCheck c = CHECKER.check(p);
            byProgram.merge(c.program(), 1, Integer::sum);
            // cases live in the directory named after their program
            assertThat(p.name()).startsWith(c.program() + "/");
        }
        for (Program<?, ?> program : ProgramRegistry.loadDefault().all()) {
            assertThat(byProgram.getOrDefault(program.id(), 0))
                    .as("example cases of %s under cases/%s/", program.id(), program.id())
                    .isGreaterThanOrEqualTo(3);
        }
    }
}
