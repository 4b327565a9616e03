package org.minzheng.benchmarks.dmn.kie;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.kie.dmn.api.core.DMNResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first decision in a fresh JVM: {@code dibao.dmn} read and compiled, then one
 * {@code evaluateAll}. Each fork is a new JVM and measures once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class KieColdStartBenchmarks {

    /** @return the first result of a fresh JVM */
    @Benchmark
    public DMNResult kieFirstDecision() {
        return KieDibao.load()
                .evaluateAll(new BigDecimal("3"), new BigDecimal("2000.00"), new BigDecimal("1145.00"), true);
    }
}
