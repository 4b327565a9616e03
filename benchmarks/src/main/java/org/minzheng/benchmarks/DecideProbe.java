package org.minzheng.benchmarks;

import jakarta.validation.Validator;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.rules.HouseholdChecks;

/**
 * A steadier measure than JMH's wall clock on a shared machine: times the {@code dibao} paths
 * alternately in one JVM by <b>thread CPU time</b> (stolen time and other processes do not count),
 * keeping each path's best round. Paths: {@code evaluate}; {@code decide} (compiled validation
 * plans, domain checks, evaluate); the same through Hibernate Validator (what {@code decide} did
 * before the plans: Hibernate Validator's walk, the domain checks, evaluate); each validator
 * alone (the compiled validation is the validator generated at build time where the facts class
 * has one); and {@code dibao}'s domain checks alone.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.DecideProbe [rounds] [calls]</pre>
 */
public final class DecideProbe {

    private static volatile int sink;

    private DecideProbe() {}

    /**
     * @param args rounds (default 16) and calls per round (default 200,000)
     */
    public static void main(String[] args) {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 16;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 200_000;
        DibaoProgram dibao = new DibaoProgram();
        PolicySnapshot snapshot = Fixtures.illustrativeBook().snapshot(RegionCode.of("330500"), Population.DATE);
        Household h = DibaoDmnCases.familyOfThree();
        Validator hibernate = ValidationBenchmarks.hibernate();
        List<String> names = List.of(
                "evaluate",
                "decide",
                "decide, Hibernate Validator",
                "compiled validation",
                "Hibernate validation",
                "domain checks (HouseholdChecks)");
        List<Supplier<Object>> paths = List.of(
                () -> dibao.evaluate(h, snapshot),
                () -> dibao.decide(h, snapshot),
                () -> {
                    if (!hibernate.validate(h).isEmpty()) {
                        throw new IllegalStateException();
                    }
                    List<org.minzheng.core.validation.Violation> vs = new ArrayList<>();
                    HouseholdChecks.check(h, snapshot.date(), "facts", vs);
                    if (!vs.isEmpty()) {
                        throw new IllegalStateException();
                    }
                    return dibao.evaluate(h, snapshot);
                },
                () -> InputValidator.get().validate(h, "facts"),
                () -> hibernate.validate(h),
                () -> {
                    List<org.minzheng.core.validation.Violation> vs = new ArrayList<>();
                    HouseholdChecks.check(h, snapshot.date(), "facts", vs);
                    return vs;
                });
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double[] best = new double[paths.size()];
        java.util.Arrays.fill(best, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int p = 0; p < paths.size(); p++) {
                Supplier<Object> path = paths.get(p);
                long start = threads.getCurrentThreadCpuTime();
                int hash = 0;
                for (int i = 0; i < calls; i++) {
                    hash += System.identityHashCode(path.get()) & 1;
                }
                long cpu = threads.getCurrentThreadCpuTime() - start;
                sink += hash;
                best[p] = Math.min(best[p], (double) cpu / calls);
            }
        }
        for (int p = 0; p < paths.size(); p++) {
            System.out.printf(
                    java.util.Locale.ROOT,
                    "%-30s %9.1f ns of CPU (best of %d rounds of %,d)  %5.2f× evaluate%n",
                    names.get(p),
                    best[p],
                    rounds,
                    calls,
                    best[p] / best[0]);
        }
    }
}
