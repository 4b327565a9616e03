package org.minzheng.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.GroupSequence;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.Annotation;
import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.AnnotatedParameterizedType;
import java.lang.reflect.AnnotatedType;
import java.lang.reflect.Field;
import java.lang.reflect.Member;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToLongFunction;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * A type's Jakarta constraints compiled into a validation plan: read once per class from the
 * same annotations Hibernate Validator reads (the getters {@link AccessorPropertySelection}
 * selects, the fields, the type arguments of {@code List}, {@code Set}, {@code Map} values and
 * {@code Optional}), then run without reflection: each constrained property is read through a
 * {@link LambdaMetafactory} accessor, each constraint is a switch over a few kinds, and a valid
 * object allocates nothing.
 *
 * <p>The plan understands {@code NotNull}, {@code NotEmpty}, {@code NotBlank}, {@code Size},
 * {@code Min}, {@code Max}, {@code Positive}, {@code PositiveOrZero}, minzheng's
 * {@link NonNegativeMoney} and {@code @Valid} cascading, in the default group, on the value types
 * Hibernate Validator's built-in validators accept for them. A type declaring anything else (an
 * integrator's own constraint, a group, a class-level constraint, a container it does not know)
 * is marked for {@link HibernateReference}, which then validates that object and everything
 * below it, so custom constraints keep working. Paths, codes and messages are those
 * {@link HibernateReference} gives; a property test holds the two to the same answers.
 */
final class ConstraintPlan {

    /** The plans, one per runtime class, built on first use. */
    private static final ClassValue<ConstraintPlan> PLANS = new ClassValue<>() {
        @Override
        protected ConstraintPlan computeValue(Class<?> type) {
            GeneratedValidator g = generatedFor(type);
            return g != null ? new ConstraintPlan(g) : REFLECTIVE.get(type);
        }
    };

    /** The plans built by reflection alone, one per runtime class (the generated validators' reference). */
    private static final ClassValue<ConstraintPlan> REFLECTIVE = new ClassValue<>() {
        @Override
        protected ConstraintPlan computeValue(Class<?> type) {
            return build(type);
        }
    };

    /** Deeper than this, the object graph is handed to Hibernate Validator (which detects cycles). */
    private static final int MAX_DEPTH = 100;

    /** Null when Hibernate Validator validates objects of this type; otherwise the properties. */
    private final Property[] properties;
    /** Why Hibernate Validator validates this type (null when the plan does). */
    private final String fallbackReason;
    /** Property name → presence constraint codes, for {@link InputValidator#presenceConstraints}. */
    private final Map<String, List<String>> presence;

    /** The validator generated at build time for this class, or null. */
    final GeneratedValidator generated;

    private ConstraintPlan(Property[] properties, String fallbackReason, Map<String, List<String>> presence) {
        this.properties = properties;
        this.fallbackReason = fallbackReason;
        this.presence = presence;
        this.generated = null;
    }

    private ConstraintPlan(GeneratedValidator generated) {
        this.properties = null;
        this.fallbackReason = null;
        this.presence = generated.presence();
        this.generated = generated;
    }

    /** @return the plan of a runtime class: its generated validator if it has one */
    static ConstraintPlan of(Class<?> type) {
        return PLANS.get(type);
    }

    /**
     * The validator minzheng's annotation processor generated for exactly this class, if any: a
     * class named after it with {@link GeneratedValidator#SUFFIX}, in its package and class
     * loader, that says it validates this class.
     */
    static GeneratedValidator generatedFor(Class<?> type) {
        if (type.isArray() || type.isPrimitive() || type.getName().startsWith("java.")) {
            return null;
        }
        String name = type.getName();
        int dot = name.lastIndexOf('.');
        String generatedName =
                name.substring(0, dot + 1) + name.substring(dot + 1).replace('$', '_') + GeneratedValidator.SUFFIX;
        try {
            Class<?> c = Class.forName(generatedName, true, type.getClassLoader());
            if (!GeneratedValidator.class.isAssignableFrom(c)) {
                return null;
            }
            java.lang.reflect.Constructor<?> constructor = c.getDeclaredConstructor();
            constructor.setAccessible(true);
            GeneratedValidator g = (GeneratedValidator) constructor.newInstance();
            return g.validates() == type ? g : null;
        } catch (ReflectiveOperationException | LinkageError | RuntimeException e) {
            return null;
        }
    }

    /** @return null if the plan validates this type, otherwise why Hibernate Validator does */
    String fallbackReason() {
        return fallbackReason;
    }

    /** @return property → presence constraint codes declared on it (property level only) */
    Map<String, List<String>> presence() {
        return presence;
    }

    // ------------------------------------------------------------------------------------ running

    /**
     * Validates an object graph.
     *
     * @param object   the root, not null
     * @param rootPath the path prefix
     * @param messages the messages for violations Hibernate Validator finds
     * @return null if the graph is valid; otherwise every violation found (unsorted, possibly
     *         repeating a (path, code) pair)
     */
    static List<Violation> validate(Object object, String rootPath, Messages messages) {
        return validate(object, rootPath, messages, PLANS);
    }

    /** As {@link #validate(Object, String, Messages)} with the plans built by reflection alone. */
    static List<Violation> validateReflectively(Object object, String rootPath, Messages messages) {
        return validate(object, rootPath, messages, REFLECTIVE);
    }

    /** A cascaded object without a generated validator (called from generated code). */
    static GeneratedValidator.Trail cascaded(Object value, GeneratedValidator.Trail out, int depth) {
        return bean(value, of(value.getClass()), out, depth, Messages.core(), PLANS);
    }

    private static List<Violation> validate(
            Object object, String rootPath, Messages messages, ClassValue<ConstraintPlan> plans) {
        GeneratedValidator.Trail found;
        try {
            found = bean(object, plans.get(object.getClass()), null, 0, messages, plans);
        } catch (TooDeep e) {
            List<Violation> all = new ArrayList<>();
            HibernateReference.validate(object, rootPath, messages, all);
            return all.isEmpty() ? null : all;
        }
        if (found == null) {
            return null;
        }
        List<Violation> out = new ArrayList<>(found.size());
        for (Found f : found.list()) {
            out.add(f.violation(rootPath));
        }
        return out;
    }

    private static GeneratedValidator.Trail bean(
            Object bean,
            ConstraintPlan plan,
            GeneratedValidator.Trail out,
            int depth,
            Messages messages,
            ClassValue<ConstraintPlan> plans) {
        if (plan.generated != null) {
            return plan.generated.validate(bean, out, depth);
        }
        if (plan.properties == null) {
            List<Violation> hv = new ArrayList<>();
            HibernateReference.validate(bean, "", messages, hv);
            for (Violation v : hv) {
                out = add(out, new Found(v));
            }
            return out;
        }
        if (depth > MAX_DEPTH) {
            throw new TooDeep();
        }
        for (Property p : plan.properties) {
            int start = out == null ? 0 : out.size();
            if (p.primitive != null) {
                long value = p.primitive.applyAsLong(bean);
                for (Check c : p.checks) {
                    if (!c.test(value)) {
                        out = add(out, new Found(c));
                    }
                }
            } else {
                Object value = p.getter.apply(bean);
                for (Check c : p.checks) {
                    if (!c.test(value)) {
                        out = add(out, new Found(c));
                    }
                }
                if (value != null) {
                    if (p.cascade) {
                        out = cascade(value, p.cascadeContainer, out, depth, messages, plans);
                    }
                    if (p.container != Container.NONE) {
                        out = elements(value, p, out, depth, messages, plans);
                    }
                }
            }
            if (out != null && out.size() > start) {
                prefix(out, start, p.segment);
            }
        }
        return out;
    }

    /** A property-level {@code @Valid}: the value itself, or each element of a container. */
    private static GeneratedValidator.Trail cascade(
            Object value,
            Container container,
            GeneratedValidator.Trail out,
            int depth,
            Messages m,
            ClassValue<ConstraintPlan> plans) {
        if (container == Container.NONE) {
            return bean(value, plans.get(value.getClass()), out, depth + 1, m, plans);
        }
        return elements(value, container, null, true, out, depth, m, plans);
    }

    private static GeneratedValidator.Trail elements(
            Object value,
            Property p,
            GeneratedValidator.Trail out,
            int depth,
            Messages m,
            ClassValue<ConstraintPlan> plans) {
        return elements(value, p.container, p.elementChecks, p.elementCascade, out, depth, m, plans);
    }

    private static GeneratedValidator.Trail elements(
            Object value,
            Container container,
            Check[] checks,
            boolean cascade,
            GeneratedValidator.Trail out,
            int depth,
            Messages m,
            ClassValue<ConstraintPlan> plans) {
        switch (container) {
            case LIST -> {
                List<?> list = (List<?>) value;
                int n = list.size();
                for (int i = 0; i < n; i++) {
                    int start = out == null ? 0 : out.size();
                    out = element(list.get(i), checks, cascade, out, depth, m, plans);
                    if (out != null && out.size() > start) {
                        prefix(out, start, "[" + i + "]");
                    }
                }
            }
            case ITERABLE -> {
                for (Object e : (Iterable<?>) value) {
                    out = element(e, checks, cascade, out, depth, m, plans);
                }
            }
            case MAP_VALUE -> {
                for (Map.Entry<?, ?> e : ((Map<?, ?>) value).entrySet()) {
                    int start = out == null ? 0 : out.size();
                    out = element(e.getValue(), checks, cascade, out, depth, m, plans);
                    if (out != null && out.size() > start) {
                        prefix(out, start, "[" + e.getKey() + "]");
                    }
                }
            }
            case OPTIONAL -> out = element(((Optional<?>) value).orElse(null), checks, cascade, out, depth, m, plans);
            default -> throw new IllegalStateException(container.toString());
        }
        return out;
    }

    private static GeneratedValidator.Trail element(
            Object e,
            Check[] checks,
            boolean cascade,
            GeneratedValidator.Trail out,
            int depth,
            Messages m,
            ClassValue<ConstraintPlan> plans) {
        if (checks != null) {
            for (Check c : checks) {
                if (!c.test(e)) {
                    out = add(out, new Found(c));
                }
            }
        }
        if (cascade && e != null) {
            out = bean(e, plans.get(e.getClass()), out, depth + 1, m, plans);
        }
        return out;
    }

    private static GeneratedValidator.Trail add(GeneratedValidator.Trail out, Found f) {
        return GeneratedValidator.Trail.add(out, f);
    }

    static void prefix(GeneratedValidator.Trail out, int start, String segment) {
        for (int i = start; i < out.size(); i++) {
            out.get(i).segments.addFirst(segment);
        }
    }

    /** Thrown when a graph is deeper than {@link #MAX_DEPTH} (a cycle, most likely). */
    static final class TooDeep extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooDeep() {
            super(null, null, false, false);
        }
    }

    /** One violation found, its path built on the way back up. */
    static final class Found {
        final Deque<String> segments = new ArrayDeque<>(4);
        final String code;
        final String zh;
        final String en;
        final String relativePath;

        Found(Check c) {
            this(c.code, c.zh, c.en);
        }

        Found(String code, String zh, String en) {
            this.code = code;
            this.zh = zh;
            this.en = en;
            this.relativePath = "";
        }

        Found(Violation v) {
            this.code = v.code();
            this.zh = v.messageZh();
            this.en = v.messageEn();
            this.relativePath = v.path();
        }

        Violation violation(String root) {
            StringBuilder sb = new StringBuilder(root);
            for (String s : segments) {
                sb.append(s);
            }
            sb.append(relativePath);
            return new Violation(sb.toString(), code, zh, en);
        }
    }

    // ------------------------------------------------------------------------------- the checks

    private enum Kind {
        NOT_NULL,
        NOT_EMPTY,
        NOT_BLANK,
        SIZE,
        MIN,
        MAX,
        POSITIVE,
        POSITIVE_OR_ZERO,
        NON_NEGATIVE_MONEY
    }

    /** One constraint: its kind, bounds and (constant) messages. */
    private static final class Check {
        final Kind kind;
        final long low;
        final long high;
        final Annotation annotation;
        final String code;
        final String zh;
        final String en;

        Check(Kind kind, long low, long high, Annotation annotation, Messages messages) {
            this.kind = kind;
            this.low = low;
            this.high = high;
            this.annotation = annotation;
            this.code = annotation.annotationType().getSimpleName();
            Map<String, Object> attributes = attributes(annotation);
            this.zh = messages.zh(code, attributes);
            this.en = messages.en(code, attributes);
        }

        boolean test(long v) {
            return switch (kind) {
                case MIN -> v >= low;
                case MAX -> v <= high;
                case POSITIVE -> v > 0;
                case POSITIVE_OR_ZERO -> v >= 0;
                default -> true; // NotNull on a primitive
            };
        }

        boolean test(Object v) {
            switch (kind) {
                case NOT_NULL:
                    return v != null;
                case NOT_EMPTY:
                    return v != null && size(v) > 0;
                case NOT_BLANK:
                    return v != null && GeneratedValidator.notBlank((CharSequence) v);
                case SIZE:
                    if (v == null) {
                        return true;
                    }
                    int n = size(v);
                    return n >= low && n <= high;
                case NON_NEGATIVE_MONEY:
                    return v == null || !((Money) v).isNegative();
                default:
                    return v == null || number(v);
            }
        }

        private boolean number(Object v) {
            int sign;
            if (v instanceof BigDecimal d) {
                sign = switch (kind) {
                    case MIN -> d.compareTo(BigDecimal.valueOf(low)) >= 0 ? 1 : 0;
                    case MAX -> d.compareTo(BigDecimal.valueOf(high)) <= 0 ? 1 : 0;
                    case POSITIVE -> d.signum() > 0 ? 1 : 0;
                    default -> d.signum() >= 0 ? 1 : 0;
                };
                return sign == 1;
            }
            if (v instanceof BigInteger b) {
                sign = switch (kind) {
                    case MIN -> b.compareTo(BigInteger.valueOf(low)) >= 0 ? 1 : 0;
                    case MAX -> b.compareTo(BigInteger.valueOf(high)) <= 0 ? 1 : 0;
                    case POSITIVE -> b.signum() > 0 ? 1 : 0;
                    default -> b.signum() >= 0 ? 1 : 0;
                };
                return sign == 1;
            }
            return test(((Number) v).longValue());
        }

        private static int size(Object v) {
            if (v instanceof CharSequence s) {
                return s.length();
            }
            if (v instanceof Collection<?> c) {
                return c.size();
            }
            return ((Map<?, ?>) v).size();
        }
    }

    /** The annotation's attributes by name, as Hibernate Validator's constraint descriptor gives them. */
    private static Map<String, Object> attributes(Annotation annotation) {
        Map<String, Object> out = new TreeMap<>();
        for (Method m : annotation.annotationType().getDeclaredMethods()) {
            if (m.getParameterCount() == 0 && !Modifier.isStatic(m.getModifiers())) {
                try {
                    m.setAccessible(true);
                    out.put(m.getName(), m.invoke(annotation));
                } catch (ReflectiveOperationException | RuntimeException e) {
                    // an attribute that cannot be read is not put in a message
                }
            }
        }
        return out;
    }

    // ------------------------------------------------------------------------------- the plan

    private enum Container {
        NONE,
        LIST,
        ITERABLE,
        MAP_VALUE,
        OPTIONAL
    }

    /** One constrained or cascaded property. */
    private static final class Property {
        final String name;
        final String segment;
        final Function<Object, Object> getter;
        final ToLongFunction<Object> primitive;
        final Check[] checks;
        final boolean cascade;
        final Container cascadeContainer;
        final Container container;
        final Check[] elementChecks;
        final boolean elementCascade;

        Property(
                String name,
                Function<Object, Object> getter,
                ToLongFunction<Object> primitive,
                Check[] checks,
                boolean cascade,
                Container cascadeContainer,
                Container container,
                Check[] elementChecks,
                boolean elementCascade) {
            this.name = name;
            this.segment = "." + name;
            this.getter = getter;
            this.primitive = primitive;
            this.checks = checks;
            this.cascade = cascade;
            this.cascadeContainer = cascadeContainer;
            this.container = container;
            this.elementChecks = elementChecks;
            this.elementCascade = elementCascade;
        }
    }

    /** The plan of a type Hibernate Validator validates. */
    private static ConstraintPlan fallback(String reason) {
        return new ConstraintPlan(null, reason, null);
    }

    /** Thrown while building a plan for something only Hibernate Validator understands. */
    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String reason) {
            super(reason, null, false, false);
        }
    }

    /** What the declarations of one property say (several members may declare it). */
    private static final class Declared {
        final Member member;
        final Class<?> type;
        final AnnotatedType annotatedType;
        final List<Annotation> constraints = new ArrayList<>();
        final List<Annotation> elementConstraints = new ArrayList<>();
        final Set<Annotation> seen = new HashSet<>();
        final Set<Annotation> seenElements = new HashSet<>();
        boolean cascade;
        boolean elementCascade;
        AnnotatedType elementType;
        Container container = Container.NONE;

        Declared(Member member, Class<?> type, AnnotatedType annotatedType) {
            this.member = member;
            this.type = type;
            this.annotatedType = annotatedType;
        }

        /** @return true if this declares every constraint and cascade the other does */
        boolean declaresAll(Declared other) {
            return seen.containsAll(other.seen)
                    && seenElements.containsAll(other.seenElements)
                    && (cascade || !other.cascade)
                    && (elementCascade || !other.elementCascade)
                    && (other.container == Container.NONE || container == other.container);
        }
    }

    static ConstraintPlan build(Class<?> type) {
        try {
            return plan(type);
        } catch (Unsupported e) {
            return fallback(e.getMessage());
        } catch (ReflectiveOperationException | RuntimeException | LinkageError e) {
            return fallback(type.getName() + ": " + e);
        }
    }

    private static ConstraintPlan plan(Class<?> type) throws Unsupported, ReflectiveOperationException {
        Map<String, Declared> methods = new LinkedHashMap<>();
        Map<String, Declared> fields = new LinkedHashMap<>();
        for (Class<?> c : hierarchy(type)) {
            for (Annotation a : c.getDeclaredAnnotations()) {
                if (isConstraint(a) || a instanceof GroupSequence || isFromHibernate(a)) {
                    throw new Unsupported(
                            c.getName() + " declares @" + a.annotationType().getSimpleName());
                }
            }
            for (Method m : c.getDeclaredMethods()) {
                if (Modifier.isStatic(m.getModifiers()) || m.isSynthetic()) {
                    continue;
                }
                if (!GeneratedValidator.isPropertyAccessor(
                        m.getName(), m.getParameterCount(), m.getReturnType() == void.class)) {
                    continue;
                }
                collect(
                        methods,
                        m.getName(),
                        m,
                        m.getReturnType(),
                        m.getAnnotatedReturnType(),
                        m.getDeclaredAnnotations());
            }
            for (Field f : c.getDeclaredFields()) {
                if (Modifier.isStatic(f.getModifiers()) || f.isSynthetic()) {
                    continue;
                }
                collect(fields, f.getName(), f, f.getType(), f.getAnnotatedType(), f.getDeclaredAnnotations());
            }
        }
        List<Property> properties = new ArrayList<>();
        Map<String, List<String>> presence = new TreeMap<>();
        Messages messages = Messages.core();
        // a record component's constraints sit on both its field and its accessor, which read
        // the same value: check them once, through the accessor
        fields.values().removeIf(f -> {
            Declared m = methods.get(f.member.getName());
            return m != null && f.type == m.type && m.declaresAll(f);
        });
        for (Map<String, Declared> group : List.of(fields, methods)) {
            for (Declared d : group.values()) {
                properties.add(property(d, messages));
                for (Annotation a : d.constraints) {
                    String code = a.annotationType().getSimpleName();
                    if (InputValidator.PRESENCE_CONSTRAINTS.contains(code)) {
                        presence.computeIfAbsent(d.member.getName(), k -> new ArrayList<>())
                                .add(code);
                    }
                }
            }
        }
        return new ConstraintPlan(properties.toArray(new Property[0]), null, presence);
    }

    /** The class, its superclasses and every interface they implement, most specific first. */
    private static List<Class<?>> hierarchy(Class<?> type) {
        List<Class<?>> out = new ArrayList<>();
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(type);
        while (!todo.isEmpty()) {
            Class<?> c = todo.removeFirst();
            if (c == Object.class || out.contains(c)) {
                continue;
            }
            out.add(c);
            if (c.getSuperclass() != null) {
                todo.add(c.getSuperclass());
            }
            todo.addAll(List.of(c.getInterfaces()));
        }
        return out;
    }

    private static void collect(
            Map<String, Declared> into,
            String name,
            Member member,
            Class<?> type,
            AnnotatedType annotatedType,
            Annotation[] annotations)
            throws Unsupported {
        List<Annotation> constraints = new ArrayList<>();
        boolean cascade = false;
        for (Annotation a : annotations) {
            if (a instanceof Valid) {
                cascade = true;
            } else if (isConstraint(a)) {
                constraints.add(a);
            } else if (isFromHibernate(a) || isConstraintList(a)) {
                throw new Unsupported(
                        member + " declares @" + a.annotationType().getName());
            }
        }
        AnnotatedType element = null;
        Container container = Container.NONE;
        List<Annotation> elementConstraints = new ArrayList<>();
        boolean elementCascade = false;
        if (annotatedType instanceof AnnotatedParameterizedType pt) {
            AnnotatedType[] args = pt.getAnnotatedActualTypeArguments();
            for (int i = 0; i < args.length; i++) {
                nestedAnnotations(args[i], member);
                boolean annotated = false;
                for (Annotation a : args[i].getDeclaredAnnotations()) {
                    if (a instanceof Valid) {
                        elementCascade = true;
                        annotated = true;
                    } else if (isConstraint(a)) {
                        elementConstraints.add(a);
                        annotated = true;
                    } else if (isFromHibernate(a) || isConstraintList(a)) {
                        throw new Unsupported(
                                member + " declares @" + a.annotationType().getName());
                    }
                }
                if (annotated) {
                    Container c = containerOf(type, i, args.length);
                    if (c == Container.NONE || element != null) {
                        throw new Unsupported(member + ": constraints on a type argument of " + type.getName());
                    }
                    element = args[i];
                    container = c;
                }
            }
        }
        if (constraints.isEmpty() && !cascade && container == Container.NONE) {
            return;
        }
        Declared d = into.get(name);
        if (d == null) {
            d = new Declared(member, type, annotatedType);
            into.put(name, d);
        } else if (d.type != type) {
            throw new Unsupported(member + ": declared with another type in a supertype");
        }
        for (Annotation a : constraints) {
            if (d.seen.add(a)) {
                d.constraints.add(a);
            }
        }
        for (Annotation a : elementConstraints) {
            if (d.seenElements.add(a)) {
                d.elementConstraints.add(a);
            }
        }
        d.cascade |= cascade;
        d.elementCascade |= elementCascade;
        if (container != Container.NONE) {
            if (d.container != Container.NONE && d.container != container) {
                throw new Unsupported(member + ": containers differ");
            }
            d.container = container;
            d.elementType = element;
        }
    }

    /** Constraints inside a type argument of a type argument: Hibernate Validator's alone. */
    private static void nestedAnnotations(AnnotatedType t, Member member) throws Unsupported {
        if (t instanceof AnnotatedParameterizedType pt) {
            for (AnnotatedType arg : pt.getAnnotatedActualTypeArguments()) {
                for (Annotation a : arg.getDeclaredAnnotations()) {
                    if (a instanceof Valid || isConstraint(a) || isFromHibernate(a) || isConstraintList(a)) {
                        throw new Unsupported(member + ": constraints on a nested type argument");
                    }
                }
                nestedAnnotations(arg, member);
            }
        } else if (t != null && !(t.getType() instanceof Class<?>)) {
            // a wildcard or type variable carrying constraints
            for (Annotation a : t.getDeclaredAnnotations()) {
                if (a instanceof Valid || isConstraint(a)) {
                    throw new Unsupported(member + ": constraints on a wildcard or type variable");
                }
            }
        }
    }

    private static Container containerOf(Class<?> type, int argument, int arguments) {
        if (List.class.isAssignableFrom(type) && arguments == 1) {
            return Container.LIST;
        }
        if (Map.class.isAssignableFrom(type) && arguments == 2 && argument == 1) {
            return Container.MAP_VALUE;
        }
        if (Optional.class == type) {
            return Container.OPTIONAL;
        }
        if (Iterable.class.isAssignableFrom(type) && !Map.class.isAssignableFrom(type) && arguments == 1) {
            return Container.ITERABLE;
        }
        return Container.NONE;
    }

    private static Container cascadeContainerOf(Class<?> type, Member member) throws Unsupported {
        if (List.class.isAssignableFrom(type)) {
            return Container.LIST;
        }
        if (Map.class.isAssignableFrom(type)) {
            return Container.MAP_VALUE;
        }
        if (Iterable.class.isAssignableFrom(type)) {
            return Container.ITERABLE;
        }
        if (type.isArray() || type.getName().startsWith("java.util.Optional") || type.isPrimitive()) {
            throw new Unsupported(member + ": @Valid on " + type.getName());
        }
        return Container.NONE;
    }

    private static Property property(Declared d, Messages messages) throws Unsupported, ReflectiveOperationException {
        Member member = d.member;
        if (d.type.getName().startsWith("java.util.Optional") && !d.constraints.isEmpty()) {
            throw new Unsupported(member + ": a constraint on an Optional itself");
        }
        Check[] checks = checks(d.constraints, d.type, member, messages);
        Container cascadeContainer = Container.NONE;
        if (d.cascade) {
            if (d.elementCascade) {
                throw new Unsupported(member + ": @Valid on both the container and its elements");
            }
            cascadeContainer = cascadeContainerOf(d.type, member);
        }
        Check[] elementChecks = null;
        if (d.container != Container.NONE && !d.elementConstraints.isEmpty()) {
            Class<?> elementClass = raw(d.elementType);
            if (elementClass == null) {
                throw new Unsupported(member + ": a constrained type argument that is not a class");
            }
            elementChecks = checks(d.elementConstraints, elementClass, member, messages);
        }
        Function<Object, Object> getter = null;
        ToLongFunction<Object> primitive = null;
        if (d.type.isPrimitive()) {
            if (d.type == boolean.class || d.type == char.class || d.type == float.class || d.type == double.class) {
                throw new Unsupported(member + ": constraints on a " + d.type);
            }
            primitive = primitiveAccessor(member);
        } else {
            getter = accessor(member);
        }
        return new Property(
                member.getName(),
                getter,
                primitive,
                checks,
                d.cascade,
                cascadeContainer,
                d.container,
                elementChecks,
                d.elementCascade);
    }

    private static Class<?> raw(AnnotatedType t) {
        if (t.getType() instanceof Class<?> c) {
            return c;
        }
        if (t.getType() instanceof java.lang.reflect.ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        return null;
    }

    private static Check[] checks(List<Annotation> constraints, Class<?> type, Member member, Messages messages)
            throws Unsupported {
        List<Check> out = new ArrayList<>();
        for (Annotation a : constraints) {
            out.add(check(a, type, member, messages));
        }
        return out.toArray(new Check[0]);
    }

    private static Check check(Annotation a, Class<?> type, Member member, Messages messages) throws Unsupported {
        Class<?>[] groups = groups(a);
        if (groups.length > 1 || (groups.length == 1 && groups[0] != Default.class)) {
            throw new Unsupported(member + ": a constraint in a group");
        }
        Kind kind;
        long low = Long.MIN_VALUE;
        long high = Long.MAX_VALUE;
        if (a instanceof NotNull) {
            kind = Kind.NOT_NULL;
        } else if (a instanceof NotEmpty) {
            kind = Kind.NOT_EMPTY;
            requireSized(type, member, a);
        } else if (a instanceof NotBlank) {
            kind = Kind.NOT_BLANK;
            require(CharSequence.class.isAssignableFrom(type), member, a);
        } else if (a instanceof Size s) {
            kind = Kind.SIZE;
            requireSized(type, member, a);
            low = s.min();
            high = s.max();
        } else if (a instanceof Min m) {
            kind = Kind.MIN;
            requireIntegral(type, member, a);
            low = m.value();
        } else if (a instanceof Max m) {
            kind = Kind.MAX;
            requireIntegral(type, member, a);
            high = m.value();
        } else if (a instanceof Positive) {
            kind = Kind.POSITIVE;
            requireIntegral(type, member, a);
        } else if (a instanceof PositiveOrZero) {
            kind = Kind.POSITIVE_OR_ZERO;
            requireIntegral(type, member, a);
        } else if (a instanceof NonNegativeMoney) {
            kind = Kind.NON_NEGATIVE_MONEY;
            require(Money.class.isAssignableFrom(type), member, a);
        } else {
            throw new Unsupported(
                    member + ": @" + a.annotationType().getName() + " (validated by Hibernate Validator)");
        }
        return new Check(kind, low, high, a, messages);
    }

    private static Class<?>[] groups(Annotation a) {
        try {
            Method m = a.annotationType().getMethod("groups");
            return (Class<?>[]) m.invoke(a);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return new Class<?>[0];
        }
    }

    private static void requireSized(Class<?> type, Member member, Annotation a) throws Unsupported {
        require(
                CharSequence.class.isAssignableFrom(type)
                        || Collection.class.isAssignableFrom(type)
                        || Map.class.isAssignableFrom(type),
                member,
                a);
    }

    private static void requireIntegral(Class<?> type, Member member, Annotation a) throws Unsupported {
        require(
                type == int.class
                        || type == long.class
                        || type == short.class
                        || type == byte.class
                        || type == Integer.class
                        || type == Long.class
                        || type == Short.class
                        || type == Byte.class
                        || type == BigDecimal.class
                        || type == BigInteger.class,
                member,
                a);
    }

    private static void require(boolean ok, Member member, Annotation a) throws Unsupported {
        if (!ok) {
            throw new Unsupported(member + ": @" + a.annotationType().getSimpleName() + " on this type");
        }
    }

    private static boolean isConstraint(Annotation a) {
        return a.annotationType().isAnnotationPresent(Constraint.class);
    }

    private static boolean isFromHibernate(Annotation a) {
        return a.annotationType().getName().startsWith("org.hibernate.validator.");
    }

    /** A repeated constraint's container ({@code @Min.List}). */
    private static boolean isConstraintList(Annotation a) {
        try {
            Method value = a.annotationType().getMethod("value");
            Class<?> t = value.getReturnType();
            return t.isArray()
                    && t.getComponentType().isAnnotation()
                    && (t.getComponentType().isAnnotationPresent(Constraint.class)
                            || t.getComponentType() == Valid.class);
        } catch (NoSuchMethodException e) {
            return false;
        }
    }

    // ---------------------------------------------------------------------------- accessors

    @SuppressWarnings("unchecked")
    private static Function<Object, Object> accessor(Member member) throws ReflectiveOperationException {
        MethodHandle handle = handle(member);
        MethodHandles.Lookup lookup = lambdaLookup(member);
        if (lookup != null && member instanceof Method) {
            try {
                CallSite site = LambdaMetafactory.metafactory(
                        lookup,
                        "apply",
                        MethodType.methodType(Function.class),
                        MethodType.methodType(Object.class, Object.class),
                        handle,
                        handle.type());
                return (Function<Object, Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                // fall through to the method handle
            }
        }
        MethodHandle generic = handle.asType(MethodType.methodType(Object.class, Object.class));
        return bean -> {
            try {
                return generic.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    @SuppressWarnings("unchecked")
    private static ToLongFunction<Object> primitiveAccessor(Member member) throws ReflectiveOperationException {
        MethodHandle handle = handle(member);
        MethodHandles.Lookup lookup = lambdaLookup(member);
        if (lookup != null && member instanceof Method) {
            try {
                CallSite site = LambdaMetafactory.metafactory(
                        lookup,
                        "applyAsLong",
                        MethodType.methodType(ToLongFunction.class),
                        MethodType.methodType(long.class, Object.class),
                        handle,
                        handle.type().changeReturnType(long.class));
                return (ToLongFunction<Object>) site.getTarget().invokeExact();
            } catch (Throwable e) {
                // fall through to the method handle
            }
        }
        MethodHandle generic = handle.asType(MethodType.methodType(long.class, Object.class));
        return bean -> {
            try {
                return (long) generic.invokeExact(bean);
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException(e);
            }
        };
    }

    private static MethodHandle handle(Member member) throws ReflectiveOperationException {
        MethodHandles.Lookup lookup = lambdaLookup(member);
        if (member instanceof Method m) {
            if (lookup != null) {
                return lookup.unreflect(m);
            }
            m.setAccessible(true);
            return MethodHandles.lookup().unreflect(m);
        }
        Field f = (Field) member;
        if (lookup != null) {
            return lookup.unreflectGetter(f);
        }
        f.setAccessible(true);
        return MethodHandles.lookup().unreflectGetter(f);
    }

    /** A lookup with private access to the declaring class, or null if its module does not open it. */
    private static MethodHandles.Lookup lambdaLookup(Member member) {
        try {
            return MethodHandles.privateLookupIn(member.getDeclaringClass(), MethodHandles.lookup());
        } catch (IllegalAccessException | RuntimeException e) {
            return null;
        }
    }
}
