package org.minzheng.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One line of {@code minzheng screen}, piece by piece and whole (issue 18): the facts of a
 * generated household ({@link Population}, about 800 bytes of JSON) read the tree way
 * ({@code Json.readTree} + {@code Json.convert}, as before) and the streaming way
 * ({@code Json.read}); the {@code assistance-screening} decision written as a string then
 * encoded (as before) and straight to UTF-8 bytes; and a whole line, read + decide + write, both
 * ways, and with {@code evaluate} instead of {@code decide} to show what validation costs. Each
 * operation takes the next of {@value #N} households, so that the figures are not one
 * household's.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ScreenLineBenchmarks {

    static final int N = 1024;

    private final AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
    private PolicySnapshot snapshot;
    private String[] texts;
    private byte[][] bytes;
    private Decision<?>[] decisions;
    private ScreeningFacts[] facts;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
    private int i;

    /** Builds the households' JSON and their decisions. */
    @Setup
    public void setUp() {
        PolicyBook book = PolicyBook.loadDefault();
        snapshot = book.snapshot(RegionCode.of("330502"), Population.DATE);
        texts = new String[N];
        bytes = new byte[N][];
        decisions = new Decision<?>[N];
        facts = new ScreeningFacts[N];
        for (int k = 0; k < N; k++) {
            texts[k] = "{\"household\":" + Json.compact(Population.household(42, k)) + "}";
            bytes[k] = texts[k].getBytes(StandardCharsets.UTF_8);
            facts[k] = read(k);
            decisions[k] = screening.decide(facts[k], snapshot);
        }
    }

    private ScreeningFacts read(int k) {
        return Json.read(bytes[k], 0, bytes[k].length, ScreeningFacts.class, "facts");
    }

    private int next() {
        int k = i;
        i = (i + 1) & (N - 1);
        return k;
    }

    /** @return facts read the tree way (before) */
    @Benchmark
    public ScreeningFacts readFactsTree() {
        int k = next();
        return Json.convert(Json.readTree(bytes[k], "facts"), ScreeningFacts.class, "facts");
    }

    /** @return facts read in one streaming pass */
    @Benchmark
    public ScreeningFacts readFactsStream() {
        return read(next());
    }

    /** @return a screening decision written as a string, then encoded (before) */
    @Benchmark
    public byte[] writeDecisionString() {
        return Json.compact(decisions[next()]).getBytes(StandardCharsets.UTF_8);
    }

    /** @return a screening decision written straight to UTF-8 bytes */
    @Benchmark
    public int writeDecisionBytes() throws IOException {
        out.reset();
        Json.compact(decisions[next()], out);
        return out.size();
    }

    /** @return a whole line the old way: tree, decide, string */
    @Benchmark
    public byte[] lineTree() {
        int k = next();
        ScreeningFacts f = Json.convert(Json.readTree(bytes[k], "facts"), ScreeningFacts.class, "facts");
        return Json.compact(screening.decide(f, snapshot)).getBytes(StandardCharsets.UTF_8);
    }

    /** @return a whole line the new way: stream, decide, bytes */
    @Benchmark
    public int lineStream() throws IOException {
        out.reset();
        Json.compact(screening.decide(read(next()), snapshot), out);
        return out.size();
    }

    /** @return a whole line the new way with {@code evaluate} (no validation): validation's share */
    @Benchmark
    public int lineStreamEvaluate() throws IOException {
        out.reset();
        Json.compact(screening.evaluate(read(next()), snapshot), out);
        return out.size();
    }

    /** @return a screening decision alone (validation included) */
    @Benchmark
    public Decision<ScreeningResult> decide() {
        return screening.decide(facts[next()], snapshot);
    }

    /** @return a screening decision alone, without validation */
    @Benchmark
    public Decision<ScreeningResult> evaluate() {
        return screening.evaluate(facts[next()], snapshot);
    }
}
