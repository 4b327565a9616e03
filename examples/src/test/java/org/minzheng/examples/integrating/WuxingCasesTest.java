package org.minzheng.examples.integrating;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.program.ProgramRegistry;

/**
 * The integrator's case test of docs/integrating.md: every case under the county's case directory
 * is replayed against the shipped data plus the county's overlay pack, one JUnit test per case,
 * failing with every difference from its expectation. Copy it into your own project, with your
 * pack and cases.
 */
class WuxingCasesTest {

    static final Path PACK = Path.of("src/test/integrating/packs/wuxing.yaml");
    static final Path CASES = Path.of("src/test/integrating/cases");

    @TestFactory
    Stream<DynamicTest> everyCaseDecidesAsExpectedWithTheCountyPack() throws IOException {
        CaseChecker checker = CaseChecker.withOverlays(ProgramRegistry.loadDefault(), List.of(PACK));
        List<CasePair> cases = CaseChecker.discover(CASES);
        assertThat(cases).as("cases under " + CASES).isNotEmpty();
        return cases.stream()
                .map(pair -> DynamicTest.dynamicTest(pair.name(), () -> {
                    CaseCheck check = checker.check(pair);
                    assertThat(check.mismatches()).as(pair.name()).isEmpty();
                }));
    }
}
