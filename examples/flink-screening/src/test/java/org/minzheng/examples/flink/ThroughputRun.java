package org.minzheng.examples.flink;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.serialization.SerializerConfigImpl;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeutils.TypeSerializer;
import org.apache.flink.api.connector.sink2.Sink;
import org.apache.flink.api.connector.sink2.SinkWriter;
import org.apache.flink.api.connector.sink2.WriterInitContext;
import org.apache.flink.api.java.typeutils.runtime.kryo.KryoSerializer;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.StateBackendOptions;
import org.apache.flink.core.memory.DataInputDeserializer;
import org.apache.flink.core.memory.DataOutputSerializer;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.examples.flink.ScreeningJob.Mode;
import org.minzheng.examples.flink.ScreeningJob.Settings;
import org.minzheng.examples.flink.testing.Records;
import org.minzheng.examples.flink.testing.SyntheticEvents;

/**
 * Measures the screening job on a local MiniCluster against the same logic in one thread. Not a
 * test: run it by hand (see docs/PERFORMANCE.md, "Flink screening"), it takes minutes.
 *
 * <p>Input: {@link SyntheticEvents} — households × records each (a snapshot, then one change a
 * week), written as two JSON Lines files (households split by index parity, each file in date
 * order, so both source tasks read). Decisions with the illustrative overlay, so the
 * early-warning thresholds are set. Outputs are counted and dropped (the decision JSON is still
 * written: it is part of the work). Arguments: {@code households recordsPerHousehold parallelism
 * [modes]} (default {@code 100000 10 2 STREAM,BATCH,STREAM}; {@code -} for none); {@code -Dthroughput.flinkOnly=true}
 * skips the serialization, library and single-thread parts.
 *
 * <p>CPU figures are CPU time, not wall time: on a shared machine they are the steadier
 * comparison. The library breakdown times each piece of a record's work on this thread's CPU clock.
 */
public final class ThroughputRun {

    private static final Map<String, AtomicLong> COUNTS = new ConcurrentHashMap<>();

    /** Rounds of the per-piece CPU breakdown ({@code -Dthroughput.rounds}, default 2): on a loaded machine, take the best of several. */
    private static final int PIECE_ROUNDS = Integer.getInteger("throughput.rounds", 2);

    /**
     * How the per-piece breakdown writes a decision line ({@code -Dthroughput.write}): {@code bytes}
     * (default: the job's way, {@link Utf8Lines}), {@code string} ({@code Json.compact} to a string,
     * the figure of earlier sessions) or {@code string+utf8} (the string and its UTF-8 encoding: what
     * the job and its file sink did before session 8).
     */
    private static final String WRITE = System.getProperty("throughput.write", "bytes");

    private ThroughputRun() {}

    /**
     * @param args households, records per household, parallelism, modes (comma-separated)
     * @throws Exception if a run fails
     */
    public static void main(String[] args) throws Exception {
        int households = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
        int perHousehold = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        int parallelism = args.length > 2 ? Integer.parseInt(args[2]) : 2;
        List<Mode> modes = new ArrayList<>();
        for (String m : (args.length > 3 ? args[3] : "STREAM,BATCH,STREAM").split(",", -1)) {
            if (!m.isBlank() && !m.equals("-")) {
                modes.add(Mode.valueOf(m.strip().toUpperCase(Locale.ROOT)));
            }
        }
        boolean flinkOnly = Boolean.getBoolean("throughput.flinkOnly");
        say(
                "# Flink screening throughput: %d households x %d records, parallelism %d, %d cores, Java %s, max heap %d MB, "
                        + "load average at start %.1f",
                households,
                perHousehold,
                parallelism,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"),
                Runtime.getRuntime().maxMemory() >> 20,
                java.lang.management.ManagementFactory.getOperatingSystemMXBean()
                        .getSystemLoadAverage());

        long t = System.nanoTime();
        List<String> lines = SyntheticEvents.lines(2024, households, perHousehold);
        Path dir = Files.createTempDirectory("flink-screening-throughput");
        List<String> even = new ArrayList<>();
        List<String> odd = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            ((i % households) % 2 == 0 ? even : odd).add(lines.get(i));
        }
        Files.write(dir.resolve("a.jsonl"), even, StandardCharsets.UTF_8);
        Files.write(dir.resolve("b.jsonl"), odd, StandardCharsets.UTF_8);
        even = null;
        odd = null;
        long bytes = Files.size(dir.resolve("a.jsonl")) + Files.size(dir.resolve("b.jsonl"));
        say("generated %d lines (%d MB) in %.1f s", lines.size(), bytes >> 20, seconds(t));

        String overlay = Records.overlayText();
        PolicyBook book = Records.illustrativeBook();

        if (!flinkOnly) {
            serialization(lines, households);
            screeningOnly(lines, households, book);
            sequential(lines, book);
        }
        lines = null;

        for (Mode mode : modes) {
            flink(mode, dir, overlay, parallelism, households * (long) perHousehold);
        }
    }

    /** The job's logic in one thread ({@link SequentialScreening}), outputs counted. */
    private static void sequential(List<String> lines, PolicyBook book) {
        AtomicLong d = new AtomicLong();
        AtomicLong a = new AtomicLong();
        AtomicLong r = new AtomicLong();
        long t = System.nanoTime();
        long cpu = cpuNanos();
        long gc = gcMillis();
        SequentialScreening.run(lines, new HouseholdMonitor(book), null, new SequentialScreening.Output() {
            @Override
            public void decision(String line) {
                d.incrementAndGet();
            }

            @Override
            public void alert(String line) {
                a.incrementAndGet();
            }

            @Override
            public void reject(String line) {
                r.incrementAndGet();
            }
        });
        double s = seconds(t);
        double c = (cpuNanos() - cpu) / 1e9;
        say(
                "single JVM, 1 thread: %.1f s, %,.0f records/s; CPU %.1f s (%,.0f records per CPU-second), GC %.1f s "
                        + "(decisions %d, alerts %d, rejects %d)",
                s, lines.size() / s, c, lines.size() / c, (gcMillis() - gc) / 1000.0, d.get(), a.get(), r.get());
    }

    private static void flink(Mode mode, Path dir, String overlay, int parallelism, long records) throws Exception {
        Configuration conf = new Configuration();
        conf.set(StateBackendOptions.STATE_BACKEND, "hashmap");
        conf.set(CheckpointingOptions.CHECKPOINT_STORAGE, "filesystem");
        conf.set(
                CheckpointingOptions.CHECKPOINTS_DIRECTORY,
                dir.resolve("checkpoints").toUri().toString());
        StreamExecutionEnvironment env = StreamExecutionEnvironment.createLocalEnvironment(parallelism, conf);
        Settings settings = new Settings(
                mode,
                List.of(
                        dir.resolve("a.jsonl").toString(),
                        dir.resolve("b.jsonl").toString()),
                null,
                "eligibility.yaml",
                overlay,
                null,
                parallelism,
                Duration.ofSeconds(30),
                0,
                null);
        ScreeningJob.configure(env, settings);
        ScreeningJob.Outputs out = ScreeningJob.screen(ScreeningJob.fileInput(env, settings), settings);
        String run = mode + "-" + System.nanoTime();
        out.decisions().sinkTo(new CountingSink(run + "/decisions"));
        out.alerts().sinkTo(new CountingSink(run + "/alerts"));
        out.rejects().sinkTo(new CountingSink(run + "/rejects"));
        long t = System.nanoTime();
        long cpu = cpuNanos();
        long gc = gcMillis();
        Map<String, Long> nativeBefore = nativeThreadCpu();
        long classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
        long jit = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        ThreadCpu threads = ThreadCpu.start();
        JobExecutionResult result = env.execute("throughput " + mode);
        double wall = seconds(t);
        double c = (cpuNanos() - cpu) / 1e9;
        double net = result.getNetRuntime() / 1000.0;
        Map<String, Long> byThread = threads.stop();
        say(
                "Flink %s, parallelism %d%s: net %.1f s (wall %.1f s), %,.0f records/s; CPU %.1f s (%,.0f records per CPU-second), "
                        + "GC %.1f s (decisions %d, alerts %d, rejects %d)",
                mode,
                parallelism,
                mode == Mode.STREAM ? ", checkpoints every 30 s (hashmap state, file storage)" : "",
                net,
                wall,
                records / net,
                c,
                records / c,
                (gcMillis() - gc) / 1000.0,
                count(run + "/decisions"),
                count(run + "/alerts"),
                count(run + "/rejects"));
        StringBuilder split = new StringBuilder();
        byThread.forEach((name, nanos) -> split.append(String.format(
                Locale.ROOT, "; %s %.1f s (%.1f us a record)", name, nanos / 1e9, nanos / 1e3 / records)));
        say("  CPU by thread%s", split);
        Map<String, Long> nativeAfter = nativeThreadCpu();
        StringBuilder vm = new StringBuilder();
        nativeAfter.forEach((name, nanos) -> vm.append(String.format(
                Locale.ROOT,
                "; %s %.1f s (%.1f us a record)",
                name,
                (nanos - nativeBefore.getOrDefault(name, 0L)) / 1e9,
                (nanos - nativeBefore.getOrDefault(name, 0L)) / 1e3 / records)));
        say(
                "  JVM threads%s; classes loaded %d; JIT compilation time %.1f s (the compiler's own clock)",
                vm,
                ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount() - classes,
                (ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - jit) / 1000.0);
    }

    /**
     * CPU time of the JVM's own threads that are not Java threads — the JIT compilers and the
     * garbage collector — by kind, from {@code /proc/self/task} (Linux; empty elsewhere). Clock ticks
     * (usually 10 ms): enough for jobs of seconds.
     */
    private static Map<String, Long> nativeThreadCpu() {
        Map<String, Long> sums = new java.util.TreeMap<>();
        Path tasks = Path.of("/proc/self/task");
        if (!Files.isDirectory(tasks)) {
            return sums;
        }
        try (var dirs = Files.list(tasks)) {
            for (Path task : dirs.toList()) {
                try {
                    String comm = Files.readString(task.resolve("comm")).strip();
                    String kind = comm.startsWith("C2 Compiler")
                            ? "JIT C2 compiler"
                            : comm.startsWith("C1 Compiler")
                                    ? "JIT C1 compiler"
                                    : comm.startsWith("GC ") || comm.startsWith("G1 ") || comm.startsWith("VM Thread")
                                            ? "GC and VM thread"
                                            : null;
                    if (kind == null) {
                        continue;
                    }
                    String stat = Files.readString(task.resolve("stat"));
                    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                    // fields 14 and 15 of stat (utime, stime) are 12 and 13 after the name
                    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]);
                    sums.merge(kind, ticks * 10_000_000L, Long::sum);
                } catch (IOException | RuntimeException e) {
                    // a thread that ended between the listing and the read
                }
            }
        } catch (IOException e) {
            return sums;
        }
        return sums;
    }

    /**
     * CPU time of this JVM's threads while a job runs, by kind of thread (the screening tasks, the
     * source tasks, the asynchronous checkpoint writers, the rest): polled, because Flink's task
     * threads end with the job. JIT compiler and GC threads are not Java threads and are not
     * counted here (the process CPU figure includes them).
     */
    private static final class ThreadCpu implements Runnable {

        private final Map<Long, Long> last = new ConcurrentHashMap<>();
        private final Map<Long, String> kind = new ConcurrentHashMap<>();
        private final Map<Long, Long> first = new ConcurrentHashMap<>();
        private final ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        private volatile boolean running = true;
        private final Thread poller = new Thread(this, "thread-cpu-poller");

        static ThreadCpu start() {
            ThreadCpu t = new ThreadCpu();
            t.poll();
            t.first.putAll(t.last);
            t.poller.setDaemon(true);
            t.poller.start();
            return t;
        }

        @Override
        public void run() {
            while (running) {
                poll();
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }

        private void poll() {
            for (long id : mx.getAllThreadIds()) {
                long nanos = mx.getThreadCpuTime(id);
                if (nanos < 0) {
                    continue;
                }
                if (!kind.containsKey(id)) {
                    var info = mx.getThreadInfo(id);
                    if (info == null) {
                        continue;
                    }
                    kind.put(id, kindOf(info.getThreadName()));
                }
                last.put(id, nanos);
            }
        }

        private static String kindOf(String name) {
            if (name.startsWith("screen households")) {
                return "screening tasks";
            }
            if (name.startsWith("Source")) {
                return "source tasks";
            }
            if (name.startsWith("AsyncOperations")) {
                return "checkpoint writers";
            }
            return "other Java threads";
        }

        Map<String, Long> stop() throws InterruptedException {
            running = false;
            poller.join();
            poll();
            Map<String, Long> sums = new java.util.TreeMap<>();
            last.forEach((id, nanos) -> sums.merge(kind.get(id), nanos - first.getOrDefault(id, 0L), Long::sum));
            return sums;
        }
    }

    /**
     * The library alone, one thread, on facts already in memory, then each piece of a record's work
     * on this thread's CPU clock: validation, evaluation, writing the decision line (core's
     * {@code Json.compact}, the decision's fingerprint included), reading an input line.
     */
    private static void screeningOnly(List<String> lines, int households, PolicyBook book) {
        AssistanceScreeningProgram p = new AssistanceScreeningProgram();
        List<ScreeningFacts> facts = new ArrayList<>(households);
        List<PolicySnapshot> policy = new ArrayList<>(households);
        for (int i = 0; i < households; i++) {
            InputRecord.Snapshot s = (InputRecord.Snapshot) JsonLines.read(lines.get(i), InputRecord.class, "$");
            facts.add(ImmutableScreeningFacts.builder().household(s.household()).build());
            policy.add(book.snapshot(s.region(), s.date()));
        }
        int n = facts.size();
        for (int round = 1; round <= 2; round++) {
            long t = System.nanoTime();
            long eligible = 0;
            for (int i = 0; i < n; i++) {
                Decision<?> d = p.decide(facts.get(i), policy.get(i));
                eligible += d.outcome() == org.minzheng.core.decision.Outcome.ELIGIBLE ? 1 : 0;
            }
            double s = seconds(t);
            say(
                    "library only (decide on facts in memory, no JSON), 1 thread, run %d: %,.0f decisions/s (%d placed)",
                    round, n / s, eligible);
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        int m = Math.min(lines.size(), 5 * n);
        for (int round = 1; round <= PIECE_ROUNDS; round++) {
            long c = threads.getCurrentThreadCpuTime();
            long problems = 0;
            for (int i = 0; i < n; i++) {
                problems += p.validate(facts.get(i), policy.get(i)).size();
            }
            double validate = (threads.getCurrentThreadCpuTime() - c) / 1e3 / n;
            List<Decision<ScreeningResult>> decisions = new ArrayList<>(n);
            c = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < n; i++) {
                decisions.add(p.evaluate(facts.get(i), policy.get(i)));
            }
            double evaluate = (threads.getCurrentThreadCpuTime() - c) / 1e3 / n;
            // One way of writing per JVM: timing two ways in one JVM makes Jackson's call sites see two
            // generators, and each way is then measured with code compiled for both.
            Utf8Lines utf8 = new Utf8Lines();
            c = threads.getCurrentThreadCpuTime();
            long size = 0;
            for (Decision<ScreeningResult> d : decisions) {
                DecisionLine line = new DecisionLine("HZ-0000000", InputRecord.SNAPSHOT, d);
                size += switch (WRITE) {
                    case "bytes" -> utf8.decision(line).length; // the job since session 8
                    case "string" -> HouseholdMonitor.toJson(line).length(); // the string alone
                    case "string+utf8" ->
                        HouseholdMonitor.toJson(line) // the job before: the string, then the sink's encoding
                                .getBytes(StandardCharsets.UTF_8)
                                .length;
                    default -> throw new IllegalArgumentException("throughput.write: bytes, string or string+utf8");
                };
            }
            double write = (threads.getCurrentThreadCpuTime() - c) / 1e3 / n;
            c = threads.getCurrentThreadCpuTime();
            for (int i = 0; i < m; i++) {
                problems += JsonLines.read(lines.get(i), InputRecord.class, "$")
                        .check()
                        .size();
            }
            double read = (threads.getCurrentThreadCpuTime() - c) / 1e3 / m;
            say(
                    "per decision, CPU, run %d: validate %.2f us, evaluate %.2f us, write the decision line (%s) %.2f us "
                            + "(%d %s); read an input line %.2f us (%d lines: snapshots and changes)%s",
                    round,
                    validate,
                    evaluate,
                    WRITE,
                    write,
                    size / n,
                    WRITE.equals("string") ? "chars" : "bytes",
                    read,
                    m,
                    problems == 0 ? "" : " (" + problems + " problems!)");
        }
    }

    /** The cost per household of the ways its facts could cross Flink's serializers. */
    private static void serialization(List<String> lines, int households) {
        int n = Math.min(households, 20_000);
        List<Household> facts = new ArrayList<>(n);
        List<HouseholdState> states = new ArrayList<>(n);
        long jsonBytes = 0;
        for (int i = 0; i < n; i++) {
            InputRecord.Snapshot s = (InputRecord.Snapshot) JsonLines.read(lines.get(i), InputRecord.class, "$");
            facts.add(s.household());
            HouseholdState st = new HouseholdState();
            st.setRegion(s.region().toString());
            st.setHousehold(s.household());
            st.setLastEpochDay(s.date().toEpochDay());
            st.setLastIncomeFen(100_000L);
            st.setRaisedSignals("");
            jsonBytes += JsonLines.writeBytes(s.household()).length;
            states.add(st);
        }
        say("household facts as JSON: %d bytes on average", jsonBytes / n);
        TypeSerializer<HouseholdState> pojo =
                TypeInformation.of(HouseholdState.class).createSerializer(new SerializerConfigImpl());
        for (int round = 1; round <= 2; round++) {
            long t = System.nanoTime();
            long size = 0;
            for (HouseholdState st : states) {
                size += roundTrip(pojo, st);
            }
            say(
                    "PojoSerializer<HouseholdState> write+read (a checkpoint or restore of one household), run %d: %.2f us, %d bytes",
                    round, micros(t, n), size / n);
            t = System.nanoTime();
            for (HouseholdState st : states) {
                JsonLines.read(JsonLines.write(st.getHousehold()), Household.class, "state");
            }
            say(
                    "JSON write+read of the facts (what the job did per record while state held JSON text), run %d: %.2f us",
                    round, micros(t, n));
        }
        KryoSerializer<ImmutableHousehold> kryo =
                new KryoSerializer<>(ImmutableHousehold.class, new SerializerConfigImpl());
        for (int round = 1; round <= 2; round++) {
            long t = System.nanoTime();
            long size = 0;
            int failed = 0;
            String failure = null;
            for (Household h : facts) {
                try {
                    ImmutableHousehold ih = ImmutableHousehold.copyOf(h);
                    DataOutputSerializer out = new DataOutputSerializer(512);
                    kryo.serialize(ih, out);
                    ImmutableHousehold back = kryo.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
                    size += out.length();
                    if (!back.equals(ih)) {
                        failed++;
                        failure = "round trip not equal";
                    }
                } catch (RuntimeException | IOException e) {
                    failed++;
                    failure = e.getClass().getSimpleName() + ": "
                            + String.valueOf(e.getMessage()).lines().findFirst().orElse("");
                }
            }
            say(
                    "Kryo (generic types on) write+read of ImmutableHousehold, run %d: %.2f us, %d bytes, %d of %d failed%s",
                    round,
                    micros(t, n),
                    n == failed ? 0 : size / (n - failed),
                    failed,
                    n,
                    failure == null ? "" : " (" + failure + ")");
        }
    }

    private static <T> int roundTrip(TypeSerializer<T> ser, T value) {
        try {
            DataOutputSerializer out = new DataOutputSerializer(512);
            ser.serialize(value, out);
            T back = ser.deserialize(new DataInputDeserializer(out.getCopyOfBuffer()));
            if (!back.equals(value)) {
                throw new IllegalStateException("round trip not equal");
            }
            return out.length();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** @return the CPU time of the whole process (every thread: the MiniCluster's included) */
    private static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean)
                        java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static long gcMillis() {
        long sum = 0;
        for (var gc : java.lang.management.ManagementFactory.getGarbageCollectorMXBeans()) {
            sum += Math.max(0, gc.getCollectionTime());
        }
        return sum;
    }

    private static long count(String name) {
        AtomicLong c = COUNTS.get(name);
        return c == null ? 0 : c.get();
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }

    private static double micros(long start, int n) {
        return (System.nanoTime() - start) / 1e3 / n;
    }

    private static void say(String format, Object... args) {
        System.out.println(String.format(Locale.ROOT, format, args));
        System.out.flush();
    }

    /** Counts what reaches it (same JVM as the MiniCluster). */
    private static final class CountingSink implements Sink<byte[]> {

        private static final long serialVersionUID = 1L;
        private final String name;

        CountingSink(String name) {
            this.name = name;
            COUNTS.put(name, new AtomicLong());
        }

        @Override
        public SinkWriter<byte[]> createWriter(WriterInitContext context) {
            AtomicLong c = COUNTS.get(name);
            return new SinkWriter<>() {
                @Override
                public void write(byte[] element, Context context) {
                    c.incrementAndGet();
                }

                @Override
                public void flush(boolean endOfInput) {}

                @Override
                public void close() {}
            };
        }
    }
}
