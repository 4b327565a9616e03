package org.minzheng.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eldercare.assessment.AbilityAssessment;
import org.minzheng.eldercare.assessment.AbilityAssessmentProgram;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.household.Household;

/**
 * The explanations of {@link ExplanationBenchmarks} measured where the machine is shared: for each
 * path (the decision alone — {@code evaluate} and {@code decide} — and evaluate + explain in each
 * language and view), the <b>thread CPU time</b> per call (best of the rounds, other processes do
 * not count) and the bytes the thread allocated per call
 * ({@code com.sun.management.ThreadMXBean.getThreadAllocatedBytes}, exact whatever the load). Each
 * explanation is given as its cost beyond {@code evaluate} and as a multiple of {@code decide}.
 * The paths are called alternately in one JVM, after a warm-up.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar org.minzheng.benchmarks.ExplainProbe [rounds] [calls]</pre>
 */
public final class ExplainProbe {

    private static volatile int sink;

    private ExplainProbe() {}

    /**
     * @param args rounds (default 12) and calls per round (default 20,000)
     * @throws IOException if the ability-assessment case cannot be read
     */
    public static void main(String[] args) throws IOException {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 12;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 20_000;
        DibaoProgram dibao = new DibaoProgram();
        AbilityAssessmentProgram ability = new AbilityAssessmentProgram();
        PolicyBook book = Fixtures.illustrativeBook();
        ProgramRegistry programs = ProgramRegistry.of(List.of(dibao, ability));
        Explainer explainer = Explainer.of(programs, book);
        PolicySnapshot ds = book.snapshot(RegionCode.of("330500"), Population.DATE);
        Household h = DibaoDmnCases.familyOfThree();
        CaseRunner runner = CaseRunner.of(programs, book);
        CaseFile c;
        try (InputStream in = ExplainProbe.class.getResourceAsStream(
                "/org/minzheng/benchmarks/cases/ability-assessment/moderate-vascular-dementia-raised-to-severe.json")) {
            c = runner.read(in.readAllBytes());
        }
        AbilityAssessment a = (AbilityAssessment) runner.facts(c);
        PolicySnapshot as = book.snapshot(c.region(), c.date());

        List<String> names = new ArrayList<>();
        List<Supplier<Object>> paths = new ArrayList<>();
        names.add("dibao evaluate");
        paths.add(() -> dibao.evaluate(h, ds));
        names.add("dibao decide");
        paths.add(() -> dibao.decide(h, ds));
        names.add("ability evaluate");
        paths.add(() -> ability.evaluate(a, as));
        names.add("ability decide");
        paths.add(() -> ability.decide(a, as));
        for (String program : List.of("dibao", "ability")) {
            for (View view : View.values()) {
                for (Language lang : Language.values()) {
                    String name = program
                            + (view == View.REVIEWER ? " explain " : " notice ")
                            + lang.name().toLowerCase(Locale.ROOT);
                    names.add(name);
                    paths.add(
                            program.equals("dibao")
                                    ? () -> explainer.explain(dibao.evaluate(h, ds), lang, view)
                                    : () -> explainer.explain(ability.evaluate(a, as), lang, view));
                }
            }
        }
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        long self = Thread.currentThread().getId();
        double[] cpu = new double[paths.size()];
        double[] bytes = new double[paths.size()];
        java.util.Arrays.fill(cpu, Double.MAX_VALUE);
        java.util.Arrays.fill(bytes, Double.MAX_VALUE);
        for (int r = 0; r < rounds; r++) {
            for (int p = 0; p < paths.size(); p++) {
                Supplier<Object> path = paths.get(p);
                long allocated = threads.getThreadAllocatedBytes(self);
                long start = threads.getCurrentThreadCpuTime();
                int hash = 0;
                for (int i = 0; i < calls; i++) {
                    hash += System.identityHashCode(path.get()) & 1;
                }
                long used = threads.getCurrentThreadCpuTime() - start;
                long alloc = threads.getThreadAllocatedBytes(self) - allocated;
                sink += hash;
                cpu[p] = Math.min(cpu[p], (double) used / calls);
                bytes[p] = Math.min(bytes[p], (double) alloc / calls);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "best of %d rounds of %,d calls; load average %s%n",
                rounds,
                calls,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        for (int p = 0; p < paths.size(); p++) {
            String line = String.format(Locale.ROOT, "%-20s %9.1f ns CPU %9.0f B", names.get(p), cpu[p], bytes[p]);
            if (p >= 4) {
                int evaluate = names.get(p).startsWith("dibao") ? 0 : 2;
                double alone = cpu[p] - cpu[evaluate];
                line += String.format(
                        Locale.ROOT,
                        "   explain alone %8.1f ns %7.0f B   (evaluate+explain) ÷ decide %5.2f×   alone ÷ decide %5.2f×",
                        alone,
                        bytes[p] - bytes[evaluate],
                        cpu[p] / cpu[evaluate + 1],
                        alone / cpu[evaluate + 1]);
            }
            System.out.println(line);
        }
    }
}
