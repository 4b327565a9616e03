package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.junit.jupiter.api.Test;

/**
 * The paths validation gives inside lists and maps, the order of what it reports, the accessors it
 * treats as properties, the presence constraints a type declares, and the decision-date limits.
 */
class ValidationDetailsTest {

    record Inner(@Min(1) int n) {}

    record Outer(
            List<@NotNull String> tags,
            Map<String, @NotNull String> labels,
            Map<String, @Valid Inner> inners,
            List<@Valid Inner> list,
            @NotBlank String title,
            @NotEmpty List<String> some,
            @NotNull @NotEmpty String both) {}

    @Test
    void pathsInsideListsAndMaps_nameTheElement_andViolationsComeInPathOrder() {
        Map<String, String> labels = new LinkedHashMap<>();
        labels.put("k", null);
        Outer o = new Outer(
                Arrays.asList("a", null),
                labels,
                Map.of("m", new Inner(0)),
                List.of(new Inner(1), new Inner(0)),
                " ",
                List.of(),
                "x");
        List<Violation> vs = InputValidator.get().validate(o, "facts");
        assertThat(vs)
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly(
                        "facts.inners[m].n Min",
                        "facts.labels[k] NotNull",
                        "facts.list[1].n Min",
                        "facts.some NotEmpty",
                        "facts.tags[1] NotNull",
                        "facts.title NotBlank");
    }

    @Test
    void presenceConstraints_areReadFromTheMetadata_thePlainestFirst() {
        assertThat(InputValidator.get().presenceConstraints(Outer.class))
                .containsExactly(
                        Map.entry("both", "NotNull"), Map.entry("some", "NotEmpty"), Map.entry("title", "NotBlank"));
        assertThat(InputValidator.get().presenceConstraints(Inner.class)).isEmpty();
        assertThat(InputValidator.PRESENCE_CONSTRAINTS).containsExactlyInAnyOrder("NotNull", "NotEmpty", "NotBlank");
    }

    @Test
    void messages_fillKnownPlaceholders_andKeepEverythingElse() {
        Violation v = InputValidator.get().violation("p", "input.too-many", Map.of("max", 7));
        assertThat(v.messageEn()).isEqualTo("must have at most 7 elements");
        assertThat(InputValidator.get()
                        .violation("p", "input.too-many", Map.of())
                        .messageEn())
                .isEqualTo("must have at most {max} elements");
        assertThat(InputValidator.get().violation("p", "no.such.code", Map.of()).messageEn())
                .isEqualTo("is not valid");
        assertThat(InputValidator.get()
                        .violation("p", "json.malformed", Map.of("line", 3, "column", 4))
                        .messageEn())
                .isEqualTo("is not well-formed JSON (line 3, column 4)");
    }

    @Test
    void decisionDates_fromTheYear2000_toTheEndOf2099() {
        assertThat(InputLimits.checkDecisionDate(LocalDate.of(2000, 1, 1), "date"))
                .isNull();
        assertThat(InputLimits.checkDecisionDate(LocalDate.of(2099, 12, 31), "date"))
                .isNull();
        for (LocalDate bad : new LocalDate[] {LocalDate.of(1999, 12, 31), LocalDate.of(2100, 1, 1)}) {
            Violation v = InputLimits.checkDecisionDate(bad, "date");
            assertThat(v.path()).isEqualTo("date");
            assertThat(v.code()).isEqualTo("input.date-range");
            assertThat(v.messageEn()).isEqualTo("must lie between 2000-01-01 and 2099-12-31");
        }
        assertThat(InputLimits.plausible(LocalDate.of(1900, 1, 1))).isTrue();
        assertThat(InputLimits.plausible(LocalDate.of(1899, 12, 31))).isFalse();
        assertThat(InputLimits.plausible(LocalDate.of(2099, 12, 31))).isTrue();
        assertThat(InputLimits.plausible(LocalDate.of(2100, 1, 1))).isFalse();
    }

    @Test
    void anExceptionNeedsAViolation_andListsThemInOrder() {
        assertThatThrownBy(() -> new InvalidInputException(List.of())).isInstanceOf(IllegalArgumentException.class);
        InvalidInputException e = new InvalidInputException(
                List.of(new Violation("b", "x", "zh", "en"), new Violation("a", "y", "zh", "en")));
        assertThat(e.violations()).extracting(Violation::path).containsExactly("a", "b");
        assertThat(e.getMessage()).isEqualTo("2 violations:\n  a: en [y]\n  b: en [x]");
        assertThat(new InvalidInputException(List.of(new Violation("a", "y", "zh", "en"))).getMessage())
                .startsWith("1 violation:");
    }

    private static ConstrainableExecutable method(String name, Class<?> returns, Class<?>... parameters) {
        return new ConstrainableExecutable() {
            @Override
            public Class<?> getReturnType() {
                return returns;
            }

            @Override
            public String getName() {
                return name;
            }

            @Override
            public Class<?>[] getParameterTypes() {
                return parameters;
            }
        };
    }

    @Test
    void recordStyleAccessors_areProperties_butNotObjectMethodsOrSetters() {
        AccessorPropertySelection s = new AccessorPropertySelection();
        assertThat(s.getProperty(method("birthDate", LocalDate.class))).contains("birthDate");
        assertThat(s.getProperty(method("birthDate", LocalDate.class, LocalDate.class)))
                .isEqualTo(Optional.empty());
        assertThat(s.getProperty(method("run", void.class))).isEmpty();
        for (String excluded : new String[] {"hashCode", "toString", "getClass", "builder"}) {
            assertThat(s.getProperty(method(excluded, Object.class)))
                    .as(excluded)
                    .isEmpty();
        }
        assertThat(s.getGetterMethodNameCandidates("birthDate")).containsExactly("birthDate");
    }
}
