package org.minzheng.core.validation;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.minzheng.core.money.Money;

/**
 * The base of the validators that minzheng's annotation processor
 * ({@link org.minzheng.core.validation.processor.ConstraintProcessor}) generates at build time for
 * the facts types of minzheng's own modules: one class per facts class, named after it with the
 * suffix {@value #SUFFIX}, that reads each constrained property with a direct call and checks it
 * inline. {@link InputValidator} uses it in place of the {@link ConstraintPlan} built by
 * reflection for exactly the class it was generated for; the answers are the same (a property
 * test holds the generated validators, the plans and Hibernate Validator to the same list).
 *
 * <p>Not for hand-written code: the methods here are the contract between the generator and
 * {@code core}, and may change with it. An integrator's own facts types have no generated
 * validator and go through {@link ConstraintPlan} (and Hibernate Validator for their own
 * constraints).
 */
public abstract class GeneratedValidator {

    /** The suffix of a generated validator's class name: {@code ImmutableHousehold_MinzhengValidator}. */
    public static final String SUFFIX = "_MinzhengValidator";

    /** Deeper than this, the graph is handed back to the plan, which hands it to Hibernate Validator. */
    private static final int MAX_DEPTH = 100;

    /**
     * The accessors that take no parameter and return a value but are not properties:
     * {@code Object}'s own methods, and {@code builder} (a hand-written value type's instance
     * {@code builder()} makes a new builder, it reads nothing of the value; Immutables' generated
     * {@code builder()} is static, and static methods are never properties anyway).
     */
    private static final Set<String> NOT_PROPERTIES =
            Set.of("hashCode", "toString", "getClass", "clone", "notify", "notifyAll", "wait", "finalize", "builder");

    /** For subclasses. */
    protected GeneratedValidator() {}

    /**
     * Tells whether an instance method is read as a property: it takes no parameter, returns a
     * value and is not one of {@code Object}'s methods or {@code builder}. The one definition for
     * the three readers of the declarations: the run-time plan ({@link ConstraintPlan}),
     * Hibernate Validator's property selection ({@link AccessorPropertySelection}) and the
     * annotation processor, which runs inside javac with core's jar on its processor path. Here,
     * not in {@link AccessorPropertySelection}: that class implements a Hibernate Validator
     * interface, and reading it would load Hibernate Validator on the first decision.
     *
     * @param name        the method's name
     * @param parameters  how many parameters it takes
     * @param returnsVoid true if it returns nothing
     * @return true if the method is a property accessor
     */
    public static boolean isPropertyAccessor(String name, int parameters, boolean returnsVoid) {
        return parameters == 0 && !returnsVoid && !NOT_PROPERTIES.contains(name);
    }

    /** @return the class this validator was generated for (it is used for that class only) */
    protected abstract Class<?> validates();

    /**
     * @return property name → the presence constraints declared on it (as {@link ConstraintPlan#presence()})
     */
    protected abstract Map<String, List<String>> presence();

    /**
     * Validates one object of {@link #validates()}.
     *
     * @param bean  the object
     * @param trail the violations found so far, or null
     * @param depth the depth of the object in the graph
     * @return the violations found so far (null if none)
     */
    public abstract Trail validate(Object bean, Trail trail, int depth);

    /**
     * The violations found so far, each with its path segments. Opaque to generated code.
     */
    public static final class Trail {
        private final ArrayList<ConstraintPlan.Found> found = new ArrayList<>(4);

        Trail() {}

        int size() {
            return found.size();
        }

        ConstraintPlan.Found get(int i) {
            return found.get(i);
        }

        List<ConstraintPlan.Found> list() {
            return found;
        }

        static Trail add(Trail t, ConstraintPlan.Found f) {
            Trail out = t == null ? new Trail() : t;
            out.found.add(f);
            return out;
        }
    }

    /**
     * One constraint of a generated validator, with its code and zh/en messages rendered once
     * (messages never hold the value, so they are constant).
     */
    public static final class Rule {
        final String code;
        final String zh;
        final String en;

        private Rule(String code, Map<String, Object> attributes) {
            Messages m = Messages.core();
            this.code = code;
            this.zh = m.zh(code, attributes);
            this.en = m.en(code, attributes);
        }

        /**
         * @param code the constraint's simple name, such as {@code NotNull}
         * @return the rule of a constraint without attributes in its message
         */
        public static Rule of(String code) {
            return new Rule(code, Map.of());
        }

        /**
         * @param code  {@code Min} or {@code Max}
         * @param value the bound
         * @return the rule
         */
        public static Rule of(String code, long value) {
            return new Rule(code, Map.of("value", value));
        }

        /**
         * @param min the least size
         * @param max the greatest size
         * @return the rule of {@code @Size}
         */
        public static Rule size(int min, int max) {
            Map<String, Object> a = new TreeMap<>();
            a.put("min", min);
            a.put("max", max);
            return new Rule("Size", a);
        }
    }

    // ------------------------------------------------------------------ for generated code

    /**
     * @param trail the violations so far, or null
     * @param rule  the rule a value broke
     * @return the violations with one more
     */
    protected static Trail fail(Trail trail, Rule rule) {
        return Trail.add(trail, new ConstraintPlan.Found(rule.code, rule.zh, rule.en));
    }

    /**
     * @param trail the violations so far, or null
     * @return how many there are
     */
    protected static int mark(Trail trail) {
        return trail == null ? 0 : trail.size();
    }

    /**
     * Puts a segment in front of the paths of the violations found since a mark.
     *
     * @param trail   the violations, or null
     * @param start   the mark
     * @param segment such as {@code .members}
     * @return the trail
     */
    protected static Trail prefix(Trail trail, int start, String segment) {
        if (trail != null && trail.size() > start) {
            ConstraintPlan.prefix(trail, start, segment);
        }
        return trail;
    }

    /**
     * Puts {@code [index]} in front of the paths of the violations found since a mark.
     *
     * @param trail the violations, or null
     * @param start the mark
     * @param index the list index
     * @return the trail
     */
    protected static Trail index(Trail trail, int start, int index) {
        if (trail != null && trail.size() > start) {
            ConstraintPlan.prefix(trail, start, "[" + index + "]");
        }
        return trail;
    }

    /**
     * Puts {@code [key]} in front of the paths of the violations found since a mark.
     *
     * @param trail the violations, or null
     * @param start the mark
     * @param key   the map key
     * @return the trail
     */
    protected static Trail key(Trail trail, int start, Object key) {
        if (trail != null && trail.size() > start) {
            ConstraintPlan.prefix(trail, start, "[" + key + "]");
        }
        return trail;
    }

    /**
     * @param type a runtime class
     * @return its generated validator, or null (then {@link #plan} validates objects of it)
     */
    protected static GeneratedValidator of(Class<?> type) {
        return ConstraintPlan.of(type).generated;
    }

    /**
     * Validates a cascaded object that has no generated validator, with its plan.
     *
     * @param value the object, not null
     * @param trail the violations so far, or null
     * @param depth its depth
     * @return the violations
     */
    protected static Trail plan(Object value, Trail trail, int depth) {
        return ConstraintPlan.cascaded(value, trail, depth);
    }

    /**
     * @param depth the depth of the object about to be validated
     * @throws IllegalStateException (internally caught) if the graph is too deep, most likely a cycle
     */
    protected static void depth(int depth) {
        if (depth > MAX_DEPTH) {
            throw new ConstraintPlan.TooDeep();
        }
    }

    /**
     * As Hibernate Validator's {@code @NotBlank} ({@code String.isBlank}): whitespace is what
     * {@link Character#isWhitespace(char)} says, so a text of full-width spaces (全角空格, U+3000) is
     * blank and a control character such as U+0000 is not. (No whitespace lies outside the Basic
     * Multilingual Plane, so testing each {@code char} is testing each code point.)
     *
     * @param s a string, not null
     * @return true if it has a character that is not whitespace ({@code @NotBlank})
     */
    protected static boolean notBlank(CharSequence s) {
        for (int i = 0; i < s.length(); i++) {
            if (!Character.isWhitespace(s.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * @param v   a number, not null
     * @param low the bound
     * @return {@code v >= low}, exactly
     */
    protected static boolean atLeast(Number v, long low) {
        if (v instanceof BigDecimal d) {
            return d.compareTo(BigDecimal.valueOf(low)) >= 0;
        }
        if (v instanceof BigInteger b) {
            return b.compareTo(BigInteger.valueOf(low)) >= 0;
        }
        return v.longValue() >= low;
    }

    /**
     * @param v    a number, not null
     * @param high the bound
     * @return {@code v <= high}, exactly
     */
    protected static boolean atMost(Number v, long high) {
        if (v instanceof BigDecimal d) {
            return d.compareTo(BigDecimal.valueOf(high)) <= 0;
        }
        if (v instanceof BigInteger b) {
            return b.compareTo(BigInteger.valueOf(high)) <= 0;
        }
        return v.longValue() <= high;
    }

    /**
     * @param v a number, not null
     * @return its sign: -1, 0 or 1
     */
    protected static int sign(Number v) {
        if (v instanceof BigDecimal d) {
            return d.signum();
        }
        if (v instanceof BigInteger b) {
            return b.signum();
        }
        return Long.signum(v.longValue());
    }

    /**
     * @param m an amount, not null
     * @return true if it is not negative ({@code @NonNegativeMoney})
     */
    protected static boolean nonNegative(Money m) {
        return !m.isNegative();
    }
}
