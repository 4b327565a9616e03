package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.minzheng.core.money.Money;

/**
 * Holds the compiled validation plans ({@link ConstraintPlan}) to Hibernate Validator's answers:
 * facts are mutated at random (a value made null, negative, blank or empty, an element added,
 * removed or made null, a number moved to a bound, a date moved decades, recursively into nested
 * records and Immutables values) and both must report the same violations — the same paths, codes
 * and zh/en messages, in the same order. Part of the program contract
 * ({@link org.minzheng.core.testing.ProgramContract}), so it runs over every program's cases.
 */
public final class ValidationAgreement {

    private ValidationAgreement() {}

    /**
     * @param facts the compiled answer and Hibernate Validator's must be equal for these facts
     */
    public static void assertAgrees(Object facts) {
        List<Violation> compiled = InputValidator.get().validate(facts, "facts");
        List<Violation> plans = InputValidator.get().validateWithPlans(facts, "facts");
        List<Violation> reference = InputValidator.get().validateWithHibernate(facts, "facts");
        assertThat(plans)
                .as("plan built by reflection vs Hibernate Validator for "
                        + facts.getClass().getSimpleName())
                .isEqualTo(reference);
        assertThat(compiled)
                .as((generated(facts.getClass()) ? "validator generated at build time" : "compiled plan")
                        + " vs Hibernate Validator for " + facts.getClass().getSimpleName())
                .isEqualTo(reference);
    }

    /**
     * @param type a runtime class
     * @return true if a validator generated at build time (minzheng's annotation processor)
     *         validates objects of exactly this class
     */
    public static boolean generated(Class<?> type) {
        return InputValidator.generated(type);
    }

    /**
     * @param type a runtime class
     * @return null if the plan built by reflection alone validates objects of this class itself,
     *         otherwise why it hands them to Hibernate Validator
     */
    public static String planRefusal(Class<?> type) {
        return ConstraintPlan.build(type).fallbackReason();
    }

    /**
     * Mutates valid facts at random (QuickTheories over seeds) and asserts agreement each time.
     *
     * @param bases valid facts to start from, not empty
     * @param tries how many mutated facts
     * @return the codes of the violations the mutated facts had, each with how many facts had it
     *         (a caller can require some, so the property does not hold vacuously)
     */
    public static Map<String, Integer> assertAgreesOnMutations(List<?> bases, int tries) {
        Map<String, Integer> codes = new java.util.TreeMap<>();
        for (Object base : bases) {
            assertAgrees(base);
        }
        qt().withExamples(tries)
                .withShrinkCycles(0)
                .forAll(integers().between(0, bases.size() - 1), longs().all())
                .checkAssert((which, seed) -> {
                    Object facts = mutate(bases.get(which), new Random(seed), 0);
                    assertAgrees(facts);
                    InputValidator.get().validate(facts, "facts").stream()
                            .map(Violation::code)
                            .distinct()
                            .forEach(code -> codes.merge(code, 1, Integer::sum));
                });
        return codes;
    }

    /**
     * @param value  a value, possibly null
     * @param random the source of chance
     * @param depth  how deep in the facts
     * @return the value with some of its attributes changed (or itself when nothing could be)
     */
    static Object mutate(Object value, Random random, int depth) {
        if (value == null || depth > 6) {
            return value;
        }
        Class<?> c = value.getClass();
        if (c.isRecord()) {
            return mutateRecord(value, random, depth);
        }
        if (c.getSimpleName().startsWith("Immutable")) {
            return mutateImmutable(value, random, depth);
        }
        return value;
    }

    private static Object mutateRecord(Object record, Random random, int depth) {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Object[] values = new Object[components.length];
        Class<?>[] types = new Class<?>[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                Method accessor = components[i].getAccessor();
                accessor.setAccessible(true);
                values[i] = accessor.invoke(record);
                types[i] = components[i].getType();
                if (random.nextInt(3) == 0) {
                    values[i] = change(values[i], components[i].getGenericType(), types[i], random, depth, true);
                }
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
            canonical.setAccessible(true);
            return canonical.newInstance(values);
        } catch (ReflectiveOperationException | RuntimeException e) {
            return record; // the record refuses the change in its constructor: keep it as it was
        }
    }

    private static Object mutateImmutable(Object value, Random random, int depth) {
        Object current = value;
        for (Method with : value.getClass().getMethods()) {
            if (!with.getName().startsWith("with")
                    || with.getParameterCount() != 1
                    || Modifier.isStatic(with.getModifiers())
                    || with.isVarArgs()
                    || random.nextInt(3) != 0) {
                continue;
            }
            String name = Character.toLowerCase(with.getName().charAt(4))
                    + with.getName().substring(5);
            try {
                Method getter = value.getClass().getMethod(name);
                Class<?> parameter = with.getParameterTypes()[0];
                if (!parameter.isAssignableFrom(getter.getReturnType())
                        && !(parameter.isPrimitive() && parameter == getter.getReturnType())) {
                    continue;
                }
                Object changed = change(
                        getter.invoke(current),
                        getter.getGenericReturnType(),
                        getter.getReturnType(),
                        random,
                        depth,
                        false);
                current = with.invoke(current, changed);
            } catch (ReflectiveOperationException | RuntimeException e) {
                // the value type refuses the change (a null, a null element): keep it
            }
        }
        return current;
    }

    private static Object change(Object v, Type generic, Class<?> type, Random random, int depth, boolean nullable) {
        int pick = random.nextInt(10);
        if (nullable && !type.isPrimitive() && pick == 0) {
            return null;
        }
        if (type == int.class || type == Integer.class) {
            int[] edges = {-1, 0, 1, 2, 3, 4, 5, 11, 12, 13, 59, 60, 61, 99, 100, 1200, 1201, random.nextInt(5000)};
            return edges[random.nextInt(edges.length)];
        }
        if (type == long.class || type == Long.class) {
            long[] edges = {-1, 0, 1, 12, 13, random.nextInt(100000)};
            return edges[random.nextInt(edges.length)];
        }
        if (type == boolean.class || type == Boolean.class) {
            return random.nextBoolean();
        }
        if (type == Money.class) {
            long[] fen = {-1, -100_000, 0, 1, random.nextInt(10_000_000), -random.nextInt(10_000_000)};
            return Money.ofFen(fen[random.nextInt(fen.length)]);
        }
        if (type == BigDecimal.class) {
            return BigDecimal.valueOf(random.nextInt(2000) - 1000, 2);
        }
        if (type == LocalDate.class) {
            return LocalDate.of(1920 + random.nextInt(160), 1 + random.nextInt(12), 1 + random.nextInt(28));
        }
        if (type == String.class) {
            String[] texts = {"", " ", "\t", "x", "某机构", "a".repeat(101)};
            return texts[random.nextInt(texts.length)];
        }
        Type element = generic instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : Object.class;
        Class<?> elementClass = element instanceof Class<?> k
                ? k
                : element instanceof ParameterizedType p && p.getRawType() instanceof Class<?> k ? k : Object.class;
        if (v instanceof Optional<?> o) {
            if (pick < 3) {
                return Optional.empty();
            }
            Object inner = o.isPresent() ? o.get() : sample(elementClass, random);
            Object changed = inner == null ? null : change(inner, element, elementClass, random, depth, false);
            return Optional.ofNullable(changed == null ? inner : changed);
        }
        if (v instanceof List<?> || v instanceof Set<?>) {
            Collection<Object> copy =
                    v instanceof List<?> ? new ArrayList<>((Collection<?>) v) : new LinkedHashSet<>((Collection<?>) v);
            switch (pick) {
                case 1 -> copy.clear();
                case 2 -> copy.add(null);
                case 3 -> {
                    if (!copy.isEmpty()) {
                        Object first = copy.iterator().next();
                        copy.remove(first);
                    }
                }
                case 4 -> {
                    if (!copy.isEmpty()) {
                        copy.add(copy.iterator().next());
                    }
                }
                default -> {
                    List<Object> changed = new ArrayList<>();
                    for (Object e : copy) {
                        changed.add(
                                e == null
                                        ? null
                                        : random.nextBoolean()
                                                ? change(e, element, e.getClass(), random, depth, true)
                                                : e);
                    }
                    copy.clear();
                    copy.addAll(changed);
                }
            }
            return copy;
        }
        if (v instanceof Map<?, ?> m) {
            return new LinkedHashMap<>(m);
        }
        if (type.isEnum()) {
            Object[] constants = type.getEnumConstants();
            return constants[random.nextInt(constants.length)];
        }
        return mutate(v, random, depth + 1);
    }

    private static Object sample(Class<?> type, Random random) {
        if (type == Integer.class
                || type == Long.class
                || type == Money.class
                || type == LocalDate.class
                || type == String.class
                || type == Boolean.class
                || type.isEnum()) {
            return change(null, type, type, random, 0, false);
        }
        return null;
    }
}
