package org.minzheng.benchmarks;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.IncomeItem;
import org.minzheng.eligibility.rules.HouseholdChecks;
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
 * Validating the {@code dibao} family of three: minzheng's compiled validation plans (what
 * {@code decide} runs) against Hibernate Validator configured as minzheng configured it until
 * the plans (no EL, record-style accessors as properties), on valid facts and on facts with one
 * negative income (one violation, messages in both languages).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class ValidationBenchmarks {

    /** The decision date of the domain checks (the population's date). */
    private static final java.time.LocalDate DECISION_DATE = Population.DATE;

    private Household valid;
    private Household invalid;
    private Validator hibernate;

    /** Builds the facts and Hibernate Validator. */
    @Setup
    public void setUp() {
        valid = DibaoDmnCases.familyOfThree();
        IncomeItem first = valid.incomes().get(0);
        invalid = ImmutableHousehold.copyOf(valid)
                .withIncomes(ImmutableIncomeItem.copyOf(first).withAmount(Money.ofFen(-100)));
        hibernate = hibernate();
        if (!InputValidator.get().validate(valid, "facts").isEmpty()
                || InputValidator.get().validate(invalid, "facts").size() != 1
                || !hibernate.validate(valid).isEmpty()
                || hibernate.validate(invalid).size() != 1) {
            throw new IllegalStateException("the facts are not as the benchmark expects");
        }
    }

    /** @return Hibernate Validator configured as minzheng's validator configured it before the plans */
    static Validator hibernate() {
        return Validation.byProvider(HibernateValidator.class)
                .configure()
                .ignoreXmlConfiguration()
                .messageInterpolator(new ParameterMessageInterpolator(Set.of(Locale.ENGLISH), Locale.ENGLISH, false))
                .getterPropertySelectionStrategy(new Accessors())
                .buildValidatorFactory()
                .getValidator();
    }

    /** @return the violations of valid facts (none), through the compiled plans */
    @Benchmark
    public List<Violation> compiledValid() {
        return InputValidator.get().validate(valid, "facts");
    }

    /** @return the violations of valid facts (none), through Hibernate Validator */
    @Benchmark
    public Set<ConstraintViolation<Household>> hibernateValid() {
        return hibernate.validate(valid);
    }

    /** @return the one violation, with its path and messages, through the compiled plans */
    @Benchmark
    public List<Violation> compiledInvalid() {
        return InputValidator.get().validate(invalid, "facts");
    }

    /** @return the one violation through Hibernate Validator (not yet turned into a Violation) */
    @Benchmark
    public Set<ConstraintViolation<Household>> hibernateInvalid() {
        return hibernate.validate(invalid);
    }

    /** @return the violations of {@code dibao}'s domain checks on valid facts (none) */
    @Benchmark
    public List<Violation> domainChecks() {
        List<Violation> found = new java.util.ArrayList<>();
        HouseholdChecks.check(valid, DECISION_DATE, "facts", found);
        return found;
    }

    /** Record-style accessors as properties, as minzheng's validator configured Hibernate Validator. */
    static final class Accessors implements GetterPropertySelectionStrategy {
        private static final Set<String> EXCLUDED = Set.of(
                "hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait", "finalize", "builder");

        @Override
        public Optional<String> getProperty(ConstrainableExecutable executable) {
            String name = executable.getName();
            if (executable.getParameterTypes().length != 0
                    || executable.getReturnType() == void.class
                    || EXCLUDED.contains(name)) {
                return Optional.empty();
            }
            return Optional.of(name);
        }

        @Override
        public List<String> getGetterMethodNameCandidates(String propertyName) {
            return List.of(propertyName);
        }
    }
}
