package org.minzheng.benchmarks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.function.ToIntFunction;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.StreamRead;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * Reading a household on {@code screen}'s streaming path, timed by <b>thread CPU time</b> (best
 * round kept; steadier than wall clock on a shared machine): the facts of {@link
 * ScreenLineBenchmarks}' 1,024 generated households through {@code Json.read} (the streaming
 * reader, declining to the tree reader), the same facts wrapped in {@code screen}'s envelope
 * ({@code id}, {@code region}, {@code date}, {@code synthetic}) read token by token as {@code
 * screen} reads it, and a whole line: read, decide, write to bytes. Uses only public API, so that
 * the same class runs against an older benchmarks jar:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ReadFactsProbe [rounds] [calls]</pre>
 */
public final class ReadFactsProbe {

    private static volatile int sink;

    private ReadFactsProbe() {}

    /**
     * @param args rounds (default 12) and calls per round (default 50,000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50_000;
        PolicySnapshot wuxing = PolicyBook.loadDefault().snapshot(RegionCode.of("330502"), Population.DATE);
        AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
        int n = ScreenLineBenchmarks.N;
        byte[][] facts = new byte[n][];
        byte[][] lines = new byte[n][];
        long bytes = 0;
        for (int k = 0; k < n; k++) {
            String f = "{\"household\":" + Json.compact(Population.household(42, k)) + "}";
            facts[k] = f.getBytes(StandardCharsets.UTF_8);
            lines[k] = ("{\"id\":\"syn-synthetic-" + (k + 1)
                            + "\",\"region\":\"330502\",\"date\":\"2025-01-01\",\"synthetic\":true,\"facts\":" + f
                            + "}")
                    .getBytes(StandardCharsets.UTF_8);
            bytes += facts[k].length;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(16 * 1024);
        int[] next = new int[1];
        List<String> names = List.of("facts, Json.read", "envelope + facts, streaming", "line: read, decide, bytes");
        List<ToIntFunction<Object>> paths = List.of(
                x -> {
                    byte[] b = facts[next[0]++ & (n - 1)];
                    return Json.read(b, 0, b.length, ScreeningFacts.class, "facts")
                            .household()
                            .members()
                            .size();
                },
                x -> envelope(lines[next[0]++ & (n - 1)]).household().members().size(),
                x -> {
                    byte[] b = facts[next[0]++ & (n - 1)];
                    ScreeningFacts f = Json.read(b, 0, b.length, ScreeningFacts.class, "facts");
                    out.reset();
                    try {
                        Json.compact(screening.decide(f, wuxing), out);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                    return out.size();
                });
        double[] best = CpuRounds.best(paths, rounds, calls);
        System.out.printf(
                java.util.Locale.ROOT, "households: %d, facts %.0f bytes on average%n", n, (double) bytes / n);
        CpuRounds.print(names, best, 30, rounds, calls);
    }

    /** The envelope read as {@code screen} reads it (its checks of ids and regions aside). */
    private static ScreeningFacts envelope(byte[] line) {
        try (JsonParser p = StreamRead.open(line, 0, line.length)) {
            ScreeningFacts facts = null;
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalStateException("not an object");
            }
            for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                String name = p.currentName();
                p.nextToken();
                switch (name) {
                    case "id" -> sink += p.getText().length();
                    case "region" ->
                        sink += StreamRead.value(p, RegionCode.class).hashCode();
                    case "date" -> sink += StreamRead.value(p, LocalDate.class).getDayOfMonth();
                    case "synthetic" -> sink += p.currentToken() == JsonToken.VALUE_TRUE ? 1 : 0;
                    case "facts" -> facts = StreamRead.value(p, ScreeningFacts.class);
                    default -> throw new IllegalStateException("unknown field");
                }
            }
            return facts;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
