package org.minzheng.benchmarks.dmn.jdmn;

import java.math.BigDecimal;
import java.util.concurrent.TimeUnit;
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
 * One evaluation of {@code dibao.dmn} in jDMN — the generated Java and the interpreter — for the
 * Huzhou 2024 family of three (3 counted members, income 2,000.00, standard 1,145.00, property
 * within the rules): eligible, 1,435.00, OK. Each operation asks for the model's three outputs.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 10, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class JdmnBenchmarks {

    private final BigDecimal householdSize = new BigDecimal("3");
    private final BigDecimal income = new BigDecimal("2000.00");
    private final BigDecimal standard = new BigDecimal("1145.00");
    private JdmnDibao generated;
    private JdmnDibao.Interpreter interpreter;

    /** Builds both engines and checks their answers before anything is timed. */
    @Setup
    public void setUp() {
        generated = new JdmnDibao();
        interpreter = JdmnDibao.Interpreter.load();
        check(generatedJava());
        check(interpreter());
    }

    static void check(JdmnDibao.Outputs o) {
        if (!Boolean.TRUE.equals(o.eligible())
                || !(o.amount() instanceof BigDecimal a)
                || new BigDecimal("1435.00").compareTo(a) != 0
                || !"OK".equals(o.reason())) {
            throw new IllegalStateException("unexpected answer: " + o);
        }
    }

    /** @return the generated code's three outputs */
    @Benchmark
    public JdmnDibao.Outputs generatedJava() {
        return generated.generated(householdSize, income, standard, true);
    }

    /** @return the interpreter's three outputs */
    @Benchmark
    public JdmnDibao.Outputs interpreter() {
        return interpreter.evaluate(householdSize, income, standard, true);
    }
}
