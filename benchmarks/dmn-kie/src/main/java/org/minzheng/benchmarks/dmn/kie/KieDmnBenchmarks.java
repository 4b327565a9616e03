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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * One evaluation of {@code dibao.dmn} in KIE DMN for the Huzhou 2024 family of three (3 counted
 * members, income 2,000.00, standard 1,145.00, property within the rules): eligible, 1,435.00,
 * OK. The model is compiled once; each operation builds a context with the four inputs and calls
 * {@code evaluateAll}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class KieDmnBenchmarks {

    private final BigDecimal householdSize = new BigDecimal("3");
    private final BigDecimal income = new BigDecimal("2000.00");
    private final BigDecimal standard = new BigDecimal("1145.00");
    private KieDibao kie;

    /** Compiles the model and checks its answer before anything is timed. */
    @Setup
    public void setUp() {
        kie = KieDibao.load();
        KieDibao.Outputs o = KieDibao.Outputs.of(evaluateAll());
        if (!Boolean.TRUE.equals(o.eligible())
                || new BigDecimal("1435.00").compareTo((BigDecimal) o.amount()) != 0
                || !"OK".equals(o.reason())) {
            throw new IllegalStateException("unexpected answer: " + o);
        }
    }

    /** @return KIE's result for the family of three */
    @Benchmark
    public DMNResult evaluateAll() {
        return kie.evaluateAll(householdSize, income, standard, true);
    }
}
