package org.minzheng.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.household.Household;

/**
 * The first call in a fresh JVM by <b>thread CPU time</b> (steadier than wall clock on a shared
 * machine): {@code validation} — the first validation of the family of three, no policy book;
 * {@code decide} / {@code evaluate} — the illustrative policy book loaded, a snapshot taken and
 * the first {@code decide} or {@code evaluate}. Run it once per fresh JVM.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.FirstValidationProbe validation|decide|evaluate</pre>
 */
public final class FirstValidationProbe {

    private FirstValidationProbe() {}

    /**
     * @param args {@code validation}, {@code decide} or {@code evaluate}
     */
    public static void main(String[] args) {
        String what = args.length > 0 ? args[0] : "validation";
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long wall = System.nanoTime();
        Object result;
        switch (what) {
            case "validation" -> {
                Household h = DibaoDmnCases.familyOfThree();
                result = InputValidator.get().validate(h, "facts");
            }
            case "decide", "evaluate" -> {
                DibaoProgram dibao = new DibaoProgram();
                PolicySnapshot snapshot =
                        Fixtures.illustrativeBook().snapshot(RegionCode.of("330500"), Population.DATE);
                Household h = DibaoDmnCases.familyOfThree();
                result = what.equals("decide") ? dibao.decide(h, snapshot) : dibao.evaluate(h, snapshot);
            }
            default -> throw new IllegalArgumentException(what);
        }
        cpu = threads.getCurrentThreadCpuTime() - cpu;
        wall = System.nanoTime() - wall;
        System.out.printf(
                Locale.ROOT,
                "first %s: %.1f ms of thread CPU, %.1f ms wall (%s)%n",
                what,
                cpu / 1e6,
                wall / 1e6,
                result.getClass().getSimpleName());
    }
}
