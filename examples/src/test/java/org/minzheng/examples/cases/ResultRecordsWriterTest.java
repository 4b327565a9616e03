package org.minzheng.examples.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.ReferenceJson;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

/**
 * Issue 18: every program's result record (all four domains), and every record reachable from it
 * (a screening's outcomes, a task list's items, the results the screening holds as
 * {@code Object}), is written through the record writer of {@code core.json} — each of its
 * properties read through a bound accessor, not by reflection — and uses only Jackson annotations
 * whose writing {@code RecordPropertyWriterTest} (core) proves equal to Jackson's own. A result
 * that starts using another Jackson annotation fails here until a case for it is added there.
 */
class ResultRecordsWriterTest {

    /**
     * The Jackson annotations {@code RecordPropertyWriterTest} writes both ways (or that only
     * reading uses).
     */
    static final Set<String> PROVED = Set.of(
            "JsonPropertyOrder",
            "JsonInclude",
            "JsonProperty",
            "JsonIgnore",
            "JsonFormat",
            "JsonSerialize",
            "JsonUnwrapped",
            "JsonRawValue",
            "JsonAnyGetter",
            "JsonValue",
            "JsonTypeInfo",
            "JsonSubTypes",
            "JsonView",
            // reading only
            "JsonCreator",
            "JsonDeserialize",
            "JsonPropertyDescription",
            "JsonClassDescription");

    @Test
    void everyResultRecord_isReadThroughAccessors_andUsesOnlyProvedAnnotations() throws IOException {
        Set<Class<?>> roots = new LinkedHashSet<>();
        for (Program<?, ?> program : ProgramRegistry.loadDefault().all()) {
            roots.add(program.resultType());
        }
        // results held as Object (a screening's programs' results): the classes the cases produce
        for (CasePair p : CaseChecker.discover(ExampleCasesTest.CASES)) {
            Decision<?> d = ExampleCasesTest.CHECKER.check(p).decision();
            if (d != null) {
                d.result().ifPresent(r -> collectValues(r, roots));
            }
        }
        Set<Class<?>> records = reachableRecords(roots);
        assertThat(records)
                .hasSizeGreaterThanOrEqualTo(ProgramRegistry.loadDefault().all().size());
        Set<String> unproved = new TreeSet<>();
        for (Class<?> type : records) {
            assertThat(ReferenceJson.reflectiveProperties(type))
                    .as("properties of %s read by reflection", type.getName())
                    .isEmpty();
            for (AnnotatedElement e : elements(type)) {
                for (Annotation a : e.getAnnotations()) {
                    String pkg = a.annotationType().getPackageName();
                    if (pkg.startsWith("com.fasterxml.jackson")
                            && !PROVED.contains(a.annotationType().getSimpleName())) {
                        unproved.add(type.getSimpleName() + " " + e + ": @"
                                + a.annotationType().getSimpleName());
                    }
                }
            }
        }
        assertThat(unproved)
                .as("Jackson annotations on result records that RecordPropertyWriterTest does not prove")
                .isEmpty();
    }

    @Test
    void anUnprovedAnnotation_isFound() {
        assertThat(elements(Unproved.class).stream()
                        .flatMap(e -> java.util.Arrays.stream(e.getAnnotations()))
                        .map(a -> a.annotationType().getSimpleName())
                        .filter(n -> !PROVED.contains(n) && !n.equals("Deprecated")))
                .contains("JsonGetter");
    }

    record Unproved(String a) {
        @com.fasterxml.jackson.annotation.JsonGetter("b")
        public String b() {
            return a;
        }
    }

    /** The class, its components, fields, methods, and the methods of the interfaces it implements. */
    static List<AnnotatedElement> elements(Class<?> type) {
        List<AnnotatedElement> list = new java.util.ArrayList<>();
        list.add(type);
        if (type.isRecord()) {
            for (RecordComponent c : type.getRecordComponents()) {
                list.add(c);
            }
        }
        list.addAll(List.of(type.getDeclaredFields()));
        list.addAll(List.of(type.getDeclaredMethods()));
        list.addAll(List.of(type.getDeclaredConstructors()));
        for (java.lang.reflect.Constructor<?> c : type.getDeclaredConstructors()) {
            list.addAll(List.of(c.getParameters()));
        }
        Deque<Class<?>> interfaces = new ArrayDeque<>(List.of(type.getInterfaces()));
        while (!interfaces.isEmpty()) {
            Class<?> i = interfaces.pop();
            list.add(i);
            for (Method m : i.getDeclaredMethods()) {
                list.add(m);
            }
            interfaces.addAll(List.of(i.getInterfaces()));
        }
        return list;
    }

    private static Set<Class<?>> reachableRecords(Set<Class<?>> roots) {
        Set<Class<?>> seen = new LinkedHashSet<>();
        Deque<Class<?>> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            Class<?> c = todo.pop();
            if (!c.isRecord() || !seen.add(c)) {
                continue;
            }
            for (RecordComponent rc : c.getRecordComponents()) {
                addTypes(rc.getGenericType(), todo);
            }
        }
        return seen;
    }

    private static void addTypes(Type t, Deque<Class<?>> todo) {
        if (t instanceof Class<?> c) {
            todo.add(c);
        } else if (t instanceof ParameterizedType p) {
            addTypes(p.getRawType(), todo);
            for (Type a : p.getActualTypeArguments()) {
                addTypes(a, todo);
            }
        } else if (t instanceof WildcardType w) {
            for (Type b : w.getUpperBounds()) {
                addTypes(b, todo);
            }
        }
    }

    /** The classes of a value and of the values its record components and lists hold. */
    private static void collectValues(Object v, Set<Class<?>> into) {
        if (v == null) {
            return;
        }
        if (v instanceof Iterable<?> it) {
            it.forEach(x -> collectValues(x, into));
            return;
        }
        if (v instanceof java.util.Optional<?> o) {
            o.ifPresent(x -> collectValues(x, into));
            return;
        }
        Class<?> c = v.getClass();
        if (!c.isRecord()) {
            return;
        }
        into.add(c);
        for (RecordComponent rc : c.getRecordComponents()) {
            try {
                collectValues(rc.getAccessor().invoke(v), into);
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
