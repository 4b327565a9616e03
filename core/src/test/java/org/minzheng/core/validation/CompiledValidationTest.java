package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * The compiled validation plans: what they understand themselves, and that a type carrying an
 * integrator's own constraint is validated by Hibernate Validator, so custom constraints keep
 * working with the same paths as before.
 */
class CompiledValidationTest {

    /** An integrator's own constraint: a county code of six digits. */
    @Constraint(validatedBy = CountyCode.Validator.class)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.PARAMETER, ElementType.TYPE_USE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface CountyCode {
        String message() default "not a county code";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<CountyCode, String> {
            @Override
            public boolean isValid(String value, ConstraintValidatorContext context) {
                return value == null || value.matches("[0-9]{6}");
            }
        }
    }

    record Office(@CountyCode String county, @NotBlank String name) {}

    record Visit(
            @NotNull LocalDate date,
            @NotNull @Valid Office office,
            @Min(1) @Max(12) int months) {}

    record Rounds(
            @NotEmpty List<@Valid @NotNull Visit> visits,
            @NotNull @NonNegativeMoney Money budget) {}

    @Test
    void anIntegratorsOwnConstraint_isValidatedByHibernateValidator_withThePathItAlwaysHad() {
        Office bad = new Office("33050X", " ");
        Rounds rounds = new Rounds(
                Arrays.asList(
                        new Visit(LocalDate.of(2025, 1, 1), new Office("330500", "民政局"), 3),
                        new Visit(null, bad, 13),
                        null),
                Money.ofFen(-1));
        List<Violation> vs = InputValidator.get().validate(rounds, "facts");
        assertThat(vs)
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly(
                        "facts.budget NonNegativeMoney",
                        "facts.visits[1].date NotNull",
                        "facts.visits[1].months Max",
                        "facts.visits[1].office.county CountyCode",
                        "facts.visits[1].office.name NotBlank",
                        "facts.visits[2] NotNull");
        assertThat(vs).isEqualTo(InputValidator.get().validateWithHibernate(rounds, "facts"));
        // a code the bundle does not know reads as the bundle's default, never as the value
        Violation custom = vs.get(3);
        assertThat(custom.messageEn()).isEqualTo("is not valid");
        assertThat(custom.messageZh()).isEqualTo("无效");
        assertThat(ConstraintPlan.of(Office.class).fallbackReason()).contains("CountyCode");
        assertThat(ConstraintPlan.of(Visit.class).fallbackReason()).isNull();
        assertThat(ConstraintPlan.of(Rounds.class).fallbackReason()).isNull();
        assertThat(InputValidator.hibernateStarted()).isTrue();
    }

    @Test
    void anIntegratorsOwnConstraint_atTheRoot_andItsPresenceConstraints_comeFromHibernateValidator() {
        assertThat(InputValidator.get().validate(new Office("1", "x"), "facts"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.county CountyCode");
        assertThat(InputValidator.get().presenceConstraints(Office.class))
                .containsExactly(Map.entry("name", "NotBlank"));
    }

    record Everything(
            @Size(min = 1, max = 2) String code,
            @Size(max = 1) List<String> list,
            @NotEmpty Map<String, String> map,
            @Positive Integer positive,
            @PositiveOrZero long zeroOrMore,
            @Min(2) BigDecimal decimal,
            @Max(5) java.math.BigInteger big,
            @Min(1) short small,
            Optional<@Min(1) @Max(1200) Integer> term,
            Optional<@NonNegativeMoney Money> limit,
            Set<@NotNull String> tags,
            Map<String, @Valid Visit> visits,
            Optional<@Valid Office> office) {}

    private static Everything everything(Random r) {
        Map<String, Visit> visits = new LinkedHashMap<>();
        visits.put(
                "a",
                new Visit(r.nextBoolean() ? null : LocalDate.of(2020, 1, 1), new Office("330500", "x"), r.nextInt(14)));
        Set<String> tags = new java.util.HashSet<>();
        if (r.nextBoolean()) {
            tags.add(null);
        }
        return new Everything(
                r.nextBoolean() ? "" : "ab",
                r.nextBoolean() ? List.of("a", "b") : List.of(),
                r.nextBoolean() ? Map.of() : Map.of("k", "v"),
                r.nextInt(3) - 1,
                r.nextInt(3) - 1,
                BigDecimal.valueOf(r.nextInt(400), 2),
                java.math.BigInteger.valueOf(r.nextInt(10)),
                (short) r.nextInt(3),
                r.nextBoolean() ? Optional.empty() : Optional.of(r.nextInt(1300)),
                Optional.of(Money.ofFen(r.nextInt(3) - 1)),
                tags,
                visits,
                r.nextBoolean() ? Optional.empty() : Optional.of(new Office("1", "")));
    }

    @Test
    void everyKindOfConstraintThePlanKnows_agreesWithHibernateValidator() {
        Random r = new Random(18);
        int invalid = 0;
        for (int i = 0; i < 300; i++) {
            Everything e = everything(r);
            ValidationAgreement.assertAgrees(e);
            invalid += InputValidator.get().validate(e, "facts").isEmpty() ? 0 : 1;
        }
        assertThat(invalid).isPositive();
        assertThat(ConstraintPlan.of(Everything.class).fallbackReason()).isNull();
        assertThat(ValidationAgreement.generated(Everything.class))
                .as("a validator generated at build time validates Everything")
                .isTrue();
    }

    @Test
    void generatedValidators_onlyForClassesThePlanValidatesItself_andWithThePlansPresenceConstraints() {
        // generated where every constraint is one the plan knows; an integrator's own constraint
        // (Office's @CountyCode) keeps its class on the plan, which hands it to Hibernate Validator
        assertThat(ValidationAgreement.generated(Visit.class)).isTrue();
        assertThat(ValidationAgreement.generated(Rounds.class)).isTrue();
        assertThat(ValidationAgreement.generated(Office.class)).isFalse();
        assertThat(ConstraintPlan.of(Office.class).fallbackReason()).contains("CountyCode");
        // an interface is no runtime class: its implementation has the validator
        assertThat(ValidationAgreement.generated(SampleFacts.class)).isFalse();
        assertThat(ValidationAgreement.generated(ImmutableSampleFacts.class)).isTrue();
        assertThat(InputValidator.get().presenceConstraints(ImmutableSampleFacts.class))
                .containsExactly(Map.entry("income", "NotNull"), Map.entry("people", "NotEmpty"));
        assertThat(InputValidator.get().presenceConstraints(RecordFacts.class))
                .isEqualTo(presenceOfPlan(RecordFacts.class));
        // a class named like a generated validator but not one is not used
        assertThat(ConstraintPlan.generatedFor(String.class)).isNull();
        assertThat(ConstraintPlan.generatedFor(int[].class)).isNull();
        assertThat(ConstraintPlan.generatedFor(Node.class)).isNotNull();
        assertThat(ConstraintPlan.generatedFor(NotAValidator.class)).isNull();
        assertThat(ConstraintPlan.generatedFor(WrongTarget.class)).isNull();
    }

    private static Map<String, String> presenceOfPlan(Class<?> type) {
        Map<String, String> out = new java.util.TreeMap<>();
        ConstraintPlan.build(type).presence().forEach((k, v) -> out.put(k, v.get(0)));
        return out;
    }

    /** Has a class named like its generated validator that is not a {@link GeneratedValidator}. */
    record NotAValidator(String name) {}

    /** Has a generated-looking validator that says it validates another class. */
    record WrongTarget(String name) {}

    @Test
    void theSampleFacts_areCompiled_andTheirMutationsAgreeWithHibernateValidator() {
        SampleFacts valid = ImmutableSampleFacts.builder()
                .addPeople(ImmutablePerson.builder()
                        .id(ResidentIdNumber.parse("11010519491231002X"))
                        .birthDate(LocalDate.of(1949, 12, 31))
                        .build())
                .income(Money.ofFen(100))
                .build();
        assertThat(ConstraintPlan.of(valid.getClass()).fallbackReason()).isNull();
        assertThat(InputValidator.get().validate(valid, "facts")).isEmpty();
        assertThat(ValidationAgreement.assertAgreesOnMutations(List.of(valid), 200))
                .containsKeys("NonNegativeMoney", "NotEmpty", "NotNull");
        assertThat(InputValidator.get().presenceConstraints(SampleFacts.class))
                .containsExactly(Map.entry("income", "NotNull"), Map.entry("people", "NotEmpty"));
    }

    @Test
    void aCycle_throughAGeneratedValidator_isHandedToHibernateValidator() {
        assertThat(ValidationAgreement.generated(Node.class)).isTrue();
        List<Node> children = new java.util.ArrayList<>();
        Node root = new Node(" ", children);
        children.add(new Node("", List.of()));
        children.add(root);
        assertThat(InputValidator.get().validate(root, "facts"))
                .isEqualTo(InputValidator.get().validateWithHibernate(root, "facts"));
    }

    /** A graph deeper than the plan follows (a cycle through a mutable list) goes to Hibernate Validator. */
    record Node(@NotBlank String name, List<@Valid Node> children) {}

    @Test
    void aCycle_isHandedToHibernateValidator_whichStopsAtIt() {
        List<Node> children = new java.util.ArrayList<>();
        Node root = new Node(" ", children);
        children.add(root);
        assertThat(InputValidator.get().validate(root, "facts"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.name NotBlank");
    }
}
