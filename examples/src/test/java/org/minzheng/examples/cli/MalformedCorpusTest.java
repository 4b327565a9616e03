package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The committed corpus of malformed case files (issue 14; the same files seed the fuzz corpus
 * of {@link InputFuzzTest}): {@code minzheng decide FILE} ends in exit 2, prints nothing on
 * stdout, no stack trace, no ID-shaped number and none of the names the files carry on stderr.
 */
class MalformedCorpusTest {

    static Stream<Path> malformed() throws IOException {
        Path dir = Path.of("src/test/resources/org/minzheng/examples/cli/InputFuzzTestInputs/caseFile");
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> p.getFileName().toString().startsWith("malformed-"))
                    .sorted()
                    .toList();
            assertThat(files).hasSizeGreaterThan(500);
            return files.stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void decide_malformedCaseFile_exit2_pathsOnStderr_nothingPersonal(Path file) {
        CliRun r = CliRun.of("decide", file.toString());
        assertThat(RejectionChecks.problems(
                        r, List.of(MalformedCases.NAME, MalformedCases.ID, MalformedCases.ID_SHAPED, "王小明")))
                .as(r.toString())
                .isEmpty();
        assertThat(r.err()).as("every problem is named with its path").containsPattern("minzheng: {3}\\S+: ");
    }
}
