package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.validation.ConstraintBoundariesTest.found;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.GroupSequence;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.validation.groups.Default;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * Where the compiled plans read constraints from — record components, getters, public and private
 * fields, superclasses and interfaces — and every declaration they refuse (leaving the type to
 * Hibernate Validator, with the reason), each checked against Hibernate Validator's answer.
 */
class PlanDeclarationsTest {

    // ---------------------------------------------------------------- where constraints are declared

    interface HasName {
        @NotBlank
        String name();
    }

    static class BaseFacts implements HasName {
        @NotNull
        public String code;

        private final String name;

        BaseFacts(String code, String name) {
            this.code = code;
            this.name = name;
        }

        @Override
        public String name() {
            return name;
        }
    }

    static final class SubFacts extends BaseFacts {
        @Min(1)
        private final int level;

        @PositiveOrZero
        private final short rank;

        SubFacts(String code, String name, int level, short rank) {
            super(code, name);
            this.level = level;
            this.rank = rank;
        }

        @Max(3)
        public int level() {
            return level;
        }

        short rank() {
            return rank;
        }
    }

    @Test
    void constraintsOnSuperclassFields_privateFields_getters_andInterfaceMethods_areAllChecked() {
        assertThat(found(new SubFacts(null, " ", 0, (short) -1)))
                .containsExactly(
                        "facts.code NotNull", "facts.level Min", "facts.name NotBlank", "facts.rank PositiveOrZero");
        assertThat(found(new SubFacts("c", "n", 4, (short) 0))).containsExactly("facts.level Max");
        assertThat(found(new SubFacts("c", "n", 3, (short) 7))).isEmpty();
        assertThat(ConstraintPlan.build(SubFacts.class).fallbackReason()).isNull();
        assertThat(ConstraintPlan.build(SubFacts.class).presence())
                .containsExactly(Map.entry("code", List.of("NotNull")), Map.entry("name", List.of("NotBlank")));
    }

    record Once(@NotNull String name, @Min(1) int n) {}

    interface Titled {
        @NotNull
        String title();
    }

    record Book(@NotNull String title) implements Titled {}

    @Test
    void aRecordComponentsConstraint_onItsFieldAndAccessorAndInterface_isCheckedOnce() {
        assertThat(ConstraintPlan.validateReflectively(new Once(null, 0), "facts", Messages.core()))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactlyInAnyOrder("facts.name NotNull", "facts.n Min");
        assertThat(ConstraintPlan.validateReflectively(new Book(null), "facts", Messages.core()))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.title NotNull");
        assertThat(found(new Book(null))).containsExactly("facts.title NotNull");
        assertThat(found(new Book(""))).isEmpty();
    }

    /** A field and an accessor of the same name that say different things: both are checked. */
    static final class FieldAndGetter {
        @NotNull
        @Size(max = 2)
        public String name;

        @NotNull
        public Leaf leaf;

        public List<@Valid Leaf> leaves;

        public List<@NotBlank String> words;

        FieldAndGetter(String name, Leaf leaf, List<Leaf> leaves, List<String> words) {
            this.name = name;
            this.leaf = leaf;
            this.leaves = leaves;
            this.words = words;
        }

        @Size(max = 2)
        public String name() {
            return name;
        }

        @Valid
        public Leaf leaf() {
            return leaf;
        }

        public List<@NotNull Leaf> leaves() {
            return leaves;
        }

        @NotEmpty
        public List<String> words() {
            return words;
        }
    }

    record Leaf(@Min(1) int n) {}

    @Test
    void aFieldDeclaringMoreThanItsAccessor_isCheckedAsWellAsTheAccessor() {
        assertThat(found(new FieldAndGetter(null, null, List.of(new Leaf(0)), List.of(" "))))
                .containsExactly(
                        "facts.leaf NotNull", "facts.leaves[0].n Min", "facts.name NotNull", "facts.words[0] NotBlank");
        assertThat(found(new FieldAndGetter("abc", new Leaf(0), List.of(), List.of())))
                .containsExactly("facts.leaf.n Min", "facts.name Size", "facts.words NotEmpty");
        assertThat(ConstraintPlan.validateReflectively(
                        new FieldAndGetter("abc", new Leaf(1), List.of(), List.of("w")), "facts", Messages.core()))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.name Size", "facts.name Size");
    }

    /** A field and an accessor of the same name but different types are two properties. */
    static final class TypedTwice {
        @NotNull
        public String label;

        TypedTwice(String label) {
            this.label = label;
        }

        @NotNull
        public CharSequence label() {
            return "fixed";
        }
    }

    @Test
    void aFieldOfAnotherTypeThanItsAccessor_isCheckedOnItsOwn() {
        assertThat(found(new TypedTwice(null))).containsExactly("facts.label NotNull");
        assertThat(found(new TypedTwice("x"))).isEmpty();
    }

    static final class NotProperties {
        @NotNull
        public static String shared = null;

        @Min(1)
        public int count = 1;

        @NotNull
        public String find(String key) {
            return null;
        }

        @NotBlank
        @Override
        public String toString() {
            return "";
        }

        @NotNull
        public static String create() {
            return null;
        }
    }

    @Test
    void staticMembers_methodsWithParameters_voidMethods_andObjectMethods_areNoProperties() {
        NotProperties p = new NotProperties();
        assertThat(found(p)).isEmpty();
        p.count = 0;
        assertThat(found(p)).containsExactly("facts.count Min");
        // the plan validates the class itself: none of them is read as a property
        assertThat(ConstraintPlan.build(NotProperties.class).fallbackReason()).isNull();
        assertThat(ConstraintPlan.build(NotProperties.class).presence()).isEmpty();
    }

    /** Hibernate Validator refuses a constrained void method, so only the plan is asked. */
    static final class VoidConstrained {
        int n;

        @NotNull
        public void run() {}

        @Min(1)
        public int n() {
            return n;
        }
    }

    @Test
    void aConstrainedVoidMethod_isNoProperty_ofThePlan() {
        ConstraintPlan plan = ConstraintPlan.build(VoidConstrained.class);
        assertThat(plan.fallbackReason()).isNull();
        assertThat(plan.presence()).isEmpty();
        VoidConstrained v = new VoidConstrained();
        assertThat(InputValidator.get().validateWithPlans(v, "facts"))
                .extracting(x -> x.path() + " " + x.code())
                .containsExactly("facts.n Min");
        v.n = 1;
        assertThat(InputValidator.get().validateWithPlans(v, "facts")).isEmpty();
    }

    static class Valued {
        public Object value() {
            return "x";
        }
    }

    /** Overrides with a narrower return type: javac adds a synthetic bridge {@code Object value()}. */
    static final class StringValued extends Valued {
        private final String value;

        StringValued(String value) {
            this.value = value;
        }

        @NotNull
        @Override
        public String value() {
            return value;
        }
    }

    @Test
    void aCovariantOverride_isOneProperty_itsBridgeMethodIsNone() {
        assertThat(ConstraintPlan.build(StringValued.class).fallbackReason()).isNull();
        assertThat(found(new StringValued(null))).containsExactly("facts.value NotNull");
        assertThat(found(new StringValued("v"))).isEmpty();
    }

    record Groups(List<@NotEmpty List<String>> groups, Map<String, @Size(max = 1) Set<String>> sets) {}

    @Test
    void aConstraintOnAParameterisedTypeArgument_checksTheElementByItsRawType() {
        assertThat(ConstraintPlan.build(Groups.class).fallbackReason()).isNull();
        assertThat(found(new Groups(List.of(List.of("a"), List.of()), Map.of("k", Set.of("a", "b")))))
                .containsExactly("facts.groups[1] NotEmpty", "facts.sets[k] Size");
        assertThat(found(new Groups(List.of(), Map.of()))).isEmpty();
    }

    @Test
    void everyFixtureThePlanUnderstands_isValidatedByThePlanItself_notHandedToHibernateValidator() {
        for (Class<?> type : List.of(
                SubFacts.class,
                Once.class,
                Book.class,
                FieldAndGetter.class,
                TypedTwice.class,
                Annotated.class,
                InDefaultGroup.class,
                Supported.class,
                Leaf.class)) {
            assertThat(ConstraintPlan.build(type).fallbackReason())
                    .as(type.getSimpleName())
                    .isNull();
        }
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
    @interface Tags {
        String[] value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
    @interface Note {
        String value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
    @interface Notes {
        Note[] value();
    }

    @Retention(RetentionPolicy.RUNTIME)
    @Target({ElementType.METHOD, ElementType.FIELD, ElementType.TYPE_USE})
    @interface Named {
        String value();
    }

    record Annotated(
            @Tags({"a"}) @Notes({@Note("x")}) @Named("n") @Deprecated @NotNull
            String name,

            List<@Tags({"b"}) @Notes({}) @NotNull String> items) {}

    @Test
    void otherAnnotationsNextToConstraints_areNoObstacle() {
        assertThat(ConstraintPlan.build(Annotated.class).fallbackReason()).isNull();
        assertThat(found(new Annotated(null, java.util.Arrays.asList("a", null))))
                .containsExactly("facts.items[1] NotNull", "facts.name NotNull");
    }

    // ---------------------------------------------------------------- what the plans refuse

    /** An integrator's class-level constraint (always satisfied). */
    @Constraint(validatedBy = Consistent.Validator.class)
    @Target({ElementType.TYPE})
    @Retention(RetentionPolicy.RUNTIME)
    @interface Consistent {
        String message() default "inconsistent";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};

        final class Validator implements ConstraintValidator<Consistent, Object> {
            @Override
            public boolean isValid(Object value, ConstraintValidatorContext context) {
                return true;
            }
        }
    }

    @Consistent
    record ClassLevel(@NotNull String name) {}

    @GroupSequence({Sequenced.class})
    record Sequenced(@NotNull String name) {}

    interface Checked {}

    record Repeated(@Min.List({@Min(1), @Min(3)}) int n) {}

    record RepeatedElement(List<@Min.List({@Min(1), @Min(3)}) Integer> ns) {}

    record NestedArgument(List<List<@NotNull String>> rows) {}

    record NestedCascade(Map<String, List<@Valid Leaf>> groups) {}

    record OnOptional(@NotNull Optional<String> name) {}

    record BothCascades(@Valid List<@Valid Leaf> leaves) {}

    record ValidOptional(@Valid Optional<Leaf> leaf) {}

    record ValidArray(@Valid Leaf[] leaves) {}

    record InGroup(@NotNull(groups = Checked.class) String name) {}

    record InTwoGroups(
            @NotNull(groups = {Default.class, Checked.class})
            String name) {}

    record InDefaultGroup(@NotNull(groups = Default.class) String name) {}

    record Dated(@Past LocalDate date) {}

    record MapKeys(Map<@NotBlank String, String> byName) {}

    interface Labelled {
        @NotNull
        CharSequence label();
    }

    record Label(@Size(max = 2) String label) implements Labelled {}

    /** Each refusal with a type Hibernate Validator can validate: its reason, and Hibernate Validator's answer. */
    @Test
    void aDeclarationThePlanDoesNotUnderstand_handsTheTypeToHibernateValidator_sayingWhy() {
        refused(new ClassLevel(null), "declares @Consistent", "facts.name NotNull");
        refused(new Sequenced(null), "declares @GroupSequence", "facts.name NotNull");
        refused(new Repeated(2), "declares @jakarta.validation.constraints.Min$List", "facts.n Min");
        refused(
                new RepeatedElement(List.of(3, 2)),
                "declares @jakarta.validation.constraints.Min$List",
                "facts.ns[1] Min");
        refused(
                new NestedArgument(List.of(java.util.Arrays.asList("a", null))),
                "constraints on a nested type argument",
                "facts.rows[0][1] NotNull");
        refused(
                new NestedCascade(Map.of("g", List.of(new Leaf(0)))),
                "constraints on a nested type argument",
                "facts.groups[g][0].n Min");
        refused(
                new BothCascades(List.of(new Leaf(0))),
                "@Valid on both the container and its elements",
                "facts.leaves[0].n Min");
        refused(new InGroup(null), "a constraint in a group");
        refused(new InTwoGroups(null), "a constraint in a group", "facts.name NotNull");
        refused(
                new Dated(LocalDate.of(2999, 1, 1)),
                "@jakarta.validation.constraints.Past (validated by Hibernate Validator)",
                "facts.date Past");
        refused(new Label("abc"), "declared with another type in a supertype", "facts.label Size");
        refused(new Label(null), "declared with another type in a supertype", "facts.label NotNull");
        refused(new OnOptional(null), "a constraint on an Optional itself", "facts.name NotNull");
        refused(new OnOptional(Optional.empty()), "a constraint on an Optional itself");
        assertThat(ConstraintPlan.build(MapKeys.class).fallbackReason())
                .contains("constraints on a type argument of java.util.Map");
        assertThat(InputValidator.get().validate(new MapKeys(Map.of(" ", "x")), "facts"))
                .extracting(Violation::code)
                .containsExactly("NotBlank");
        assertThat(found(new InDefaultGroup(null))).containsExactly("facts.name NotNull");
        assertThat(ConstraintPlan.build(InDefaultGroup.class).fallbackReason()).isNull();
        Violation past = InputValidator.get()
                .validate(new Dated(LocalDate.of(2999, 1, 1)), "facts")
                .get(0);
        assertThat(past.messageZh() + " / " + past.messageEn()).isEqualTo("须为过去的日期 / must be in the past");
    }

    private static void refused(Object facts, String reason, String... violations) {
        assertThat(ConstraintPlan.build(facts.getClass()).fallbackReason())
                .as(facts.getClass().getSimpleName())
                .contains(reason);
        assertThat(ConstraintPlan.of(facts.getClass()).fallbackReason()).contains(reason);
        assertThat(ValidationAgreement.generated(facts.getClass())).isFalse();
        assertThat(found(facts)).as(facts.getClass().getSimpleName()).containsExactly(violations);
    }

    record Flag(@NotNull boolean on) {}

    record Letter(@NotNull char c) {}

    record Ratio(@NotNull double d) {}

    record Share(@NotNull float f) {}

    record ValidInt(@Valid int n) {}

    record Wildcard(List<@NotNull ? extends CharSequence> names) {}

    record Variable<T>(List<@NotNull T> values) {}

    record Supplied(Supplier<@NotNull String> name) {}

    record NotEmptyNumber(@NotEmpty Integer n) {}

    record NotBlankList(@NotBlank List<String> n) {}

    record SizedNumber(@Size(max = 1) Long n) {}

    record MinText(@Min(1) String n) {}

    record MaxDouble(@Max(1) Double n) {}

    record PositiveDouble(@Positive double n) {}

    record ZeroOrMoreFloat(@PositiveOrZero Float n) {}

    record MoneyOnLong(@NonNegativeMoney Long n) {}

    record NotBlankElement(List<@NotBlank Integer> ns) {}

    @Test
    void aConstraintOnATypeItsKindDoesNotApplyTo_orOnAnUnsupportedType_isRefusedWithTheReason() {
        Map<Class<?>, String> reasons = new java.util.LinkedHashMap<>();
        reasons.put(Flag.class, "constraints on a boolean");
        reasons.put(Letter.class, "constraints on a char");
        reasons.put(Ratio.class, "constraints on a double");
        reasons.put(Share.class, "constraints on a float");
        reasons.put(ValidInt.class, "@Valid on int");
        reasons.put(ValidOptional.class, "@Valid on java.util.Optional");
        reasons.put(ValidArray.class, "@Valid on [L");
        reasons.put(Wildcard.class, "constraints on a wildcard or type variable");
        reasons.put(Variable.class, "constraints on a wildcard or type variable");
        reasons.put(Supplied.class, "constraints on a type argument of java.util.function.Supplier");
        reasons.put(NotEmptyNumber.class, "@NotEmpty on this type");
        reasons.put(NotBlankList.class, "@NotBlank on this type");
        reasons.put(SizedNumber.class, "@Size on this type");
        reasons.put(MinText.class, "@Min on this type");
        reasons.put(MaxDouble.class, "@Max on this type");
        reasons.put(PositiveDouble.class, "@Positive on this type");
        reasons.put(ZeroOrMoreFloat.class, "@PositiveOrZero on this type");
        reasons.put(MoneyOnLong.class, "@NonNegativeMoney on this type");
        reasons.put(NotBlankElement.class, "@NotBlank on this type");
        reasons.forEach((type, reason) -> {
            assertThat(ConstraintPlan.build(type).fallbackReason())
                    .as(type.getSimpleName())
                    .contains(reason);
            assertThat(ValidationAgreement.generated(type))
                    .as(type.getSimpleName())
                    .isFalse();
        });
        // Hibernate Validator validates the ones it understands itself
        assertThat(InputValidator.get().validate(new ValidOptional(Optional.of(new Leaf(0))), "facts"))
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.leaf.n Min");
        assertThat(InputValidator.get().validate(new Flag(false), "facts")).isEmpty();
    }

    record Supported(
            @NotNull @Size(max = 3) String text,
            @Min(1) int count,
            @NotNull Money amount,
            @NonNegativeMoney Money limit,
            List<@Valid Leaf> leaves) {}

    @Test
    void aTypeThePlanUnderstands_hasNoReason_andItsPresenceConstraintsByProperty() {
        ConstraintPlan plan = ConstraintPlan.build(Supported.class);
        assertThat(plan.fallbackReason()).isNull();
        assertThat(plan.presence())
                .containsExactly(Map.entry("amount", List.of("NotNull")), Map.entry("text", List.of("NotNull")));
        assertThat(InputValidator.get().presenceConstraints(Supported.class))
                .containsExactly(Map.entry("amount", "NotNull"), Map.entry("text", "NotNull"));
        assertThat(InputValidator.get().presenceConstraints(ClassLevel.class))
                .containsExactly(Map.entry("name", "NotNull"));
    }
}
