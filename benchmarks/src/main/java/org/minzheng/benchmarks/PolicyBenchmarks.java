package org.minzheng.benchmarks;

import java.time.LocalDate;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.EligibilityParameters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/** The policy book: loading it, resolving a snapshot, reading a value. */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PolicyBenchmarks {

    private PolicyBook book;
    private PolicySnapshot snapshot;
    private int day;
    private static final RegionCode GULOU = RegionCode.of("320106");

    /** Loads the book once. */
    @Setup
    public void setUp() {
        book = Fixtures.illustrativeBook();
        snapshot = book.snapshot(RegionCode.of("330503"), Population.DATE);
    }

    /** @return a freshly loaded and checked book (every pack file parsed and validated) */
    @Benchmark
    public PolicyBook loadBook() {
        return Fixtures.illustrativeBook();
    }

    /** @return a snapshot for a new date each call (resolution, not the cache) */
    @Benchmark
    public PolicySnapshot resolveSnapshot() {
        day = (day + 1) % 3650;
        return book.snapshot(RegionCode.of("330503"), LocalDate.of(2021, 7, 1).plusDays(day));
    }

    /**
     * @return the inheritance chain of a county outside the shipped packs (南京市鼓楼区), as of a new
     *     date each call: the dated national division table's look-up on the decision path
     */
    @Benchmark
    public java.util.List<RegionCode> regionChain() {
        day = (day + 1) % 3650;
        return book.regions().chain(GULOU, LocalDate.of(2015, 1, 1).plusDays(day));
    }

    /** @return one value read from a snapshot */
    @Benchmark
    public ParameterValue<?> readValue() {
        return snapshot.find(EligibilityParameters.DIBAO_STANDARD);
    }
}
