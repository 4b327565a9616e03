package org.minzheng.core.validation.processor;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.tools.Diagnostic;
import org.minzheng.core.validation.GeneratedValidator;

/**
 * Generates, at build time, a validator for each concrete facts class of the module being compiled
 * whose Jakarta constraints the validation plans understand ({@code NotNull}, {@code NotEmpty},
 * {@code NotBlank}, {@code Size}, {@code Min}, {@code Max}, {@code Positive},
 * {@code PositiveOrZero}, {@code @NonNegativeMoney}, {@code @Valid}, on accessors and fields and on
 * the elements of {@code List}, {@code Set}/{@code Iterable}, {@code Map} values and
 * {@code Optional}): a class {@code <Name>_MinzhengValidator} next to it that reads each
 * constrained property with a direct call and checks it inline (see
 * {@link org.minzheng.core.validation.GeneratedValidator}). It reads the same declarations the
 * run-time plan ({@code ConstraintPlan}) reads, over the class's supertypes, and generates nothing
 * for a class where the plan would hand anything to Hibernate Validator (a constraint of another
 * kind, a group, a class-level constraint, a nested type argument) or where a supertype comes from
 * a class file (whose type-argument annotations javac 17 does not show), so such classes keep
 * their run-time plan.
 *
 * <p>minzheng's own modules name this processor in their compiler configuration next to
 * Immutables' (it sees Immutables' generated classes in the next round). {@code core}'s jar does
 * not register it as a service, so it never runs on an integrator's code unless named.
 */
public final class ConstraintProcessor extends AbstractProcessor {

    private static final String SUFFIX = GeneratedValidator.SUFFIX;
    private static final String JV = "jakarta.validation.";
    private static final String JC = "jakarta.validation.constraints.";
    private static final String MONEY = "org.minzheng.core.money.Money";
    private static final String NON_NEGATIVE_MONEY = "org.minzheng.core.validation.constraints.NonNegativeMoney";
    private static final Set<String> INTEGRAL = Set.of(
            "int",
            "long",
            "short",
            "byte",
            "java.lang.Integer",
            "java.lang.Long",
            "java.lang.Short",
            "java.lang.Byte",
            "java.math.BigDecimal",
            "java.math.BigInteger");

    /** Every type compiled from source in this compilation, over all rounds. */
    private final Set<String> fromSource = new HashSet<>();

    @Override
    public Set<String> getSupportedAnnotationTypes() {
        return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        List<TypeElement> types = new ArrayList<>();
        for (TypeElement t : ElementFilter.typesIn(round.getRootElements())) {
            collectTypes(t, types);
        }
        for (TypeElement t : types) {
            fromSource.add(t.getQualifiedName().toString());
        }
        for (TypeElement t : types) {
            if (t.getQualifiedName().toString().endsWith(SUFFIX) || !candidate(t)) {
                continue;
            }
            try {
                String source = generate(t);
                if (source != null) {
                    write(t, source);
                }
            } catch (Unsupported e) {
                // the run-time plan (or Hibernate Validator) validates this class
            }
        }
        return false;
    }

    private static void collectTypes(TypeElement t, List<TypeElement> into) {
        into.add(t);
        for (TypeElement nested : ElementFilter.typesIn(t.getEnclosedElements())) {
            collectTypes(nested, into);
        }
    }

    /** A concrete class the generated validator can name and read from its package. */
    private static boolean candidate(TypeElement t) {
        if (t.getKind() != ElementKind.CLASS && t.getKind() != ElementKind.RECORD) {
            return false;
        }
        if (t.getModifiers().contains(Modifier.ABSTRACT)
                || t.getModifiers().contains(Modifier.PRIVATE)
                || !t.getTypeParameters().isEmpty()) {
            return false;
        }
        if (t.getNestingKind() == NestingKind.MEMBER && generatedByImmutables(t.getEnclosingElement())) {
            return false; // Immutables' builders and JSON helpers are not facts
        }
        for (Element e = t; e instanceof TypeElement te; e = e.getEnclosingElement()) {
            if (te.getModifiers().contains(Modifier.PRIVATE)
                    || (te.getNestingKind() == NestingKind.MEMBER
                            && !te.getModifiers().contains(Modifier.STATIC)
                            && te.getKind() == ElementKind.CLASS)
                    || te.getNestingKind() == NestingKind.LOCAL
                    || te.getNestingKind() == NestingKind.ANONYMOUS) {
                return false;
            }
        }
        return true;
    }

    private static boolean generatedByImmutables(Element e) {
        for (AnnotationMirror a : e.getAnnotationMirrors()) {
            if (name(a).equals("org.immutables.value.Generated")) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ what is declared

    private static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported() {
            super(null, null, false, false);
        }
    }

    private enum Container {
        NONE,
        LIST,
        ITERABLE,
        MAP_VALUE,
        OPTIONAL
    }

    /** What the declarations of one property say (as ConstraintPlan.Declared). */
    private static final class Declared {
        final Element member;
        final String name;
        final TypeMirror type;
        final boolean field;
        final List<AnnotationMirror> constraints = new ArrayList<>();
        final List<AnnotationMirror> elementConstraints = new ArrayList<>();
        final Set<String> seen = new HashSet<>();
        final Set<String> seenElements = new HashSet<>();
        boolean cascade;
        boolean elementCascade;
        TypeMirror elementType;
        Container container = Container.NONE;

        Declared(Element member, String name, TypeMirror type, boolean field) {
            this.member = member;
            this.name = name;
            this.type = type;
            this.field = field;
        }

        boolean declaresAll(Declared other) {
            return seen.containsAll(other.seen)
                    && seenElements.containsAll(other.seenElements)
                    && (cascade || !other.cascade)
                    && (elementCascade || !other.elementCascade)
                    && (other.container == Container.NONE || container == other.container);
        }
    }

    private List<TypeElement> hierarchy(TypeElement type) throws Unsupported {
        List<TypeElement> out = new ArrayList<>();
        Deque<TypeMirror> todo = new ArrayDeque<>();
        todo.add(type.asType());
        while (!todo.isEmpty()) {
            TypeMirror m = todo.removeFirst();
            if (m.getKind() != TypeKind.DECLARED) {
                continue;
            }
            TypeElement c = (TypeElement) ((DeclaredType) m).asElement();
            String name = c.getQualifiedName().toString();
            if (name.equals("java.lang.Object") || out.contains(c)) {
                continue;
            }
            if (!fromSource.contains(name) && !name.startsWith("java.") && properties(c)) {
                // compiled before: javac 17 does not show its type-argument annotations
                throw new Unsupported();
            }
            out.add(c);
            todo.add(c.getSuperclass());
            todo.addAll(c.getInterfaces());
        }
        return out;
    }

    /** @return true if the type declares anything that could be a constrained property */
    private static boolean properties(TypeElement c) {
        for (Element e : c.getEnclosedElements()) {
            if (e.getModifiers().contains(Modifier.STATIC)) {
                continue;
            }
            if (e.getKind() == ElementKind.FIELD) {
                return true;
            }
            if (e.getKind() == ElementKind.METHOD) {
                ExecutableElement m = (ExecutableElement) e;
                if (m.getParameters().isEmpty() && m.getReturnType().getKind() != TypeKind.VOID) {
                    return true;
                }
            }
        }
        return !c.getAnnotationMirrors().isEmpty();
    }

    private String generate(TypeElement type) throws Unsupported {
        Map<String, Declared> methods = new LinkedHashMap<>();
        Map<String, Declared> fields = new LinkedHashMap<>();
        for (TypeElement c : hierarchy(type)) {
            for (AnnotationMirror a : c.getAnnotationMirrors()) {
                String n = name(a);
                if (isConstraint(a) || n.equals(JV + "GroupSequence") || n.startsWith("org.hibernate.validator.")) {
                    throw new Unsupported();
                }
            }
            for (Element e : c.getEnclosedElements()) {
                if (e.getModifiers().contains(Modifier.STATIC)) {
                    continue;
                }
                if (e.getKind() == ElementKind.METHOD) {
                    ExecutableElement m = (ExecutableElement) e;
                    String n = m.getSimpleName().toString();
                    if (!GeneratedValidator.isPropertyAccessor(
                            n, m.getParameters().size(), m.getReturnType().getKind() == TypeKind.VOID)) {
                        continue;
                    }
                    collect(methods, n, m, m.getReturnType(), false);
                } else if (e.getKind() == ElementKind.FIELD) {
                    VariableElement f = (VariableElement) e;
                    collect(fields, f.getSimpleName().toString(), f, f.asType(), true);
                }
            }
        }
        fields.values().removeIf(f -> {
            Declared m = methods.get(f.name);
            return m != null && same(f.type, m.type) && m.declaresAll(f);
        });
        List<Declared> all = new ArrayList<>(fields.values());
        all.addAll(methods.values());
        if (all.isEmpty()) {
            return null;
        }
        return source(type, all);
    }

    private void collect(Map<String, Declared> into, String name, Element member, TypeMirror type, boolean field)
            throws Unsupported {
        List<AnnotationMirror> constraints = new ArrayList<>();
        boolean cascade = false;
        for (AnnotationMirror a : member.getAnnotationMirrors()) {
            if (name(a).equals(JV + "Valid")) {
                cascade = true;
            } else if (isConstraint(a)) {
                constraints.add(a);
            } else if (isFromHibernate(a) || isConstraintList(a)) {
                throw new Unsupported();
            }
        }
        TypeMirror element = null;
        Container container = Container.NONE;
        List<AnnotationMirror> elementConstraints = new ArrayList<>();
        boolean elementCascade = false;
        if (type.getKind() == TypeKind.DECLARED) {
            List<? extends TypeMirror> args = ((DeclaredType) type).getTypeArguments();
            for (int i = 0; i < args.size(); i++) {
                nested(args.get(i));
                boolean annotated = false;
                for (AnnotationMirror a : args.get(i).getAnnotationMirrors()) {
                    if (name(a).equals(JV + "Valid")) {
                        elementCascade = true;
                        annotated = true;
                    } else if (isConstraint(a)) {
                        elementConstraints.add(a);
                        annotated = true;
                    } else if (isFromHibernate(a) || isConstraintList(a)) {
                        throw new Unsupported();
                    }
                }
                if (annotated) {
                    Container c = containerOf(type, i, args.size());
                    if (c == Container.NONE || element != null) {
                        throw new Unsupported();
                    }
                    element = args.get(i);
                    container = c;
                }
            }
        } else if (type.getKind() == TypeKind.TYPEVAR || type.getKind() == TypeKind.WILDCARD) {
            throw new Unsupported();
        }
        if (constraints.isEmpty() && !cascade && container == Container.NONE) {
            return;
        }
        Declared d = into.get(name);
        if (d == null) {
            d = new Declared(member, name, type, field);
            into.put(name, d);
        } else if (!same(d.type, type)) {
            throw new Unsupported();
        }
        for (AnnotationMirror a : constraints) {
            if (d.seen.add(key(a))) {
                d.constraints.add(a);
            }
        }
        for (AnnotationMirror a : elementConstraints) {
            if (d.seenElements.add(key(a))) {
                d.elementConstraints.add(a);
            }
        }
        d.cascade |= cascade;
        d.elementCascade |= elementCascade;
        if (container != Container.NONE) {
            if (d.container != Container.NONE && d.container != container) {
                throw new Unsupported();
            }
            d.container = container;
            d.elementType = element;
        }
    }

    private void nested(TypeMirror t) throws Unsupported {
        if (t.getKind() == TypeKind.DECLARED) {
            for (TypeMirror arg : ((DeclaredType) t).getTypeArguments()) {
                for (AnnotationMirror a : arg.getAnnotationMirrors()) {
                    if (name(a).equals(JV + "Valid") || isConstraint(a) || isFromHibernate(a) || isConstraintList(a)) {
                        throw new Unsupported();
                    }
                }
                nested(arg);
            }
        } else {
            for (AnnotationMirror a : t.getAnnotationMirrors()) {
                if (name(a).equals(JV + "Valid") || isConstraint(a)) {
                    throw new Unsupported();
                }
            }
        }
    }

    private Container containerOf(TypeMirror type, int argument, int arguments) {
        if (assignable(type, "java.util.List") && arguments == 1) {
            return Container.LIST;
        }
        if (assignable(type, "java.util.Map") && arguments == 2 && argument == 1) {
            return Container.MAP_VALUE;
        }
        if (erasure(type).equals("java.util.Optional")) {
            return Container.OPTIONAL;
        }
        if (assignable(type, "java.lang.Iterable") && !assignable(type, "java.util.Map") && arguments == 1) {
            return Container.ITERABLE;
        }
        return Container.NONE;
    }

    private Container cascadeContainerOf(TypeMirror type) throws Unsupported {
        if (type.getKind() == TypeKind.ARRAY
                || type.getKind().isPrimitive()
                || erasure(type).startsWith("java.util.Optional")) {
            throw new Unsupported();
        }
        if (assignable(type, "java.util.List")) {
            return Container.LIST;
        }
        if (assignable(type, "java.util.Map")) {
            return Container.MAP_VALUE;
        }
        if (assignable(type, "java.lang.Iterable")) {
            return Container.ITERABLE;
        }
        return Container.NONE;
    }

    // ------------------------------------------------------------------ the checks

    /** One check in generated code: the rule's initialiser and the test on a value named {@code v}. */
    private record Check(String rule, String test) {
        /** @return the test on the variable named {@code var} */
        String on(String var) {
            return test.replace("{v}", var);
        }
    }

    private List<Check> checks(List<AnnotationMirror> constraints, TypeMirror type) throws Unsupported {
        List<Check> out = new ArrayList<>();
        String t = erasure(type);
        boolean primitive = type.getKind().isPrimitive();
        for (AnnotationMirror a : constraints) {
            List<?> groups = (List<?>) value(a, "groups");
            if (groups.size() > 1
                    || (groups.size() == 1
                            && !((AnnotationValue) groups.get(0))
                                    .getValue()
                                    .toString()
                                    .equals(JV + "groups.Default"))) {
                throw new Unsupported();
            }
            String n = name(a);
            switch (n) {
                case JC + "NotNull" -> {
                    if (!primitive) {
                        out.add(new Check("Rule.of(\"NotNull\")", "{v} != null"));
                    }
                }
                case JC + "NotEmpty" -> {
                    requireSized(type);
                    out.add(new Check("Rule.of(\"NotEmpty\")", "{v} != null && " + size(type) + " > 0"));
                }
                case JC + "NotBlank" -> {
                    require(assignable(type, "java.lang.CharSequence"));
                    out.add(new Check("Rule.of(\"NotBlank\")", "{v} != null && notBlank({v})"));
                }
                case JC + "Size" -> {
                    requireSized(type);
                    int min = (Integer) value(a, "min");
                    int max = (Integer) value(a, "max");
                    out.add(new Check(
                            "Rule.size(" + min + ", " + max + ")",
                            "{v} == null || (" + size(type) + " >= " + min + " && " + size(type) + " <= " + max + ")"));
                }
                case JC + "Min", JC + "Max" -> {
                    require(INTEGRAL.contains(t));
                    long bound = (Long) value(a, "value");
                    boolean min = n.endsWith("Min");
                    String code = min ? "Min" : "Max";
                    String test = primitive
                            ? "{v} " + (min ? ">= " : "<= ") + bound + "L"
                            : "{v} == null || " + (min ? "atLeast" : "atMost") + "({v}, " + bound + "L)";
                    out.add(new Check("Rule.of(\"" + code + "\", " + bound + "L)", test));
                }
                case JC + "Positive", JC + "PositiveOrZero" -> {
                    require(INTEGRAL.contains(t));
                    boolean strict = n.endsWith("Positive");
                    String test = primitive
                            ? "{v} " + (strict ? "> 0" : ">= 0")
                            : "{v} == null || sign({v}) " + (strict ? "> 0" : ">= 0");
                    out.add(new Check("Rule.of(\"" + (strict ? "Positive" : "PositiveOrZero") + "\")", test));
                }
                case NON_NEGATIVE_MONEY -> {
                    require(assignable(type, MONEY));
                    out.add(new Check("Rule.of(\"NonNegativeMoney\")", "{v} == null || nonNegative({v})"));
                }
                default -> throw new Unsupported();
            }
        }
        return out;
    }

    private String size(TypeMirror type) {
        return assignable(type, "java.lang.CharSequence") ? "{v}.length()" : "{v}.size()";
    }

    private void requireSized(TypeMirror type) throws Unsupported {
        require(assignable(type, "java.lang.CharSequence")
                || assignable(type, "java.util.Collection")
                || assignable(type, "java.util.Map"));
    }

    private static void require(boolean ok) throws Unsupported {
        if (!ok) {
            throw new Unsupported();
        }
    }

    // ------------------------------------------------------------------ the source

    private String source(TypeElement type, List<Declared> all) throws Unsupported {
        String pkg = processingEnv
                .getElementUtils()
                .getPackageOf(type)
                .getQualifiedName()
                .toString();
        String simple = generatedSimpleName(type);
        String typeName = type.getQualifiedName().toString();
        List<String> rules = new ArrayList<>();
        StringBuilder body = new StringBuilder();
        Map<String, List<String>> presence = new TreeMap<>();
        int[] counter = {0};
        for (Declared d : all) {
            // a private member (field or accessor) only reflection can read
            if (d.member.getModifiers().contains(Modifier.PRIVATE)
                    || (!d.member.getModifiers().contains(Modifier.PUBLIC)
                            && !packageOf(d.member).equals(pkg))) {
                throw new Unsupported();
            }
            accessible(d.type, pkg);
            if (d.elementType != null) {
                accessible(d.elementType, pkg);
            }
            if (erasure(d.type).startsWith("java.util.Optional") && !d.constraints.isEmpty()) {
                throw new Unsupported();
            }
            for (AnnotationMirror a : d.constraints) {
                String code = simpleName(a);
                if (code.equals("NotNull") || code.equals("NotEmpty") || code.equals("NotBlank")) {
                    presence.computeIfAbsent(d.name, k -> new ArrayList<>()).add(code);
                }
            }
            property(d, rules, body, counter);
        }
        StringBuilder out = new StringBuilder();
        if (!pkg.isEmpty()) {
            out.append("package ").append(pkg).append(";\n\n");
        }
        out.append("/** Generated by minzheng's ConstraintProcessor from the Jakarta constraints of {@link ")
                .append(typeName)
                .append("}: do not edit. */\n");
        out.append(
                "@javax.annotation.processing.Generated(\"org.minzheng.core.validation.processor.ConstraintProcessor\")\n");
        out.append("@SuppressWarnings({\"rawtypes\", \"unchecked\", \"cast\"})\n");
        out.append("final class ")
                .append(simple)
                .append(" extends org.minzheng.core.validation.GeneratedValidator {\n\n");
        for (int i = 0; i < rules.size(); i++) {
            out.append("    private static final Rule R")
                    .append(i)
                    .append(" = ")
                    .append(rules.get(i))
                    .append(";\n");
        }
        out.append(
                "    private static final java.util.Map<String, java.util.List<String>> PRESENCE = java.util.Map.ofEntries(");
        boolean first = true;
        for (Map.Entry<String, List<String>> e : presence.entrySet()) {
            out.append(first ? "" : ", ")
                    .append("java.util.Map.entry(\"")
                    .append(e.getKey())
                    .append("\", java.util.List.of(");
            for (int i = 0; i < e.getValue().size(); i++) {
                out.append(i == 0 ? "" : ", ")
                        .append('"')
                        .append(e.getValue().get(i))
                        .append('"');
            }
            out.append("))");
            first = false;
        }
        out.append(");\n\n");
        out.append("    ").append(simple).append("() {}\n\n");
        out.append("    @Override\n    protected Class<?> validates() {\n        return ")
                .append(typeName)
                .append(".class;\n    }\n\n");
        out.append("    @Override\n    protected java.util.Map<String, java.util.List<String>> presence() {\n")
                .append("        return PRESENCE;\n    }\n\n");
        out.append("    @Override\n    public Trail validate(Object bean, Trail t, int depth) {\n");
        out.append("        depth(depth);\n");
        out.append("        ")
                .append(typeName)
                .append(" b = (")
                .append(typeName)
                .append(") bean;\n");
        out.append(body);
        out.append("        return t;\n    }\n}\n");
        return out.toString();
    }

    private void property(Declared d, List<String> rules, StringBuilder body, int[] counter) throws Unsupported {
        TypeMirror type = d.type;
        if (type.getKind().isPrimitive()) {
            String k = type.getKind().toString();
            if (k.equals("BOOLEAN") || k.equals("CHAR") || k.equals("FLOAT") || k.equals("DOUBLE")) {
                throw new Unsupported();
            }
        }
        List<Check> checks = checks(d.constraints, type);
        Container cascadeContainer = Container.NONE;
        if (d.cascade) {
            if (d.elementCascade) {
                throw new Unsupported();
            }
            cascadeContainer = cascadeContainerOf(type);
        }
        List<Check> elementChecks = List.of();
        String elementType = "Object";
        if (d.container != Container.NONE && !d.elementConstraints.isEmpty()) {
            if (d.elementType.getKind() != TypeKind.DECLARED) {
                throw new Unsupported();
            }
            elementChecks = checks(d.elementConstraints, d.elementType);
            elementType = erasure(d.elementType);
        }
        int n = counter[0]++;
        String access = "b." + d.name + (d.field ? "" : "()");
        String valueType = type.getKind().isPrimitive() ? "long" : erasure(type);
        body.append("        {\n");
        body.append("            int s = mark(t);\n");
        body.append("            ")
                .append(valueType)
                .append(" v = ")
                .append(access)
                .append(";\n");
        for (Check c : checks) {
            body.append("            if (!(").append(c.on("v")).append(")) {\n");
            body.append("                t = fail(t, R").append(rule(rules, c)).append(");\n");
            body.append("            }\n");
        }
        if (!type.getKind().isPrimitive() && (d.cascade || d.container != Container.NONE)) {
            body.append("            if (v != null) {\n");
            if (d.cascade) {
                containerLoop(cascadeContainer, "v", List.of(), "Object", true, rules, body, "p" + n);
            }
            if (d.container != Container.NONE) {
                containerLoop(d.container, "v", elementChecks, elementType, d.elementCascade, rules, body, "q" + n);
            }
            body.append("            }\n");
        }
        body.append("            t = prefix(t, s, \".").append(d.name).append("\");\n");
        body.append("        }\n");
    }

    private static void containerLoop(
            Container container,
            String value,
            List<Check> checks,
            String elementType,
            boolean cascade,
            List<String> rules,
            StringBuilder body,
            String id) {
        String in = "                ";
        switch (container) {
            case NONE -> {
                body.append(in).append("{\n");
                cascade(body, in + "    ", value);
                body.append(in).append("}\n");
                return;
            }
            case LIST -> {
                body.append(in)
                        .append("java.util.List ")
                        .append(id)
                        .append(" = (java.util.List) ")
                        .append(value)
                        .append(";\n");
                body.append(in).append("for (int i = 0, n = ").append(id).append(".size(); i < n; i++) {\n");
                body.append(in).append("    int e0 = mark(t);\n");
                body.append(in).append("    Object e = ").append(id).append(".get(i);\n");
                element(checks, elementType, cascade, rules, body, in + "    ");
                body.append(in).append("    t = index(t, e0, i);\n");
                body.append(in).append("}\n");
            }
            case ITERABLE -> {
                body.append(in)
                        .append("for (Object e : (Iterable) ")
                        .append(value)
                        .append(") {\n");
                element(checks, elementType, cascade, rules, body, in + "    ");
                body.append(in).append("}\n");
            }
            case MAP_VALUE -> {
                body.append(in)
                        .append("for (Object o : ((java.util.Map) ")
                        .append(value)
                        .append(").entrySet()) {\n");
                body.append(in).append("    java.util.Map.Entry en = (java.util.Map.Entry) o;\n");
                body.append(in).append("    int e0 = mark(t);\n");
                body.append(in).append("    Object e = en.getValue();\n");
                element(checks, elementType, cascade, rules, body, in + "    ");
                body.append(in).append("    t = key(t, e0, en.getKey());\n");
                body.append(in).append("}\n");
            }
            case OPTIONAL -> {
                body.append(in).append("{\n");
                body.append(in)
                        .append("    Object e = ((java.util.Optional) ")
                        .append(value)
                        .append(").orElse(null);\n");
                element(checks, elementType, cascade, rules, body, in + "    ");
                body.append(in).append("}\n");
            }
            default -> throw new IllegalStateException(container.toString());
        }
    }

    private static void element(
            List<Check> checks,
            String elementType,
            boolean cascade,
            List<String> rules,
            StringBuilder body,
            String in) {
        if (!checks.isEmpty()) {
            body.append(in).append("{\n");
            body.append(in)
                    .append("    ")
                    .append(elementType)
                    .append(" w = (")
                    .append(elementType)
                    .append(") e;\n");
            for (Check c : checks) {
                body.append(in).append("    if (!(").append(c.on("w")).append(")) {\n");
                body.append(in)
                        .append("        t = fail(t, R")
                        .append(rule(rules, c))
                        .append(");\n");
                body.append(in).append("    }\n");
            }
            body.append(in).append("}\n");
        }
        if (cascade) {
            body.append(in).append("if (e != null) {\n");
            cascade(body, in + "    ", "e");
            body.append(in).append("}\n");
        }
    }

    /** @return the number of the check's rule, one per distinct rule of the class (messages rendered once) */
    private static int rule(List<String> rules, Check c) {
        int i = rules.indexOf(c.rule());
        if (i < 0) {
            rules.add(c.rule());
            i = rules.size() - 1;
        }
        return i;
    }

    /** A cascade: the element's own generated validator, called at a call site of its own. */
    private static void cascade(StringBuilder body, String in, String value) {
        body.append(in)
                .append("org.minzheng.core.validation.GeneratedValidator g = of(")
                .append(value)
                .append(".getClass());\n");
        body.append(in)
                .append("t = g != null ? g.validate(")
                .append(value)
                .append(", t, depth + 1) : plan(")
                .append(value)
                .append(", t, depth + 1);\n");
    }

    private void write(TypeElement type, String source) {
        String pkg = processingEnv
                .getElementUtils()
                .getPackageOf(type)
                .getQualifiedName()
                .toString();
        String name = (pkg.isEmpty() ? "" : pkg + ".") + generatedSimpleName(type);
        try (Writer w = processingEnv.getFiler().createSourceFile(name, type).openWriter()) {
            w.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "cannot write " + name + ": " + e, type);
        }
    }

    /** {@code Outer_Inner_MinzhengValidator} for {@code Outer.Inner} (the run time replaces '$' by '_'). */
    private static String generatedSimpleName(TypeElement type) {
        StringBuilder sb = new StringBuilder(type.getSimpleName());
        for (Element e = type.getEnclosingElement(); e instanceof TypeElement te; e = e.getEnclosingElement()) {
            sb.insert(0, te.getSimpleName() + "_");
        }
        return sb + SUFFIX;
    }

    // ------------------------------------------------------------------ helpers

    private static String name(AnnotationMirror a) {
        return ((TypeElement) a.getAnnotationType().asElement())
                .getQualifiedName()
                .toString();
    }

    private static String simpleName(AnnotationMirror a) {
        return a.getAnnotationType().asElement().getSimpleName().toString();
    }

    /** An annotation's identity as {@code Annotation.equals} sees it: its type and every value. */
    private String key(AnnotationMirror a) {
        return name(a)
                + processingEnv
                        .getElementUtils()
                        .getElementValuesWithDefaults(a)
                        .toString();
    }

    private Object value(AnnotationMirror a, String attribute) {
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e :
                processingEnv.getElementUtils().getElementValuesWithDefaults(a).entrySet()) {
            if (e.getKey().getSimpleName().contentEquals(attribute)) {
                return e.getValue().getValue();
            }
        }
        throw new IllegalStateException(name(a) + " has no " + attribute);
    }

    private static boolean isConstraint(AnnotationMirror a) {
        for (AnnotationMirror meta : a.getAnnotationType().asElement().getAnnotationMirrors()) {
            if (name(meta).equals(JV + "Constraint")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFromHibernate(AnnotationMirror a) {
        return name(a).startsWith("org.hibernate.validator.");
    }

    /** A repeated constraint's container ({@code @Min.List}). */
    private static boolean isConstraintList(AnnotationMirror a) {
        for (ExecutableElement m :
                ElementFilter.methodsIn(a.getAnnotationType().asElement().getEnclosedElements())) {
            if (m.getSimpleName().contentEquals("value") && m.getReturnType().getKind() == TypeKind.ARRAY) {
                TypeMirror component = ((javax.lang.model.type.ArrayType) m.getReturnType()).getComponentType();
                if (component.getKind() == TypeKind.DECLARED) {
                    Element e = ((DeclaredType) component).asElement();
                    if (e.getKind() == ElementKind.ANNOTATION_TYPE) {
                        if (((TypeElement) e).getQualifiedName().contentEquals(JV + "Valid")) {
                            return true;
                        }
                        for (AnnotationMirror meta : e.getAnnotationMirrors()) {
                            if (name(meta).equals(JV + "Constraint")) {
                                return true;
                            }
                        }
                    }
                }
            }
        }
        return false;
    }

    private String erasure(TypeMirror t) {
        if (t.getKind().isPrimitive()) {
            return t.getKind().toString().toLowerCase(java.util.Locale.ROOT);
        }
        TypeMirror e = processingEnv.getTypeUtils().erasure(t);
        if (e.getKind() == TypeKind.DECLARED) {
            return ((TypeElement) ((DeclaredType) e).asElement())
                    .getQualifiedName()
                    .toString();
        }
        return e.toString();
    }

    private String packageOf(Element e) {
        return processingEnv
                .getElementUtils()
                .getPackageOf(e)
                .getQualifiedName()
                .toString();
    }

    /** The generated class names the erasure of this type: it must be visible from the package. */
    private void accessible(TypeMirror t, String pkg) throws Unsupported {
        TypeMirror e = processingEnv.getTypeUtils().erasure(t);
        if (e.getKind() == TypeKind.DECLARED) {
            for (Element x = ((DeclaredType) e).asElement(); x instanceof TypeElement te; x = x.getEnclosingElement()) {
                if (te.getModifiers().contains(Modifier.PRIVATE)
                        || (!te.getModifiers().contains(Modifier.PUBLIC)
                                && !packageOf(te).equals(pkg))) {
                    throw new Unsupported();
                }
            }
        } else if (!e.getKind().isPrimitive()) {
            throw new Unsupported();
        }
    }

    private boolean same(TypeMirror a, TypeMirror b) {
        return processingEnv
                .getTypeUtils()
                .isSameType(
                        processingEnv.getTypeUtils().erasure(a),
                        processingEnv.getTypeUtils().erasure(b));
    }

    private boolean assignable(TypeMirror t, String to) {
        if (t.getKind() != TypeKind.DECLARED) {
            return false;
        }
        TypeElement target = processingEnv.getElementUtils().getTypeElement(to);
        return target != null
                && processingEnv
                        .getTypeUtils()
                        .isAssignable(
                                processingEnv.getTypeUtils().erasure(t),
                                processingEnv.getTypeUtils().erasure(target.asType()));
    }
}
