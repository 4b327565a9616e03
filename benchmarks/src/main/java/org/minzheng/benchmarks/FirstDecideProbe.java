package org.minzheng.benchmarks;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionTable;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.household.Household;

/**
 * The first {@code dibao} decision of a fresh JVM, broken down by phase: what
 * {@link ColdStartBenchmarks} times as one number. Each phase is timed by the main thread's
 * <b>CPU time</b> (other processes and stolen time do not count, so a loaded machine gives
 * usable figures) and by the wall clock, with the number of classes it loads. The phases, in the
 * order a first decision meets them:
 *
 * <ol>
 *   <li>{@code region table}: the national division table found and Huzhou's chain read
 *   <li>{@code keys}: the modules' providers found and their parameter keys declared (class
 *       initialisation of the key holders)
 *   <li>{@code packs}: the shipped pack files and the examples' illustrative overlay read and
 *       checked ({@code PolicyBook.builderWithDefaults().addOverlay(…).build()})
 *   <li>{@code snapshot}: Huzhou on 2025-03-01 resolved
 *   <li>{@code facts}: the family of three built
 *   <li>{@code evaluate}: the first {@code evaluate}
 *   <li>{@code validate}: the first {@code decide} after it (the first validation plans and domain
 *       checks: what {@code decide} adds)
 * </ol>
 *
 * <p>Run without arguments, it starts {@code runs} fresh JVMs with the same class path (and the
 * JVM options in the system property {@code probe.jvm}, such as an AppCDS archive), each running
 * the phases once, and prints each phase's best and median:
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.FirstDecideProbe [runs]
 * java -Dprobe.jvm=-XX:SharedArchiveFile=app.jsa -cp … FirstDecideProbe 10</pre>
 *
 * The management beans the probe reads are started before the first phase; their own cost is
 * printed as {@code probe}, outside the total. {@code --once} with {@code -Dprobe.marks=true} prints
 * a line as each phase starts, to read with {@code -Xlog:class+load:stdout} or a JFR recording.
 */
public final class FirstDecideProbe {

    private static final String[] PHASES = {"region table", "keys", "packs", "snapshot", "facts", "evaluate", "validate"
    };

    private static volatile Object sink;

    private FirstDecideProbe() {}

    /**
     * @param args {@code [runs]} (default 10) to start fresh JVMs and summarise them, or
     *             {@code --once} to run the phases in this JVM and print one line per phase
     * @throws Exception if a child JVM cannot be started or fails
     */
    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("--once")) {
            once();
        } else {
            summarise(args.length > 0 ? Integer.parseInt(args[0]) : 10);
        }
    }

    private static void once() {
        long t0 = System.nanoTime();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long[] cpu = new long[PHASES.length + 1];
        long[] wall = new long[PHASES.length + 1];
        int[] loaded = new int[PHASES.length + 1];
        long probeWall = System.nanoTime() - t0;
        int probeClasses = classes.getLoadedClassCount();
        cpu[0] = threads.getCurrentThreadCpuTime();
        wall[0] = System.nanoTime();
        loaded[0] = classes.getLoadedClassCount();
        PolicyBook book = null;
        PolicySnapshot snapshot = null;
        Household household = null;
        DibaoProgram dibao = null;
        boolean marks = Boolean.getBoolean("probe.marks");
        for (int p = 0; p < PHASES.length; p++) {
            if (marks) {
                // for -Xlog:class+load:stdout: which classes each phase loads
                System.out.println("=== phase " + PHASES[p]);
            }
            switch (p) {
                case 0:
                    sink = RegionTable.national().chain(DibaoDmnCases.REGION, Population.DATE);
                    break;
                case 1:
                    for (PolicyDataProvider provider :
                            ServiceLoader.load(PolicyDataProvider.class, PolicyBook.class.getClassLoader())) {
                        sink = provider.keys();
                    }
                    break;
                case 2:
                    book = Fixtures.illustrativeBook();
                    break;
                case 3:
                    snapshot = book.snapshot(DibaoDmnCases.REGION, Population.DATE);
                    break;
                case 4:
                    household = DibaoDmnCases.familyOfThree();
                    dibao = new DibaoProgram();
                    break;
                case 5:
                    sink = dibao.evaluate(household, snapshot);
                    break;
                default:
                    Decision<?> d = dibao.decide(household, snapshot);
                    if (d.findings().isEmpty()) {
                        throw new IllegalStateException("the family of three was not decided");
                    }
                    sink = d;
                    break;
            }
            cpu[p + 1] = threads.getCurrentThreadCpuTime();
            wall[p + 1] = System.nanoTime();
            loaded[p + 1] = classes.getLoadedClassCount();
        }
        System.out.printf(Locale.ROOT, "probe %d %d %d%n", probeWall, probeWall, probeClasses);
        for (int p = 0; p < PHASES.length; p++) {
            System.out.printf(
                    Locale.ROOT,
                    "%d %d %d %d%n",
                    p,
                    cpu[p + 1] - cpu[p],
                    wall[p + 1] - wall[p],
                    loaded[p + 1] - loaded[p]);
        }
    }

    private static void summarise(int runs) throws IOException, InterruptedException {
        String java = System.getProperty("java.home") + File.separator + "bin" + File.separator + "java";
        List<String> command = new ArrayList<>();
        command.add(java);
        String jvm = System.getProperty("probe.jvm", "").trim();
        if (!jvm.isEmpty()) {
            command.addAll(Arrays.asList(jvm.split("\\s+")));
        }
        command.addAll(
                List.of("-cp", System.getProperty("java.class.path"), FirstDecideProbe.class.getName(), "--once"));
        int n = PHASES.length;
        long[][] cpu = new long[n + 1][runs];
        long[][] wall = new long[n + 1][runs];
        long[][] loaded = new long[n + 1][runs];
        for (int r = 0; r < runs; r++) {
            Process child =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            List<String> lines = new ArrayList<>();
            try (BufferedReader in =
                    new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            }
            if (child.waitFor() != 0 || lines.size() != n + 1) {
                throw new IllegalStateException("the probe's child JVM failed:\n" + String.join("\n", lines));
            }
            String[] probe = lines.get(0).split(" ");
            wall[n][r] = Long.parseLong(probe[2]);
            loaded[n][r] = Long.parseLong(probe[3]);
            for (int p = 0; p < n; p++) {
                String[] f = lines.get(p + 1).split(" ");
                cpu[p][r] = Long.parseLong(f[1]);
                wall[p][r] = Long.parseLong(f[2]);
                loaded[p][r] = Long.parseLong(f[3]);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "first dibao decision in %d fresh JVMs%s: thread CPU and wall time per phase (ms), classes loaded%n",
                runs,
                jvm.isEmpty() ? "" : " (" + jvm + ")");
        System.out.printf(
                Locale.ROOT,
                "%-14s %9s %9s %9s %9s %8s%n",
                "phase",
                "cpu best",
                "cpu med",
                "wall best",
                "wall med",
                "classes");
        long[] totalCpu = new long[runs];
        long[] totalWall = new long[runs];
        long[] totalLoaded = new long[runs];
        for (int p = 0; p < n; p++) {
            for (int r = 0; r < runs; r++) {
                totalCpu[r] += cpu[p][r];
                totalWall[r] += wall[p][r];
                totalLoaded[r] += loaded[p][r];
            }
            row(PHASES[p], cpu[p], wall[p], loaded[p]);
        }
        row("total", totalCpu, totalWall, totalLoaded);
        System.out.printf(
                Locale.ROOT,
                "(probe's management beans, before the first phase: %.1f ms wall, %d classes loaded by then)%n",
                median(wall[n]) / 1e6,
                median(loaded[n]));
    }

    private static void row(String name, long[] cpu, long[] wall, long[] loaded) {
        System.out.printf(
                Locale.ROOT,
                "%-14s %9.1f %9.1f %9.1f %9.1f %8d%n",
                name,
                min(cpu) / 1e6,
                median(cpu) / 1e6,
                min(wall) / 1e6,
                median(wall) / 1e6,
                median(loaded));
    }

    private static long min(long[] xs) {
        long m = Long.MAX_VALUE;
        for (long x : xs) {
            m = Math.min(m, x);
        }
        return m;
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
