package org.minzheng.core.validation.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.math.BigDecimal;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.ValidationAgreement;

/**
 * Runs the annotation processor in javac on small facts types and checks which classes get a
 * generated validator: those whose constraints the run-time plan validates itself, and no class
 * where the plan hands anything to Hibernate Validator (an integrator's own constraint, a group, a
 * class-level constraint, a constraint inside a nested type argument, a field only reflection
 * reads, a constraint on an {@code Optional} itself or on a {@code boolean}). The generated
 * validators' answers are held to the plans' and Hibernate Validator's by
 * {@code ValidationAgreement}, over the test types of this module and every program's facts.
 */
class ConstraintProcessorTest {

    @TempDir
    Path dir;

    private static Path out;
    private static String diagnostics;

    private static final String PACKAGE = "p";

    private static final Map<String, String> SOURCES = new TreeMap<>(
            Map.ofEntries(
                    Map.entry("Plain", """
                    public record Plain(
                            @NotNull @Size(min = 1, max = 3) String name,
                            @Min(2) @Max(9) int count,
                            @Positive Long total,
                            @PositiveOrZero java.math.BigDecimal share,
                            @NotBlank String label,
                            @NotEmpty java.util.Map<String, @NotNull String> tags,
                            java.util.Set<@NotBlank String> words,
                            java.util.Optional<@Valid Plain> next,
                            @Valid java.util.List<Plain> children,
                            @NonNegativeMoney Money amount) {}
                    """),
                    Map.entry(
                            "Custom",
                            "public record Custom(@Custom.Mine String name) {\n" + customConstraint() + "}\n"),
                    Map.entry(
                            "Grouped",
                            "public record Grouped(@NotNull(groups = Grouped.G.class) String name) {"
                                    + " public interface G {} }\n"),
                    Map.entry(
                            "ClassLevel",
                            "@ClassLevel.Mine public record ClassLevel(String name) {\n" + customConstraint() + "}\n"),
                    Map.entry(
                            "Nested",
                            "public record Nested(java.util.List<java.util.List<@NotNull String>> rows) {}\n"),
                    Map.entry("PrivateField", "public final class PrivateField { @NotNull private String name; }\n"),
                    Map.entry("OnOptional", "public record OnOptional(@NotNull java.util.Optional<String> name) {}\n"),
                    Map.entry("OnBoolean", "public record OnBoolean(@Min(1) boolean flag) {}\n"),
                    Map.entry("WrongType", "public record WrongType(@NotBlank Integer name) {}\n"),
                    Map.entry("Repeated", "public record Repeated(@Min.List({@Min(1), @Min(2)}) int n) {}\n"),
                    Map.entry("Interface", "public interface Interface { @NotNull String name(); }\n"),
                    Map.entry(
                            "Implementation",
                            "public final class Implementation implements Interface {"
                                    + " public String name() { return null; } }\n"),
                    Map.entry("Unconstrained", "public record Unconstrained(String name) {}\n"),
                    Map.entry("Generic", "public record Generic<T>(@NotNull T value) {}\n"),
                    Map.entry(
                            "Holder",
                            "public final class Holder { @NotNull public String name;"
                                    + " @Valid public Holder next; private static final class Hidden { @NotNull String x; } }\n")));

    private static String customConstraint() {
        return """
                @java.lang.annotation.Retention(java.lang.annotation.RetentionPolicy.RUNTIME)
                @jakarta.validation.Constraint(validatedBy = {})
                public @interface Mine {
                    String message() default "";
                    Class<?>[] groups() default {};
                    Class<? extends jakarta.validation.Payload>[] payload() default {};
                }
                """;
    }

    // compiled before each test, not once before all: PIT counts only what a test itself runs
    // as that test's coverage, so a processor run in @BeforeAll left every mutant of the generator
    // "surviving" the tests that would kill it (hcoles/pitest#1081)
    @BeforeEach
    void compile() throws IOException {
        Map<String, String> sources = new TreeMap<>();
        SOURCES.forEach((name, text) -> sources.put(PACKAGE + "." + name, text));
        diagnostics = ProcessorCompilation.compile(
                dir,
                sources,
                "import jakarta.validation.Valid;\n"
                        + "import jakarta.validation.constraints.*;\n"
                        + "import org.minzheng.core.money.Money;\n"
                        + "import org.minzheng.core.validation.constraints.NonNegativeMoney;\n");
        out = ProcessorCompilation.out(dir);
    }

    private static boolean generated(String type) {
        return Files.exists(out.resolve(PACKAGE).resolve(type + "_MinzhengValidator.java"));
    }

    @Test
    void aClassWithOnlyConstraintsThePlanKnows_getsAValidator_thatCompilesAndValidatesItsClass() throws Exception {
        assertThat(generated("Plain")).as(diagnostics).isTrue();
        assertThat(generated("Holder")).isTrue();
        assertThat(generated("Implementation"))
                .as("constraints inherited from an interface")
                .isTrue();
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, ConstraintProcessorTest.class.getClassLoader())) {
            Class<?> validator = loader.loadClass(PACKAGE + ".Plain_MinzhengValidator");
            Method validates = validator.getDeclaredMethod("validates");
            validates.setAccessible(true);
            var constructor = validator.getDeclaredConstructor();
            constructor.setAccessible(true);
            Object instance = constructor.newInstance();
            assertThat(validates.invoke(instance)).isEqualTo(loader.loadClass(PACKAGE + ".Plain"));
            Method presence = validator.getDeclaredMethod("presence");
            presence.setAccessible(true);
            assertThat(new TreeMap<>((Map<?, ?>) presence.invoke(instance)).toString())
                    .isEqualTo("{label=[NotBlank], name=[NotNull], tags=[NotEmpty]}");
        }
    }

    @Test
    void theGeneratedValidator_answersAsThePlanAndHibernateValidator_onValidInvalidAndMutatedObjects()
            throws Exception {
        try (URLClassLoader loader =
                new URLClassLoader(new URL[] {out.toUri().toURL()}, ConstraintProcessorTest.class.getClassLoader())) {
            Class<?> plain = loader.loadClass(PACKAGE + ".Plain");
            assertThat(ValidationAgreement.generated(plain)).isTrue();
            var make = plain.getDeclaredConstructors()[0];
            Object leaf = make.newInstance(
                    "ab",
                    3,
                    5L,
                    BigDecimal.ONE,
                    "x",
                    Map.of("k", "v"),
                    Set.of("w"),
                    Optional.empty(),
                    List.of(),
                    Money.ofFen(0));
            Object bad = make.newInstance(
                    "",
                    1,
                    -1L,
                    BigDecimal.valueOf(-1),
                    " ",
                    new java.util.HashMap<>(java.util.Collections.singletonMap("k", null)),
                    Set.of(" "),
                    Optional.of(make.newInstance(
                            null, 10, null, null, null, Map.of(), Set.of(), Optional.empty(), List.of(), null)),
                    List.of(leaf, leaf),
                    Money.ofFen(-1));
            assertThat(InputValidator.get().validate(leaf, "facts")).isEmpty();
            assertThat(InputValidator.get().validate(bad, "facts"))
                    .extracting(v -> v.path() + " " + v.code())
                    .containsExactly(
                            "facts.amount NonNegativeMoney",
                            "facts.count Min",
                            "facts.label NotBlank",
                            "facts.name Size",
                            "facts.next.count Max",
                            "facts.next.label NotBlank",
                            "facts.next.name NotNull",
                            "facts.next.tags NotEmpty",
                            "facts.share PositiveOrZero",
                            "facts.tags[k] NotNull",
                            "facts.total Positive",
                            "facts.words NotBlank");
            ValidationAgreement.assertAgrees(bad);
            assertThat(ValidationAgreement.assertAgreesOnMutations(List.of(leaf, bad), 150))
                    .containsKeys("NotNull", "Min", "Max", "Size");
        }
    }

    @Test
    void aClassThePlanHandsToHibernateValidator_getsNone() {
        for (String type : List.of(
                "Custom",
                "Grouped",
                "ClassLevel",
                "Nested",
                "PrivateField",
                "OnOptional",
                "OnBoolean",
                "WrongType",
                "Repeated",
                "Interface",
                "Unconstrained",
                "Generic",
                "Holder_Hidden")) {
            assertThat(generated(type)).as(type).isFalse();
        }
    }

    @Test
    void theGeneratedSource_readsEachPropertyDirectly_andRendersEachRuleOnce() throws IOException {
        String source = Files.readString(out.resolve(PACKAGE).resolve("Plain_MinzhengValidator.java"));
        assertThat(source)
                .contains("b.name()")
                .contains("long v = b.count();")
                .contains("Rule.size(1, 3)")
                .contains("Rule.of(\"Min\", 2L)")
                .contains("Rule.of(\"Max\", 9L)")
                .doesNotContain("java.lang.reflect")
                .doesNotContain("LambdaMetafactory");
        try (Stream<String> lines = source.lines()) {
            assertThat(lines.filter(l -> l.contains("Rule.of(\"NotNull\")")).count())
                    .isEqualTo(1);
        }
    }

    @Test
    void theProcessor_claimsNoAnnotation_soProcessorsNamedAfterItStillSeeThem() {
        // it supports "*": claiming would hide every annotation from the processors after it
        javax.annotation.processing.RoundEnvironment empty = new javax.annotation.processing.RoundEnvironment() {
            @Override
            public boolean processingOver() {
                return false;
            }

            @Override
            public boolean errorRaised() {
                return false;
            }

            @Override
            public Set<? extends javax.lang.model.element.Element> getRootElements() {
                return Set.of();
            }

            @Override
            public Set<? extends javax.lang.model.element.Element> getElementsAnnotatedWith(
                    javax.lang.model.element.TypeElement a) {
                return Set.of();
            }

            @Override
            public Set<? extends javax.lang.model.element.Element> getElementsAnnotatedWith(
                    Class<? extends java.lang.annotation.Annotation> a) {
                return Set.of();
            }
        };
        assertThat(new ConstraintProcessor().process(Set.of(), empty)).isFalse();
        assertThat(new ConstraintProcessor().getSupportedAnnotationTypes()).containsExactly("*");
    }

    static {
        if (ToolProvider.getSystemJavaCompiler() == null) {
            throw new UncheckedIOException(new IOException("the tests need a JDK's javac"));
        }
    }
}
