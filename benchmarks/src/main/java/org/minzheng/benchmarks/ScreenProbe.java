package org.minzheng.benchmarks;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.StreamRead;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * {@code minzheng screen}'s work on a <b>varied population</b>, split into its three parts and
 * timed by <b>thread CPU</b> and <b>thread allocation</b>: the lines of a JSON Lines file as
 * {@code minzheng population} writes them (one wrapped household a line: {@code id}, {@code
 * region}, {@code date}, {@code synthetic}, {@code facts}), decided by {@code assistance-screening}
 * with the illustrative overlay, as {@code screen --illustrative} decides them. Each round runs
 * every line through
 * <ol>
 *   <li><b>read</b>: the envelope and the facts, token by token on the streaming reader, as
 *       {@code screen}'s fast path reads a good line (its checks of ids, regions and dates aside);</li>
 *   <li><b>decide</b>: {@code decide} on the facts read, with the snapshot of the line's region and
 *       date (fresh decisions every round);</li>
 *   <li><b>write</b>: each of those decisions, in {@code screen}'s output record ({@code id},
 *       {@code line}, {@code decision}), to UTF-8 bytes ({@code Json.compact(value, out)});</li>
 *   <li><b>line</b>: the three one line at a time, as a worker does.</li>
 * </ol>
 * The best round's CPU per household is kept for each part, with the bytes that round allocated.
 * Unlike {@link WriteDecisionProbe} (one decision written again and again) and {@link
 * ReadFactsProbe} ({@link Population}'s restricted mix, the shipped book), every household here
 * differs, so caches that miss and call sites that see many types cost what they cost in
 * {@code screen}. Uses only public API, so that the same class runs against an older benchmarks
 * jar. The input is reproducible:
 *
 * <pre>
 * java -jar examples/target/minzheng.jar population --size 20000 --seed 7 --region 330502 --out pop20k.jsonl
 * java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ScreenProbe pop20k.jsonl [households] [rounds]
 * </pre>
 */
public final class ScreenProbe {

    /** {@code screen}'s output line. */
    @JsonPropertyOrder({"id", "line", "decision"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Screened(String id, long line, Decision<?> decision) {}

    private static final String[] OVERLAY = {"eligibility.yaml", "eligibility-special.yaml"};

    private ScreenProbe() {}

    /**
     * @param args the JSON Lines file, how many of its first lines (default 10,000) and rounds
     *             (default 12)
     */
    public static void main(String[] args) throws IOException {
        Path file = Path.of(args.length > 0 ? args[0] : "/tmp/pop200k.jsonl");
        int n = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 12;
        List<byte[]> input = new ArrayList<>(n);
        long bytes = 0;
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            for (String l; input.size() < n && (l = r.readLine()) != null; ) {
                byte[] b = l.getBytes(StandardCharsets.UTF_8);
                input.add(b);
                bytes += b.length;
            }
        }
        n = input.size();
        PolicyBook book = illustrativeBook();
        AssistanceScreeningProgram program = new AssistanceScreeningProgram();
        Envelope envelope = new Envelope(book);
        Envelope.Line[] read = new Envelope.Line[n];
        Decision<?>[] decided = new Decision<?>[n];
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long tid = Thread.currentThread().getId();
        // Json.compactWriter (one generator for many values), where the jar has it
        java.lang.reflect.Method compactWriter = compactWriter();
        String[] names = compactWriter == null
                ? new String[] {"read (envelope + facts)", "decide", "write (to bytes)", "line (read, decide, write)"}
                : new String[] {
                    "read (envelope + facts)",
                    "decide",
                    "write (to bytes)",
                    "line (read, decide, write)",
                    "write, one generator",
                    "line, one generator"
                };
        double[] bestCpu = new double[names.length];
        double[] alloc = new double[names.length];
        java.util.Arrays.fill(bestCpu, Double.MAX_VALUE);
        long outBytes = 0;
        for (int round = 0; round < rounds; round++) {
            for (int part = 0; part < names.length; part++) {
                long cpu0 = threads.getCurrentThreadCpuTime();
                long alloc0 = threads.getThreadAllocatedBytes(tid);
                long sink = 0;
                switch (part) {
                    case 0 -> {
                        for (int k = 0; k < n; k++) {
                            byte[] b = input.get(k);
                            read[k] = envelope.read(b);
                        }
                    }
                    case 1 -> {
                        for (int k = 0; k < n; k++) {
                            decided[k] = program.decide(read[k].facts(), read[k].snapshot());
                        }
                    }
                    case 2 -> {
                        for (int k = 0; k < n; k++) {
                            out.reset();
                            write(new Screened(read[k].id(), k + 1, decided[k]), out);
                            sink += out.size();
                        }
                        outBytes = sink;
                    }
                    case 3 -> {
                        for (int k = 0; k < n; k++) {
                            Envelope.Line l = envelope.read(input.get(k));
                            out.reset();
                            write(new Screened(l.id(), k + 1, program.decide(l.facts(), l.snapshot())), out);
                            sink += out.size();
                        }
                    }
                    case 4 -> {
                        try (java.io.Closeable w = (java.io.Closeable) compactWriter.invoke(null, out)) {
                            java.lang.reflect.Method write = w.getClass().getMethod("write", Object.class);
                            for (int k = 0; k < n; k++) {
                                out.reset();
                                write.invoke(w, new Screened(read[k].id(), k + 1, decided[k]));
                                sink += out.size();
                            }
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                    default -> {
                        try (java.io.Closeable w = (java.io.Closeable) compactWriter.invoke(null, out)) {
                            java.lang.reflect.Method write = w.getClass().getMethod("write", Object.class);
                            for (int k = 0; k < n; k++) {
                                Envelope.Line l = envelope.read(input.get(k));
                                out.reset();
                                write.invoke(w, new Screened(l.id(), k + 1, program.decide(l.facts(), l.snapshot())));
                                sink += out.size();
                            }
                        } catch (ReflectiveOperationException e) {
                            throw new IllegalStateException(e);
                        }
                    }
                }
                long cpu = threads.getCurrentThreadCpuTime() - cpu0;
                long allocated = threads.getThreadAllocatedBytes(tid) - alloc0;
                if (sink < 0) {
                    throw new IllegalStateException();
                }
                if ((double) cpu / n < bestCpu[part]) {
                    bestCpu[part] = (double) cpu / n;
                    alloc[part] = (double) allocated / n;
                }
            }
        }
        System.out.printf(
                Locale.ROOT,
                "households: %d (%s), %.0f bytes a line in, %.0f bytes a decision line out; %d rounds%n",
                n,
                file.getFileName(),
                (double) bytes / n,
                (double) outBytes / n,
                rounds);
        for (int p = 0; p < names.length; p++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-28s %9.1f ns of CPU, %8.0f B allocated a household (best round)%n",
                    names[p],
                    bestCpu[p],
                    alloc[p]);
        }
        System.out.printf(
                Locale.ROOT,
                "%-28s %9.1f ns (read + decide + write)%n",
                "sum of the parts",
                bestCpu[0] + bestCpu[1] + bestCpu[2]);
    }

    private static java.lang.reflect.Method compactWriter() {
        try {
            return Json.class.getMethod("compactWriter", java.io.OutputStream.class);
        } catch (NoSuchMethodException e) {
            return null;
        }
    }

    private static void write(Object value, ByteArrayOutputStream out) {
        try {
            Json.compact(value, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The book {@code screen --illustrative} decides with: the shipped data and the eligibility overlays. */
    static PolicyBook illustrativeBook() {
        PolicyBook.Builder b = PolicyBook.builderWithDefaults();
        for (String name : OVERLAY) {
            try (InputStream in =
                    ScreenProbe.class.getResourceAsStream("/org/minzheng/examples/illustrative/" + name)) {
                if (in == null) {
                    throw new IllegalStateException(name + ": illustrative overlay not on the class path");
                }
                b.addOverlay(PolicySource.ofText(name, new String(in.readAllBytes(), StandardCharsets.UTF_8)));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return b.build();
    }

    /** Reads a wrapped line as {@code screen}'s fast path does. */
    private static final class Envelope {

        record Line(String id, ScreeningFacts facts, PolicySnapshot snapshot) {}

        private final PolicyBook book;
        private final StreamRead.ValueReader<ScreeningFacts> facts = StreamRead.reader(ScreeningFacts.class);
        private final StreamRead.ValueReader<RegionCode> region = StreamRead.reader(RegionCode.class);
        private final StreamRead.ValueReader<LocalDate> date = StreamRead.reader(LocalDate.class);

        Envelope(PolicyBook book) {
            this.book = book;
        }

        Line read(byte[] line) {
            String id = null;
            RegionCode r = null;
            LocalDate d = null;
            ScreeningFacts f = null;
            try (JsonParser p = StreamRead.open(line, 0, line.length)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    throw new IllegalStateException("not an object");
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (name) {
                        case "id" -> id = p.getText();
                        case "region" -> r = region.read(p);
                        case "date" -> d = date.read(p);
                        case "synthetic" -> {
                            if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE) {
                                throw new IllegalStateException("synthetic");
                            }
                        }
                        case "facts" -> f = facts.read(p);
                        default -> throw new IllegalStateException("not a wrapped line");
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            if (r == null || d == null || f == null) {
                throw new IllegalStateException("not a wrapped line with region, date and facts");
            }
            return new Line(id, f, book.snapshot(r, d));
        }
    }
}
