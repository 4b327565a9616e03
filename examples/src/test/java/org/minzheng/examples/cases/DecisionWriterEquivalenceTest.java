package org.minzheng.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.ReferenceJson;

/**
 * Issue 18: the decision writer of {@code core.json} writes every example case's decision (every
 * program, {@code cases/**}) to the same bytes as Jackson's bean serialisation of {@code Decision}
 * (the reference: the same mapper without the writer) — as a string, as UTF-8 to a stream, pretty,
 * and inside another record as {@code minzheng screen} and the Flink job write it. Each case is
 * decided twice, so that both a fresh decision (its findings and warnings not yet made) and one
 * already read are written first by the writer.
 */
class DecisionWriterEquivalenceTest {

    @Test
    void theMapperWritesDecisionsWithTheWriter() {
        assertThat(ReferenceJson.writerRegistered()).isTrue();
    }

    @TestFactory
    Stream<DynamicTest> everyExampleCase_isWrittenByteForByteAsJacksonsBeanSerialisationWritesIt() throws IOException {
        List<CasePair> pairs = CaseChecker.discover(ExampleCasesTest.CASES);
        assertThat(pairs).hasSizeGreaterThan(200);
        return pairs.stream()
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> {
                    Decision<?> fresh = ExampleCasesTest.CHECKER.check(p).decision();
                    if (fresh == null) {
                        return; // a case whose input is refused has no decision to write
                    }
                    String fast = Json.compact(fresh);
                    byte[] fastBytes = ReferenceJson.fastBytes(fresh);
                    String reference = ReferenceJson.compact(fresh);
                    assertThat(fast).isEqualTo(reference);
                    assertThat(fastBytes).isEqualTo(reference.getBytes(StandardCharsets.UTF_8));
                    assertThat(ReferenceJson.compactBytes(fresh)).isEqualTo(fastBytes);

                    Decision<?> again = ExampleCasesTest.CHECKER.check(p).decision();
                    byte[] againBytes = ReferenceJson.fastBytes(again);
                    assertThat(againBytes).isEqualTo(fastBytes);
                    assertThat(Json.pretty(again)).isEqualTo(Json.pretty(fresh));

                    Line line = new Line(p.name(), again);
                    assertThat(Json.compact(line)).isEqualTo(ReferenceJson.compact(line));

                    // the program's result on its own (records read through bound accessors)
                    Object result = again.result().orElse(null);
                    if (result != null) {
                        assertThat(Json.compact(result)).isEqualTo(ReferenceJson.compact(result));
                        assertThat(ReferenceJson.fastBytes(result)).isEqualTo(ReferenceJson.compactBytes(result));
                    }
                }));
    }

    /** A decision inside another record, as the screening and Flink lines hold it. */
    record Line(String id, Decision<?> decision) {}
}
