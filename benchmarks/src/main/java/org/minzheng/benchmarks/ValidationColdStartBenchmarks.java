package org.minzheng.benchmarks;

import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Household;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The validator's own share of the first {@code decide}: the first validation of the
 * {@code dibao} family of three in a fresh JVM (no policy book), through minzheng's compiled plans
 * (the plans of the household, its members and incomes built from the annotations) and through
 * Hibernate Validator (its factory bootstrapped, configured as minzheng configured it before the
 * plans). Each fork is a new JVM and measures once.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@Fork(5)
public class ValidationColdStartBenchmarks {

    /** @return the first validation through the compiled plans */
    @Benchmark
    public List<Violation> firstCompiledValidation() {
        Household h = DibaoDmnCases.familyOfThree();
        return InputValidator.get().validate(h, "facts");
    }

    /** @return the first validation through Hibernate Validator, its bootstrap included */
    @Benchmark
    public Set<ConstraintViolation<Household>> firstHibernateValidation() {
        Household h = DibaoDmnCases.familyOfThree();
        return ValidationBenchmarks.hibernate().validate(h);
    }
}
