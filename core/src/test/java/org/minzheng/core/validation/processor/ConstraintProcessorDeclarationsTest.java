package org.minzheng.core.validation.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.ValidationAgreement;

/**
 * The annotation processor run in javac over facts types that each exercise one thing: every
 * constraint kind on every value type it accepts, every container, fields, getters, supertypes
 * (from source and from class files), and each declaration for which it generates nothing (so the
 * run-time plan, or Hibernate Validator, keeps the class). Each generated validator is loaded and
 * held, at the constraints' boundaries, to the expected violations, the plan built by reflection
 * and Hibernate Validator.
 */
class ConstraintProcessorDeclarationsTest {

    @TempDir
    Path dir;

    private static Path out;
    private static URLClassLoader loader;

    private static final String HEADER = """
            import jakarta.validation.GroupSequence;
            import jakarta.validation.Valid;
            import jakarta.validation.constraints.*;
            import jakarta.validation.groups.Default;
            import java.math.BigDecimal;
            import java.math.BigInteger;
            import java.util.*;
            import org.minzheng.core.money.Money;
            import org.minzheng.core.validation.constraints.NonNegativeMoney;
            import org.minzheng.core.validation.processor.BinarySupertypes;
            """;

    /** Sources in package {@code g} (and {@code h}, another package). */
    private static final Map<String, String> SOURCES = new TreeMap<>();

    static {
        // ------------------------------------------------------------ generated
        SOURCES.put("g.Numbers", """
                public record Numbers(
                        @Min(-2) int a, @Max(1) long b, @Positive short c, @PositiveOrZero byte d,
                        @Min(-2) Integer e, @Max(1) Long f, @Positive Short g, @PositiveOrZero Byte h,
                        @Min(-2) BigDecimal i, @Max(1) BigInteger j, @Positive BigDecimal k, @PositiveOrZero BigInteger l,
                        @NotNull int m) {}
                """);
        SOURCES.put("g.Texts", """
                public record Texts(
                        @Size(min = 1, max = 2) String a, @Size(min = 1, max = 2) List<String> b,
                        @Size(min = 1, max = 2) Map<String, String> c, @NotEmpty String d, @NotEmpty Set<String> e,
                        @NotEmpty Map<String, String> f, @NotBlank String g, @NotBlank StringBuilder h,
                        @NonNegativeMoney Money i, @NotNull String j, @NotNull(groups = Default.class) String k,
                        @Deprecated @Tag @NotNull String l) {}
                """);
        SOURCES.put("g.Tag", """
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @java.lang.annotation.Target({java.lang.annotation.ElementType.METHOD, java.lang.annotation.ElementType.FIELD,
                        java.lang.annotation.ElementType.PARAMETER, java.lang.annotation.ElementType.TYPE_USE})
                public @interface Tag {
                    String[] value() default {};
                }
                """);
        SOURCES.put("g.Leaf", "public record Leaf(@Min(1) int n) {}\n");
        SOURCES.put("g.Containers", """
                public record Containers(
                        List<@Min(1) Integer> list, Set<@NotBlank String> set, Collection<@NotNull String> collection,
                        Map<String, @Size(max = 1) String> map, Optional<@Positive Long> optional,
                        @Valid List<Leaf> cascadeList, @Valid Map<String, Leaf> cascadeMap, @Valid Set<Leaf> cascadeSet,
                        @Valid Leaf leaf, List<@Valid Leaf> elementList, Optional<@Valid Leaf> elementOptional,
                        Map<String, @Valid Leaf> elementMap, Set<@Valid Leaf> elementSet,
                        List<List<@Tag String>> tagged, List<@Tag ? extends CharSequence> wild) {}
                """);
        SOURCES.put("g.Fields", """
                public class Fields {
                    @NotNull public String a;
                    @Min(1) int b;
                    @NotNull public static String shared;
                    @Valid public Leaf leaf;
                    public List<@NotBlank String> words;
                    @Size(max = 1) public String a() { return a; }
                    @NotNull public String find(String key) { return null; }
                    @NotBlank @Override public String toString() { return ""; }
                    @NotNull public static String make() { return null; }
                    @NotEmpty public List<String> words() { return words; }
                }
                """);
        SOURCES.put("g.Base", """
                public abstract class Base {
                    @NotNull public String code;
                    @Min(1) public abstract int level();
                }
                """);
        SOURCES.put("g.Sub", """
                public final class Sub extends Base implements Titled {
                    public int level;
                    public String title;
                    @Override public int level() { return level; }
                    @NotNull @Override public String title() { return title; }
                }
                """);
        SOURCES.put("g.Titled", "public interface Titled { @NotNull String title(); }\n");
        SOURCES.put("g.Outer", """
                public class Outer {
                    @NotNull public String o;
                    public class Inner { @NotNull public String x; }
                    public static class Nested { @NotNull public String y; }
                    public interface Holder { record Inside(@NotNull String z) {} }
                    private static class Hidden { @NotNull public String w; }
                }
                """);
        SOURCES.put("g.ImmutablesLike", """
                @org.immutables.value.Generated(from = "X", generator = "Immutables")
                public final class ImmutablesLike {
                    @NotNull public String a;
                    public static final class Builder { @NotNull public String b; }
                }
                """);
        SOURCES.put(
                "g.WithMarker", "public record WithMarker(@NotNull String a) implements BinarySupertypes.Marker {}\n");
        SOURCES.put("g.WithNoProperties", """
                public record WithNoProperties(@NotNull String a) implements BinarySupertypes.NoProperties {
                    public void run() {}
                    public String named(String key) { return key; }
                }
                """);
        SOURCES.put("g.Accessors", """
                public class Accessors implements Cloneable {
                    @NotNull public String builder() { return null; }
                    @NotNull public String builders() { return null; }
                    @Size(max = 0) @Override public String toString() { return "x"; }
                    @Max(-1) @Override public int hashCode() { return 1; }
                    @NotNull @Override public Object clone() { return null; }
                    @NotNull public static String make() { return null; }
                }
                """);
        SOURCES.put("g.Harmless", """
                public class Harmless {
                    @Pairs(others = {@Min(1)}) @Single(@Min(1)) @Numbered({1}) @Tags({@Tag}) @NotNull public String a;
                }
                """);
        SOURCES.put(
                "g.Pairs",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Pairs { Min[] others() default {}; }\n");
        SOURCES.put(
                "g.Single",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Single { Min value(); }\n");
        SOURCES.put(
                "g.Numbered",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Numbered { int[] value() default {}; }\n");
        SOURCES.put(
                "g.Tags",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Tags { Tag[] value() default {}; }\n");
        SOURCES.put("g.TwoDeclarations", """
                public class TwoDeclarations {
                    public List<@NotBlank String> words;
                    public List<@Size(max = 1) String> words() { return words; }
                }
                """);
        SOURCES.put("g.TwoCascades", """
                public class TwoCascades {
                    @Valid public Leaf leaf;
                    public List<@Valid Leaf> leaves;
                    @NotNull public Leaf leaf() { return leaf; }
                    public List<@NotNull Leaf> leaves() { return leaves; }
                }
                """);
        SOURCES.put("g.DefaultGroup", "public record DefaultGroup(@NotNull(groups = Default.class) String a) {}\n");
        SOURCES.put("g.SamePackage", """
                public class SamePackage extends h.Exposed {
                    @Valid public Local local;
                }
                """);
        SOURCES.put("g.Local", "class Local { @NotNull public String v; }\n");
        SOURCES.put("h.Exposed", """
                public abstract class Exposed {
                    @NotNull public String open() { return null; }
                }
                """);
        // ------------------------------------------------------------ not generated
        SOURCES.put("g.Generic", "public record Generic<T>(@NotNull String name) {}\n");
        SOURCES.put("g.Kind", "public enum Kind { A; @NotNull public String x; }\n");
        SOURCES.put("g.Abstract", "public abstract class Abstract { @NotNull public String x; }\n");
        SOURCES.put(
                "g.FromField",
                "public class FromField extends BinarySupertypes.WithField { @NotNull public String other; }\n");
        SOURCES.put("g.FromAccessor", """
                public record FromAccessor(@NotNull String other, String code) implements BinarySupertypes.WithAccessor {}
                """);
        SOURCES.put(
                "g.FromAnnotated",
                "public record FromAnnotated(@NotNull String a) implements BinarySupertypes.AnnotatedMarker {}\n");
        SOURCES.put("g.Sequenced", "@GroupSequence({Sequenced.class}) public record Sequenced(@NotNull String a) {}\n");
        SOURCES.put("g.ListOfMin", "public record ListOfMin(List<@Min.List({@Min(1), @Min(2)}) Integer> xs) {}\n");
        SOURCES.put(
                "g.MinListed", "public record MinListed(@NotNull String a, @Min.List({@Min(1), @Min(2)}) int n) {}\n");
        SOURCES.put(
                "g.Valids",
                "@java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME) public @interface Valids { Valid[] value() default {}; }\n");
        SOURCES.put("g.ValidsHolder", "public class ValidsHolder { @Valids({}) @NotNull public String a; }\n");
        SOURCES.put("g.DeeperBeside", """
                public record DeeperBeside(@NotNull String a, List<Map<String, List<@NotNull String>>> xs) {}
                """);
        // Hibernate Validator's own marker, kept in class files only: the run time never sees it
        SOURCES.put(
                "g.Incubated", "public record Incubated(@org.hibernate.validator.Incubating @NotNull String a) {}\n");
        SOURCES.put("g.BlankInt", "public record BlankInt(@NotBlank int n) {}\n");
        SOURCES.put("g.NestedValid", "public record NestedValid(List<List<@Valid Leaf>> xs) {}\n");
        SOURCES.put("g.NestedList", "public record NestedList(List<List<@Min.List({@Min(1)}) Integer>> xs) {}\n");
        SOURCES.put("g.Deeper", "public record Deeper(List<Map<String, List<@NotNull String>>> xs) {}\n");
        SOURCES.put("g.Wildcard", "public record Wildcard(List<@NotNull ? extends CharSequence> xs) {}\n");
        SOURCES.put("g.WildcardValid", "public record WildcardValid(List<@Valid ? extends Leaf> xs) {}\n");
        SOURCES.put("g.TypeVariable", "public class TypeVariable { @NotNull public <T> T any() { return null; } }\n");
        SOURCES.put("g.MapKey", "public record MapKey(Map<@NotBlank String, String> m) {}\n");
        SOURCES.put("g.Supplied", "public record Supplied(java.util.function.Supplier<@NotNull String> s) {}\n");
        SOURCES.put("g.Covariant", "public record Covariant(@Size(max = 2) String label) implements Labelled {}\n");
        SOURCES.put("g.Labelled", "public interface Labelled { @NotNull CharSequence label(); }\n");
        SOURCES.put("g.Letter", "public record Letter(@NotNull char c) {}\n");
        SOURCES.put("g.Ratio", "public record Ratio(@NotNull double d) {}\n");
        SOURCES.put("g.Share", "public record Share(@NotNull float f) {}\n");
        SOURCES.put("g.Flag", "public record Flag(@NotNull boolean b) {}\n");
        SOURCES.put("g.BothValid", "public record BothValid(@Valid List<@Valid Leaf> xs) {}\n");
        SOURCES.put("g.ValidArray", "public record ValidArray(@Valid Leaf[] xs) {}\n");
        SOURCES.put("g.ValidInt", "public record ValidInt(@Valid int n) {}\n");
        SOURCES.put("g.ValidOptional", "public record ValidOptional(@Valid Optional<Leaf> o) {}\n");
        SOURCES.put("g.TwoGroups", """
                public record TwoGroups(@NotNull(groups = {Default.class, TwoGroups.G.class}) String a) {
                    public interface G {}
                }
                """);
        SOURCES.put("g.NotEmptyNumber", "public record NotEmptyNumber(@NotEmpty Integer n) {}\n");
        SOURCES.put("g.SizedNumber", "public record SizedNumber(@Size(max = 1) Long n) {}\n");
        SOURCES.put("g.MinText", "public record MinText(@Min(1) String n) {}\n");
        SOURCES.put("g.MaxDouble", "public record MaxDouble(@Max(1) Double n) {}\n");
        SOURCES.put("g.PositiveDouble", "public record PositiveDouble(@Positive Double n) {}\n");
        SOURCES.put("g.ZeroFloat", "public record ZeroFloat(@PositiveOrZero Float n) {}\n");
        SOURCES.put("g.MoneyOnLong", "public record MoneyOnLong(@NonNegativeMoney Long n) {}\n");
        SOURCES.put("g.NotBlankList", "public record NotBlankList(@NotBlank List<String> n) {}\n");
        SOURCES.put("g.Dated", "public record Dated(@Past java.time.LocalDate d) {}\n");
        SOURCES.put("g.PrivateGetter", "public class PrivateGetter { @NotNull private String x() { return null; } }\n");
        SOURCES.put("g.OtherPackage", "public class OtherPackage extends h.Hidden {}\n");
        SOURCES.put("h.Hidden", """
                public abstract class Hidden {
                    @NotNull String hidden() { return null; }
                    @NotNull protected String guarded() { return null; }
                }
                """);
        SOURCES.put("g.PrivateType", """
                public class PrivateType {
                    @Valid public Secret s;
                    private static final class Secret {}
                }
                """);
        SOURCES.put("g.PrivateElement", """
                public class PrivateElement {
                    public List<@Valid Secret> xs;
                    private static final class Secret {}
                }
                """);
        SOURCES.put("g.Names", "public record Names(@NotNull String[] names) {}\n");
    }

    private static final List<String> GENERATED = List.of(
            "g.Numbers",
            "g.Texts",
            "g.Leaf",
            "g.Containers",
            "g.Fields",
            "g.Sub",
            "g.Outer",
            "g.Outer_Nested",
            "g.Outer_Holder_Inside",
            "g.ImmutablesLike",
            "g.WithMarker",
            "g.WithNoProperties",
            "g.Accessors",
            "g.Harmless",
            "g.TwoDeclarations",
            "g.TwoCascades",
            "g.DefaultGroup",
            "g.SamePackage",
            "g.Local");

    /**
     * The classes of {@link #NOT_GENERATED} refused for what they declare (a constraint, container,
     * group or type the plans do not know): the run-time plan refuses each of them too. The others
     * are refused for what the generated code cannot do (name a generic, abstract, inner, private
     * or other-package type or member, read a supertype from a class file), which the plan, reading
     * by reflection, can; anything from Hibernate Validator on a member, even a marker kept in
     * class files only, which the run time does not see ({@code g.Incubated}); and a property whose type is a type variable ({@code g.TypeVariable}),
     * which the generator leaves to the plan (the plan reads its erasure, as Hibernate Validator
     * does).
     */
    private static final List<String> REFUSED_DECLARATIONS = List.of(
            "g.MinListed",
            "g.ValidsHolder",
            "g.DeeperBeside",
            "g.BlankInt",
            "g.Sequenced",
            "g.ListOfMin",
            "g.NestedValid",
            "g.NestedList",
            "g.Deeper",
            "g.Wildcard",
            "g.WildcardValid",
            "g.MapKey",
            "g.Supplied",
            "g.Covariant",
            "g.Letter",
            "g.Ratio",
            "g.Share",
            "g.Flag",
            "g.BothValid",
            "g.ValidArray",
            "g.ValidInt",
            "g.ValidOptional",
            "g.TwoGroups",
            "g.NotEmptyNumber",
            "g.SizedNumber",
            "g.MinText",
            "g.MaxDouble",
            "g.PositiveDouble",
            "g.ZeroFloat",
            "g.MoneyOnLong",
            "g.NotBlankList",
            "g.Dated");

    /** Refused for what generated code cannot name or read (see {@link #REFUSED_DECLARATIONS}). */
    private static final List<String> REFUSED_BY_THE_GENERATOR_ALONE = List.of(
            "g.Tag",
            "g.Pairs",
            "g.Single",
            "g.Numbered",
            "g.Tags",
            "g.Valids",
            "g.Incubated",
            "g.Titled",
            "g.Base",
            "g.Outer_Inner",
            "g.Outer_Hidden",
            "g.ImmutablesLike_Builder",
            "h.Exposed",
            "g.Generic",
            "g.Kind",
            "g.Abstract",
            "g.FromField",
            "g.FromAccessor",
            "g.FromAnnotated",
            "g.TypeVariable",
            "g.Labelled",
            "g.PrivateGetter",
            "g.OtherPackage",
            "h.Hidden",
            "g.PrivateType",
            "g.PrivateElement",
            "g.Names");

    private static final List<String> NOT_GENERATED = java.util.stream.Stream.concat(
                    REFUSED_BY_THE_GENERATOR_ALONE.stream(), REFUSED_DECLARATIONS.stream())
            .toList();

    private static String diagnostics;

    /**
     * Compiles these sources and those they name (their supertypes, the types of their properties),
     * with the processor. Each test compiles what it reads, not once before all tests: PIT counts
     * only what a test itself runs as that test's coverage, so a processor run in
     * {@code @BeforeAll} left every mutant of the generator "surviving" the tests that would kill
     * it (hcoles/pitest#1081).
     */
    private void compile(Collection<String> types) throws IOException {
        Map<String, String> chosen = new TreeMap<>();
        Deque<String> todo = new ArrayDeque<>(types);
        while (!todo.isEmpty()) {
            String type = todo.removeFirst();
            if (chosen.containsKey(type)) {
                continue;
            }
            String text = SOURCES.get(type);
            chosen.put(type, text);
            for (String other : SOURCES.keySet()) {
                String simple = other.substring(other.indexOf('.') + 1);
                if (Pattern.compile("\\b" + simple + "\\b").matcher(text).find()) {
                    todo.add(other);
                }
            }
        }
        diagnostics = ProcessorCompilation.compile(dir, chosen, HEADER);
        out = ProcessorCompilation.out(dir);
        loader = new URLClassLoader(
                new URL[] {out.toUri().toURL()}, ConstraintProcessorDeclarationsTest.class.getClassLoader());
    }

    private void compile(String... types) throws IOException {
        compile(List.of(types));
    }

    @AfterEach
    void close() throws IOException {
        if (loader != null) {
            loader.close();
        }
    }

    private static boolean generated(String type) {
        int dot = type.indexOf('.');
        return Files.exists(
                out.resolve(type.substring(0, dot)).resolve(type.substring(dot + 1) + "_MinzhengValidator.java"));
    }

    private static Class<?> load(String name) throws ClassNotFoundException {
        return loader.loadClass(name);
    }

    private static Object record(String name, Object... values) throws Exception {
        Class<?> c = load(name);
        Constructor<?> canonical = c.getDeclaredConstructors()[0];
        canonical.setAccessible(true);
        return canonical.newInstance(values);
    }

    private static Object bean(String name, Map<String, Object> fields) throws Exception {
        Class<?> c = load(name);
        Constructor<?> k = c.getDeclaredConstructor();
        k.setAccessible(true);
        Object o = k.newInstance();
        for (Map.Entry<String, Object> e : fields.entrySet()) {
            java.lang.reflect.Field f = null;
            for (Class<?> t = c; f == null && t != null; t = t.getSuperclass()) {
                try {
                    f = t.getDeclaredField(e.getKey());
                } catch (NoSuchFieldException missing) {
                    // look in the superclass
                }
            }
            f.setAccessible(true);
            f.set(o, e.getValue());
        }
        return o;
    }

    /** The generated validator's answer, after holding it to the plan's and Hibernate Validator's. */
    private static List<String> found(Object facts) {
        assertThat(ValidationAgreement.generated(facts.getClass()))
                .as(facts.getClass().getName())
                .isTrue();
        ValidationAgreement.assertAgrees(facts);
        return InputValidator.get().validate(facts, "facts").stream()
                .map(v -> v.path() + " " + v.code())
                .toList();
    }

    @Test
    void eachClassWhoseConstraintsThePlanKnows_getsAValidator_andEachRefusedDeclarationGetsNone() throws IOException {
        compile(SOURCES.keySet());

        for (String type : GENERATED) {
            assertThat(generated(type)).as(type + "\n" + diagnostics).isTrue();
        }
        for (String type : NOT_GENERATED) {
            assertThat(generated(type)).as(type).isFalse();
        }
    }

    @Test
    void theGeneratorAndThePlan_refuseTheSameDeclarations_andAcceptTheSameClasses() throws Exception {
        compile(SOURCES.keySet());

        for (String type : GENERATED) {
            assertThat(ValidationAgreement.planRefusal(load(type.replace('_', '$'))))
                    .as(type)
                    .isNull();
        }
        for (String type : NOT_GENERATED) {
            Class<?> c = load(type.replace('_', '$'));
            if (c.isInterface() || c.isAnnotation() || java.lang.reflect.Modifier.isAbstract(c.getModifiers())) {
                continue; // never the runtime class of facts
            }
            String refusal = ValidationAgreement.planRefusal(c);
            if (REFUSED_DECLARATIONS.contains(type)) {
                assertThat(refusal).as(type).isNotNull();
            } else {
                assertThat(refusal)
                        .as(type + " is refused by the generator alone")
                        .isNull();
            }
        }
    }

    private static Object numbers(int t) throws Exception {
        return record(
                "g.Numbers",
                t,
                (long) t,
                (short) t,
                (byte) t,
                t,
                (long) t,
                (short) t,
                (byte) t,
                BigDecimal.valueOf(t),
                BigInteger.valueOf(t),
                BigDecimal.valueOf(t),
                BigInteger.valueOf(t),
                t);
    }

    @Test
    void numbers_atEachBound_justInsideAndJustOutside() throws Exception {
        compile("g.Numbers");

        for (int t = -4; t <= 3; t++) {
            List<String> expected = new ArrayList<>();
            if (t < -2) {
                expected.addAll(List.of("facts.a Min", "facts.e Min", "facts.i Min"));
            }
            if (t > 1) {
                expected.addAll(List.of("facts.b Max", "facts.f Max", "facts.j Max"));
            }
            if (t <= 0) {
                expected.addAll(List.of("facts.c Positive", "facts.g Positive", "facts.k Positive"));
            }
            if (t < 0) {
                expected.addAll(List.of("facts.d PositiveOrZero", "facts.h PositiveOrZero", "facts.l PositiveOrZero"));
            }
            java.util.Collections.sort(expected);
            assertThat(found(numbers(t))).as("at %d", t).isEqualTo(expected);
        }
        Object nulls =
                record("g.Numbers", 0, 0L, (short) 1, (byte) 0, null, null, null, null, null, null, null, null, 0);
        assertThat(found(nulls)).isEmpty();
        assertThat(found(record(
                        "g.Numbers",
                        0,
                        0L,
                        (short) 1,
                        (byte) 0,
                        0,
                        0L,
                        (short) 1,
                        (byte) 0,
                        new BigDecimal("-2.01"),
                        BigInteger.ONE.shiftLeft(64),
                        new BigDecimal("0.01"),
                        BigInteger.ONE.shiftLeft(64).negate(),
                        0)))
                .containsExactly("facts.i Min", "facts.j Max", "facts.l PositiveOrZero");
    }

    private static List<String> strings(int n) {
        List<String> l = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            l.add("s" + i);
        }
        return l;
    }

    private static Map<String, String> map(int n) {
        Map<String, String> m = new TreeMap<>();
        for (String s : strings(n)) {
            m.put(s, s);
        }
        return m;
    }

    @Test
    void textsAndSizes_atEachBound_andTheirMessages() throws Exception {
        compile("g.Texts");

        for (int n = 0; n <= 3; n++) {
            Object texts = record(
                    "g.Texts",
                    "x".repeat(n),
                    strings(n),
                    map(n),
                    "x".repeat(n),
                    new LinkedHashSet<>(strings(n)),
                    map(n),
                    " ".repeat(n),
                    new StringBuilder("\u3000".repeat(n)),
                    Money.ofFen(n - 1),
                    "j",
                    "k",
                    "l");
            List<String> expected = new ArrayList<>(List.of("facts.g NotBlank", "facts.h NotBlank"));
            if (n < 1 || n > 2) {
                expected.addAll(List.of("facts.a Size", "facts.b Size", "facts.c Size"));
            }
            if (n == 0) {
                expected.addAll(List.of(
                        "facts.d NotEmpty", "facts.e NotEmpty", "facts.f NotEmpty", "facts.i NonNegativeMoney"));
            }
            java.util.Collections.sort(expected);
            assertThat(found(texts)).as("%d", n).isEqualTo(expected);
        }
        Object nulls = record("g.Texts", null, null, null, null, null, null, null, null, null, null, null, null);
        assertThat(found(nulls))
                .containsExactly(
                        "facts.d NotEmpty",
                        "facts.e NotEmpty",
                        "facts.f NotEmpty",
                        "facts.g NotBlank",
                        "facts.h NotBlank",
                        "facts.j NotNull",
                        "facts.k NotNull",
                        "facts.l NotNull");
        Object words = record(
                "g.Texts",
                "ab",
                List.of("a"),
                Map.of("a", "b"),
                "d",
                Set.of("e"),
                Map.of("f", "f"),
                " g",
                new StringBuilder("h "),
                Money.ZERO,
                "j",
                "k",
                "l");
        assertThat(found(words)).isEmpty();
        var v = InputValidator.get()
                .validate(
                        record(
                                "g.Texts",
                                "abc",
                                null,
                                null,
                                "d",
                                Set.of("e"),
                                Map.of("f", "f"),
                                "g",
                                new StringBuilder("h"),
                                null,
                                "j",
                                "k",
                                "l"),
                        "facts")
                .get(0);
        assertThat(v.messageZh() + " / " + v.messageEn())
                .isEqualTo("元素个数须在 1 到 2 之间 / must have between 1 and 2 elements");
    }

    @Test
    void eachContainer_itsElementsChecked_andCascadedInto_withTheElementsPath() throws Exception {
        compile("g.Containers");

        Object bad = record("g.Leaf", 0);
        Object good = record("g.Leaf", 1);
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ok", "o");
        map.put("long", "lo");
        Map<String, Object> leaves = new LinkedHashMap<>();
        leaves.put("fine", good);
        leaves.put("bad", bad);
        Object c = record(
                "g.Containers",
                Arrays.asList(1, 0, null),
                new LinkedHashSet<>(List.of("a", " ")),
                Arrays.asList("a", null),
                map,
                Optional.of(0L),
                Arrays.asList(good, bad, null),
                leaves,
                Set.of(bad),
                bad,
                Arrays.asList(null, bad),
                Optional.of(bad),
                leaves,
                Set.of(bad),
                List.of(List.of("t")),
                List.of("w"));
        assertThat(found(c))
                .containsExactly(
                        "facts.cascadeList[1].n Min",
                        "facts.cascadeMap[bad].n Min",
                        "facts.cascadeSet.n Min",
                        "facts.collection NotNull",
                        "facts.elementList[1].n Min",
                        "facts.elementMap[bad].n Min",
                        "facts.elementOptional.n Min",
                        "facts.elementSet.n Min",
                        "facts.leaf.n Min",
                        "facts.list[1] Min",
                        "facts.map[long] Size",
                        "facts.optional Positive",
                        "facts.set NotBlank");
        Object empty = record(
                "g.Containers",
                List.of(),
                Set.of(),
                List.of(),
                Map.of(),
                Optional.empty(),
                List.of(),
                Map.of(),
                Set.of(),
                good,
                List.of(),
                Optional.empty(),
                Map.of(),
                Set.of(),
                List.of(),
                List.of());
        assertThat(found(empty)).isEmpty();
        Object nulls = record(
                "g.Containers",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
        assertThat(found(nulls)).isEmpty();
    }

    @Test
    void fieldsGettersAndSupertypes_areReadAsThePlanReadsThem() throws Exception {
        compile(
                "g.Fields",
                "g.Sub",
                "g.Outer",
                "g.ImmutablesLike",
                "g.WithMarker",
                "g.WithNoProperties",
                "g.DefaultGroup",
                "g.SamePackage",
                "g.Harmless",
                "g.TwoDeclarations",
                "g.TwoCascades");

        Object leaf = record("g.Leaf", 0);
        assertThat(found(bean("g.Fields", Map.of("b", 0, "leaf", leaf, "words", List.of(" ")))))
                .containsExactly("facts.a NotNull", "facts.b Min", "facts.leaf.n Min", "facts.words[0] NotBlank");
        assertThat(found(bean("g.Fields", Map.of("a", "ab", "b", 1, "words", List.of()))))
                .containsExactly("facts.a Size", "facts.words NotEmpty");
        assertThat(found(bean("g.Sub", Map.of("level", 0))))
                .containsExactly("facts.code NotNull", "facts.level Min", "facts.title NotNull");
        assertThat(found(bean("g.Sub", Map.of("level", 1, "code", "c", "title", "t"))))
                .isEmpty();
        assertThat(found(bean("g.Outer", Map.of()))).containsExactly("facts.o NotNull");
        assertThat(found(bean("g.Outer$Nested", Map.of()))).containsExactly("facts.y NotNull");
        assertThat(found(record("g.Outer$Holder$Inside", (Object) null))).containsExactly("facts.z NotNull");
        assertThat(found(bean("g.ImmutablesLike", Map.of()))).containsExactly("facts.a NotNull");
        assertThat(found(record("g.WithMarker", (Object) null))).containsExactly("facts.a NotNull");
        assertThat(found(record("g.WithNoProperties", (Object) null))).containsExactly("facts.a NotNull");
        assertThat(found(record("g.DefaultGroup", (Object) null))).containsExactly("facts.a NotNull");
        assertThat(found(bean("g.SamePackage", Map.of("local", bean("g.Local", Map.of())))))
                .containsExactly("facts.local.v NotNull", "facts.open NotNull");
        // annotations that hold constraints, or arrays, without being constraint lists: nothing
        assertThat(found(bean("g.Harmless", Map.of()))).containsExactly("facts.a NotNull");
        // a field and its accessor with different element constraints: both are checked
        assertThat(found(bean("g.TwoDeclarations", Map.of("words", List.of(" ")))))
                .containsExactly("facts.words[0] NotBlank");
        assertThat(found(bean("g.TwoDeclarations", Map.of("words", List.of("ab")))))
                .containsExactly("facts.words[0] Size");
        // a field cascades where its accessor only constrains: both are read
        assertThat(found(bean("g.TwoCascades", Map.of("leaf", leaf, "leaves", List.of(leaf)))))
                .containsExactly("facts.leaf.n Min", "facts.leaves[0].n Min");
        assertThat(found(bean("g.TwoCascades", Map.of("leaves", java.util.Arrays.asList((Object) null)))))
                .containsExactly("facts.leaf NotNull", "facts.leaves[0] NotNull");
    }

    @Test
    void objectsMethodsAndBuilder_areNoProperties_forTheGeneratedValidatorThePlanAndHibernateValidatorAlike()
            throws Exception {
        compile("g.Accessors");
        // one definition (GeneratedValidator.isPropertyAccessor) for the three readers: each would
        // report toString, hashCode, clone and builder here if it read them as properties
        assertThat(found(bean("g.Accessors", Map.of()))).containsExactly("facts.builders NotNull");
        String source = Files.readString(out.resolve("g").resolve("Accessors_MinzhengValidator.java"));
        assertThat(source)
                .contains("b.builders()")
                .doesNotContain("b.builder()")
                .doesNotContain("toString")
                .doesNotContain("hashCode")
                .doesNotContain("clone")
                .doesNotContain("make");
    }

    @Test
    void theGeneratedValidator_saysWhichClassItValidates_andItsPresenceConstraints() throws Exception {
        compile("g.Texts", "g.Numbers", "g.Fields");

        Class<?> validator = load("g.Texts_MinzhengValidator");
        Constructor<?> k = validator.getDeclaredConstructor();
        k.setAccessible(true);
        Object instance = k.newInstance();
        Method validates = validator.getDeclaredMethod("validates");
        validates.setAccessible(true);
        assertThat(validates.invoke(instance)).isEqualTo(load("g.Texts"));
        Method presence = validator.getDeclaredMethod("presence");
        presence.setAccessible(true);
        assertThat(new TreeMap<>((Map<?, ?>) presence.invoke(instance)).toString())
                .isEqualTo(
                        "{d=[NotEmpty], e=[NotEmpty], f=[NotEmpty], g=[NotBlank], h=[NotBlank], j=[NotNull], k=[NotNull],"
                                + " l=[NotNull]}");
        assertThat(InputValidator.get().presenceConstraints(load("g.Numbers"))).isEqualTo(Map.of("m", "NotNull"));
        String numbers = Files.readString(out.resolve("g").resolve("Numbers_MinzhengValidator.java"));
        assertThat(numbers)
                .contains("long v = b.a();")
                .contains("v >= -2L")
                .contains("v <= 1L")
                .contains("v > 0")
                .contains("v >= 0")
                .contains("atLeast(v, -2L)")
                .contains("atMost(v, 1L)")
                .contains("sign(v) > 0")
                .contains("sign(v) >= 0");
        String fields = Files.readString(out.resolve("g").resolve("Fields_MinzhengValidator.java"));
        assertThat(fields)
                .contains("b.a;")
                .contains("b.a();")
                .contains("b.b;")
                .doesNotContain("shared")
                .doesNotContain("find")
                .doesNotContain("toString")
                .doesNotContain("make");
    }
}
