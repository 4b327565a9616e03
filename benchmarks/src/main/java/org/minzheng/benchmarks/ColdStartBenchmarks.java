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
 * start" column, next to the DMN engines' model load and first evaluation.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ColdStartBenchmarks {

    /** @return the first decision of a fresh JVM */
    @Benchmark
    public Decision<DibaoResult> minzhengFirstDibaoDecision() {
        PolicySnapshot snapshot = DibaoDmnCases.snapshot();
        return new DibaoProgram().decide(DibaoDmnCases.familyOfThree(), snapshot);
    }
}
