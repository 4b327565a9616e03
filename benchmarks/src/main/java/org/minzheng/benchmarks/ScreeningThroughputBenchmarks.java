package org.minzheng.benchmarks;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Screening a generated population: every household through {@code dibao} alone, or through
 * {@code assistance-screening}. One operation is one pass over the population; divide the
 * population by the time per pass for households per second. Run with {@code -t 1} and
 * {@code -t 2} for one thread and both cores (each thread screens the whole population).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(
        value = 1,
        jvmArgsAppend = {"-Xmx8g"})
public class ScreeningThroughputBenchmarks {

    /** Population size. */
    @Param({"1000", "100000", "1000000"})
    public int households;

    private final DibaoProgram dibao = new DibaoProgram();
    private final AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
    private PolicySnapshot snapshot;
    private List<Household> population;
    private ScreeningFacts[] facts;

    /** Generates the population (seed 2024). */
    @Setup(Level.Trial)
    public void setUp() {
        snapshot = Fixtures.illustrativeBook().snapshot(RegionCode.of("330500"), Population.DATE);
        population = Population.generate(2024, households);
        facts = new ScreeningFacts[households];
        for (int i = 0; i < households; i++) {
            facts[i] = ImmutableScreeningFacts.builder()
                    .household(population.get(i))
                    .build();
        }
    }

    /**
     * @param bh the sink
     * @return the number of eligible households
     */
    @Benchmark
    public int dibaoPass(Blackhole bh) {
        int eligible = 0;
        for (Household h : population) {
            Decision<?> d = dibao.evaluate(h, snapshot);
            if (d.outcome() == Outcome.ELIGIBLE) {
                eligible++;
            }
            bh.consume(d);
        }
        return eligible;
    }

    /**
     * @param bh the sink
     * @return the number of households some program applies to
     */
    @Benchmark
    public int screeningPass(Blackhole bh) {
        int placed = 0;
        for (ScreeningFacts f : facts) {
            Decision<?> d = screening.evaluate(f, snapshot);
            if (d.outcome() == Outcome.ELIGIBLE) {
                placed++;
            }
            bh.consume(d);
        }
        return placed;
    }
}
