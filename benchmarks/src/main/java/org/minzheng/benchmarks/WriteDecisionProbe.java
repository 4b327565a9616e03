package org.minzheng.benchmarks;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.ToIntFunction;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * Writing a decision as JSON, timed by <b>thread CPU time</b> (a steadier measure than JMH's wall
 * clock on a shared machine: stolen time and other processes do not count), best round kept. The
 * decisions are those of {@link ScreenLineBenchmarks} ({@code assistance-screening}, 1,024
 * generated households, the shipped book, Huzhou's Wuxing district) and of {@link
 * DecisionBenchmarks} ({@code dibao}, the family of three, the illustrative overlay); each is
 * written to UTF-8 bytes ({@code Json.compact(value, out)}) and as a string then encoded
 * ({@code Json.compact(value).getBytes(UTF_8)}). The decisions written again and again have their
 * lazily made parts (findings, warnings) already made; "decide + bytes" less "decide" is what a
 * fresh decision costs to write, as in {@code minzheng screen}. Uses only public API, so that the same class
 * runs against an older benchmarks jar:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.WriteDecisionProbe [rounds] [calls]</pre>
 */
public final class WriteDecisionProbe {

    private WriteDecisionProbe() {}

    /**
     * @param args rounds (default 12) and calls per round (default 50,000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        PolicyBook shipped = PolicyBook.loadDefault();
        PolicySnapshot wuxing = shipped.snapshot(RegionCode.of("330502"), Population.DATE);
        AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
        int n = ScreenLineBenchmarks.N;
        Decision<?>[] screened = new Decision<?>[n];
        ScreeningFacts[] facts = new ScreeningFacts[n];
        long chars = 0;
        for (int k = 0; k < n; k++) {
            byte[] line = ("{\"household\":" + Json.compact(Population.household(42, k)) + "}")
                    .getBytes(StandardCharsets.UTF_8);
            facts[k] = Json.read(line, 0, line.length, ScreeningFacts.class, "facts");
            screened[k] = screening.decide(facts[k], wuxing);
            chars += Json.compact(screened[k]).length();
        }
        Decision<?> dibao = new DibaoProgram()
                .decide(
                        DibaoDmnCases.familyOfThree(),
                        Fixtures.illustrativeBook().snapshot(RegionCode.of("330500"), Population.DATE));
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        int[] next = new int[1];
        List<String> names = List.of(
                "screening, to bytes",
                "screening, string + encode",
                "dibao, to bytes",
                "dibao, string",
                "screening, decide",
                "screening, decide + bytes");
        List<ToIntFunction<Object>> paths = List.of(
                x -> bytes(screened[next[0]++ & (n - 1)], out),
                x -> Json.compact(screened[next[0]++ & (n - 1)]).getBytes(StandardCharsets.UTF_8).length,
                x -> bytes(dibao, out),
                x -> Json.compact(dibao).length(),
                x -> screening
                        .decide(facts[next[0]++ & (n - 1)], wuxing)
                        .outcome()
                        .ordinal(),
                x -> bytes(screening.decide(facts[next[0]++ & (n - 1)], wuxing), out));
        double[] best = CpuRounds.best(paths, rounds, calls);
        System.out.printf(
                java.util.Locale.ROOT,
                "screening decisions: %d, %.0f chars on average; dibao decision: %d chars%n",
                n,
                (double) chars / n,
                Json.compact(dibao).length());
        CpuRounds.print(names, best, 28, rounds, calls);
    }

    private static int bytes(Decision<?> d, ByteArrayOutputStream out) {
        out.reset();
        try {
            Json.compact(d, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.size();
    }
}
