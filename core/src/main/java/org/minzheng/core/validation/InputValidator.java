package org.minzheng.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * Validates facts against their Jakarta Validation constraints and turns each violation into a
 * {@link Violation} with a path, the constraint's name as code and messages in Chinese and English
 * from minzheng's own bundle. The invalid value is never put in a message. Thread-safe; one
 * shared instance.
 *
 * <p>What runs per call is a validation plan compiled once per class from the annotations
 * ({@link ConstraintPlan}: no reflection per call, nothing allocated for valid facts). Hibernate
 * Validator stays the reference: it validates any object whose type carries a constraint the
 * plan does not understand (an integrator's own constraint), and it is only started when that
 * happens, so neither the first {@code decide} nor the first JSON read pays its start-up.
 */
public final class InputValidator {

    /** The codes of the constraints that refuse an absent value. */
    public static final java.util.Set<String> PRESENCE_CONSTRAINTS = Set.of("NotNull", "NotEmpty", "NotBlank");

    private static final InputValidator INSTANCE = new InputValidator();

    private final Messages messages = Messages.core();

    private InputValidator() {}

    /**
     * Returns the shared validator. Cheap: the plan of each facts type is compiled on its first
     * validation (a few milliseconds), and Hibernate Validator is only started for a type with a
     * constraint the plan does not understand.
     *
     * @return the shared validator
     */
    public static InputValidator get() {
        return INSTANCE;
    }

    /**
     * Validates an object graph.
     *
     * @param object   the object, not null
     * @param rootPath the path prefix, such as {@code facts}
     * @return every violation, ordered by path and code; empty if valid
     * @throws IllegalArgumentException if the object is null
     */
    public List<Violation> validate(Object object, String rootPath) {
        if (object == null) {
            throw new IllegalArgumentException("the object to validate must not be null");
        }
        return ordered(ConstraintPlan.validate(object, rootPath, messages));
    }

    /**
     * Validates an object graph with the plans built by reflection alone, never a generated
     * validator: the reference the generated validators are tested against.
     */
    List<Violation> validateWithPlans(Object object, String rootPath) {
        return ordered(ConstraintPlan.validateReflectively(object, rootPath, messages));
    }

    /**
     * @param type a runtime class
     * @return true if a validator generated at build time validates objects of exactly this class
     */
    static boolean generated(Class<?> type) {
        return ConstraintPlan.of(type).generated != null;
    }

    /**
     * Validates an object graph with Hibernate Validator alone: the reference the compiled plans
     * are tested against.
     */
    List<Violation> validateWithHibernate(Object object, String rootPath) {
        List<Violation> all = new ArrayList<>();
        HibernateReference.validate(object, rootPath, messages, all);
        return ordered(all.isEmpty() ? null : all);
    }

    /** @return true once Hibernate Validator was started in this JVM (for tests) */
    static boolean hibernateStarted() {
        return HibernateReference.bootstrapped();
    }

    /**
     * A constraint on a record component is declared on its field, its accessor and its
     * constructor parameter: each (path, code) is reported once.
     */
    private static List<Violation> ordered(List<Violation> found) {
        if (found == null) {
            return List.of();
        }
        java.util.TreeMap<String, Violation> unique = new java.util.TreeMap<>();
        for (Violation v : found) {
            unique.putIfAbsent(v.path() + '\u0000' + v.code(), v);
        }
        List<Violation> list = new ArrayList<>(unique.values());
        Collections.sort(list);
        return list;
    }

    /**
     * The properties of a type that a presence constraint ({@link #PRESENCE_CONSTRAINTS}) is
     * declared on, from the type's constraint metadata (the compiled plan's, or Hibernate
     * Validator's for a type only it understands).
     *
     * @param type a type, not null
     * @return property name → constraint code ({@code NotNull} before {@code NotEmpty} before
     *         {@code NotBlank} when several are declared), ordered by name
     */
    public Map<String, String> presenceConstraints(Class<?> type) {
        java.util.TreeMap<String, String> found = new java.util.TreeMap<>();
        ConstraintPlan plan = ConstraintPlan.of(type);
        if (plan.fallbackReason() == null) {
            plan.presence().forEach((name, codes) -> codes.forEach(code -> keepPlainest(found, name, code)));
        } else {
            for (Map.Entry<String, String> e : HibernateReference.presenceConstraints(type)) {
                keepPlainest(found, e.getKey(), e.getValue());
            }
        }
        return found;
    }

    private static void keepPlainest(Map<String, String> found, String name, String code) {
        found.merge(name, code, (a, b) -> ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b);
    }

    private static final List<String> ORDER = List.of("NotNull", "NotEmpty", "NotBlank");

    /**
     * Renders one of the validation messages of the core bundle (for domain checks).
     *
     * @param code   the code
     * @param values named values for the placeholders
     * @return the violation at path
     * @param path   the path
     */
    public Violation violation(String path, String code, Map<String, Object> values) {
        return new Violation(path, code, messages.zh(code, values), messages.en(code, values));
    }

    /**
     * Renders a module's own validation message, for domain checks the core bundle has no code
     * for (a module keeps them in a bundle such as {@code org.minzheng.eligibility.validation},
     * with {@code _zh}; like every validation message they never include the value).
     *
     * @param bundle the module bundle's base name, not null
     * @param loader the class loader to find it with (the module's), not null
     * @param path   the path
     * @param code   the code, defined in the module's bundle in both languages
     * @param values named values for the placeholders
     * @return the violation at path
     * @throws java.util.MissingResourceException if the bundle or the code is missing
     */
    public Violation violation(
            String bundle, ClassLoader loader, String path, String code, Map<String, Object> values) {
        ResourceBundle moduleEn = Messages.bundle(bundle, Locale.ENGLISH, loader);
        ResourceBundle moduleZh = Messages.bundle(bundle, Locale.SIMPLIFIED_CHINESE, loader);
        if (!moduleEn.containsKey(code) || !moduleZh.containsKey(code)) {
            throw new java.util.MissingResourceException(
                    "validation code " + code + " is not in " + bundle + " in both languages", bundle, code);
        }
        Messages module = new Messages(moduleZh, moduleEn);
        return new Violation(path, code, module.zh(code, values), module.en(code, values));
    }
}
