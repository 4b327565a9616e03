package org.minzheng.benchmarks.dmn.jdmn;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first decision in a fresh JVM: for the generated code, its classes loaded and
 * built; for the interpreter, {@code dibao.dmn} read and the interpreter built; then one
 * evaluation of the three outputs. Each fork is a new JVM and measures once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class JdmnColdStartBenchmarks {

    /** @return the generated code's first answer in a fresh JVM */
    @Benchmark
    public JdmnDibao.Outputs generatedFirstDecision() {
        return new JdmnDibao()
                .generated(new BigDecimal("3"), new BigDecimal("2000.00"), new BigDecimal("1145.00"), true);
    }

    /** @return the interpreter's first answer in a fresh JVM */
    @Benchmark
    public JdmnDibao.Outputs interpreterFirstDecision() {
        return JdmnDibao.Interpreter.load()
                .evaluate(new BigDecimal("3"), new BigDecimal("2000.00"), new BigDecimal("1145.00"), true);
    }
}
