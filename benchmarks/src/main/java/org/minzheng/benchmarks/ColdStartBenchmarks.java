package org.minzheng.benchmarks;

import java.util.concurrent.TimeUnit;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Time to the first decision in a fresh JVM, the policy load included: the shipped pack files
 * and the illustrative overlay parsed and checked, a snapshot resolved, and one {@code dibao}
 * decision on the family of three. Each fork is a new JVM and measures once, so class loading
 * and the interpreter's first pass are part of the number — the side-by-side table's "cold
 * start" column, next to the DMN engines' model load and first evaluation. JMH forks the JVM
 * before it starts the clock, so the figure is the time beyond the bare JVM start.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmarks {

    /**
     * @return the first decision of a fresh JVM through {@code evaluate} (facts taken as valid):
     *         what the DMN engines' cold starts do, which do not validate their inputs
     */
    @Benchmark
    public Decision<DibaoResult> minzhengFirstDibaoEvaluate() {
        PolicySnapshot snapshot = DibaoDmnCases.snapshot();
        return new DibaoProgram().evaluate(DibaoDmnCases.familyOfThree(), snapshot);
    }

    /**
     * @return the first decision of a fresh JVM through {@code decide}: the facts are validated
     *         first, so Hibernate Validator's start-up is included
     */
    @Benchmark
    public Decision<DibaoResult> minzhengFirstDibaoDecision() {
        PolicySnapshot snapshot = DibaoDmnCases.snapshot();
        return new DibaoProgram().decide(DibaoDmnCases.familyOfThree(), snapshot);
    }
}
