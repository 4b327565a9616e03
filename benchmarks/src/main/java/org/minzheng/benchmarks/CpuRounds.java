package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.ToIntFunction;

/**
 * The measuring loop the thread-CPU probes share ({@link ReadFactsProbe}, {@link WriteDecisionProbe}):
 * each path called {@code calls} times per round, rounds interleaved across paths, the best round's
 * thread CPU per call kept. Thread CPU rather than wall time: on a shared 2-core machine it is the
 * figure that can be compared side by side.
 */
final class CpuRounds {

    private static volatile int sink;

    private CpuRounds() {}

    /**
     * @return for each path, the best round's thread CPU per call, in nanoseconds
     */
    static double[] best(List<ToIntFunction<Object>> paths, int rounds, int calls) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] best = new double[paths.size()];
        Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int p = 0; p < paths.size(); p++) {
                ToIntFunction<Object> path = paths.get(p);
                long start = threads.getCurrentThreadCpuTime();
                int total = 0;
                for (int i = 0; i < calls; i++) {
                    total += path.applyAsInt(null);
                }
                long cpu = threads.getCurrentThreadCpuTime() - start;
                sink += total; // keeps the calls' results alive
                best[p] = Math.min(best[p], (double) cpu / calls);
            }
        }
        return best;
    }

    /** Prints one line per path: its name padded to {@code width}, its best CPU per call. */
    static void print(List<String> names, double[] best, int width, int rounds, int calls) {
        for (int p = 0; p < names.size(); p++) {
            System.out.printf(
                    Locale.ROOT,
                    "%-" + width + "s %9.1f ns of CPU (best of %d rounds of %,d)%n",
                    names.get(p),
                    best[p],
                    rounds,
                    calls);
        }
    }
}
