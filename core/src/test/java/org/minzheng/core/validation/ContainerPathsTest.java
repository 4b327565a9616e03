package org.minzheng.core.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.core.validation.ConstraintBoundariesTest.found;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * The containers the compiled plans look into — lists, sets and other iterables, map values,
 * optionals, nested beans — with the path each violation gets ({@code [index]}, {@code [key]}, none
 * for a set or an optional), the order violations are reported in, and the same answers from the
 * plan, the validator generated at build time and Hibernate Validator.
 */
class ContainerPathsTest {

    record Leaf(@Min(1) int n, @NotBlank String name) {}

    static Leaf ok() {
        return new Leaf(1, "a");
    }

    static Leaf bad() {
        return new Leaf(0, " ");
    }

    record ElementChecks(
            List<@Max(3) Integer> list,
            Set<@NotBlank String> set,
            Collection<@NotNull String> collection,
            Iterable<@NotNull String> iterable,
            Map<String, @Size(max = 1) String> map,
            Optional<@Positive Long> optional) {}

    @Test
    void elementConstraints_inEachKindOfContainer_nameTheElementByIndexOrKey() {
        Map<String, String> map = new LinkedHashMap<>();
        map.put("ok", "x");
        map.put("long", "xy");
        map.put("absent", null);
        assertThat(found(new ElementChecks(
                        Arrays.asList(3, 4, null, 9),
                        new LinkedHashSet<>(List.of("a", " ")),
                        Arrays.asList("a", null),
                        Arrays.asList(null, "b"),
                        map,
                        Optional.of(0L))))
                .containsExactly(
                        "facts.collection NotNull",
                        "facts.iterable NotNull",
                        "facts.list[1] Max",
                        "facts.list[3] Max",
                        "facts.map[long] Size",
                        "facts.optional Positive",
                        "facts.set NotBlank");
        assertThat(found(new ElementChecks(
                        List.of(3, -100), Set.of("a"), List.of(), List.of("x"), Map.of("k", ""), Optional.empty())))
                .isEmpty();
        assertThat(found(new ElementChecks(null, null, null, null, null, null))).isEmpty();
    }

    record Cascades(
            @Valid Leaf single,
            @Valid List<Leaf> list,
            @Valid Set<Leaf> set,
            @Valid Map<String, Leaf> map,
            List<@Valid Leaf> elementList,
            Set<@Valid Leaf> elementSet,
            Map<String, @Valid Leaf> elementMap,
            Optional<@Valid Leaf> optional,
            Leaf notCascaded) {}

    @Test
    void cascades_intoBeansListsSetsMapValuesAndOptionals_prefixTheInnerPaths() {
        Map<String, Leaf> map = new TreeMap<>(Map.of("a", ok(), "b", bad()));
        List<Leaf> list = Arrays.asList(ok(), null, new Leaf(5, ""));
        assertThat(found(new Cascades(
                        bad(),
                        list,
                        new LinkedHashSet<>(List.of(new Leaf(1, "\t"))),
                        map,
                        list,
                        new LinkedHashSet<>(List.of(new Leaf(-1, "z"))),
                        map,
                        Optional.of(bad()),
                        bad())))
                .containsExactly(
                        "facts.elementList[2].name NotBlank",
                        "facts.elementMap[b].n Min",
                        "facts.elementMap[b].name NotBlank",
                        "facts.elementSet.n Min",
                        "facts.list[2].name NotBlank",
                        "facts.map[b].n Min",
                        "facts.map[b].name NotBlank",
                        "facts.optional.n Min",
                        "facts.optional.name NotBlank",
                        "facts.set.name NotBlank",
                        "facts.single.n Min",
                        "facts.single.name NotBlank");
        assertThat(found(new Cascades(
                        ok(),
                        List.of(ok()),
                        Set.of(ok()),
                        Map.of("a", ok()),
                        List.of(),
                        Set.of(),
                        Map.of(),
                        Optional.empty(),
                        bad())))
                .isEmpty();
        assertThat(found(new Cascades(null, null, null, null, null, null, null, null, null)))
                .isEmpty();
    }

    record Middle(@Valid Leaf leaf, List<@Valid Leaf> leaves) {}

    record Top(@Valid Middle middle, @NotEmpty List<@Valid @NotNull Middle> middles) {}

    @Test
    void nestedPaths_putEachSegmentInOrder_fromTheRootDown() {
        Middle m1 = new Middle(ok(), List.of(ok(), ok(), new Leaf(0, "x")));
        Middle m2 = new Middle(bad(), List.of());
        assertThat(found(new Top(m2, Arrays.asList(m1, null, m2))))
                .containsExactly(
                        "facts.middle.leaf.n Min",
                        "facts.middle.leaf.name NotBlank",
                        "facts.middles[0].leaves[2].n Min",
                        "facts.middles[1] NotNull",
                        "facts.middles[2].leaf.n Min",
                        "facts.middles[2].leaf.name NotBlank");
        assertThat(found(new Top(null, List.of()))).containsExactly("facts.middles NotEmpty");
        // a root path of its own, or none
        assertThat(InputValidator.get().validateWithPlans(new Top(m2, List.of(m1)), "household.facts"))
                .extracting(Violation::path)
                .containsExactly(
                        "household.facts.middle.leaf.n",
                        "household.facts.middle.leaf.name",
                        "household.facts.middles[0].leaves[2].n");
        // under an empty root a path starts with its property's dot, as Hibernate Validator's do
        assertThat(InputValidator.get().validateWithPlans(new Top(null, List.of(m2)), ""))
                .extracting(Violation::path)
                .containsExactly(".middles[0].leaf.n", ".middles[0].leaf.name");
        assertThat(InputValidator.get().validate(new Top(null, List.of(m2)), ""))
                .isEqualTo(InputValidator.get().validateWithHibernate(new Top(null, List.of(m2)), ""));
    }

    record Both(@Valid @Size(max = 1) List<@NotNull Leaf> leaves) {}

    @Test
    void aContainer_checkedItself_cascadedInto_andElementsChecked_reportsEach() {
        assertThat(found(new Both(Arrays.asList(bad(), null))))
                .containsExactly(
                        "facts.leaves Size",
                        "facts.leaves[0].n Min",
                        "facts.leaves[0].name NotBlank",
                        "facts.leaves[1] NotNull");
        assertThat(found(new Both(List.of(ok())))).isEmpty();
    }

    @Test
    void violationsComeInPathOrder_thenCodeOrder_eachPathAndCodeOnce() {
        record Many(
                @NotBlank @Size(min = 2) String b,
                @NotNull @Size(min = 2) String a,
                @Min(2) @Max(1) int c) {}
        List<Violation> vs = InputValidator.get().validateWithPlans(new Many(" ", "x", 0), "facts");
        assertThat(vs)
                .extracting(v -> v.path() + " " + v.code())
                .containsExactly("facts.a Size", "facts.b NotBlank", "facts.b Size", "facts.c Min");
        ValidationAgreement.assertAgrees(new Many(" ", "x", 0));
        ValidationAgreement.assertAgrees(new Many(" ", "x", 5));
        // the list is sorted: each violation precedes the next
        for (int i = 1; i < vs.size(); i++) {
            assertThat(vs.get(i - 1)).isLessThan(vs.get(i));
        }
    }

    @Test
    void aValidGraph_reportsNothing_andTheRawPlanFindsNothing() {
        Top valid = new Top(new Middle(ok(), List.of(ok())), List.of(new Middle(ok(), List.of())));
        assertThat(ConstraintPlan.validateReflectively(valid, "facts", Messages.core()))
                .isNull();
        assertThat(ConstraintPlan.validate(valid, "facts", Messages.core())).isNull();
        assertThat(found(valid)).isEmpty();
    }

    @Test
    void aMutableListChangedBetweenCalls_isReadAfresh() {
        List<Leaf> leaves = new ArrayList<>(List.of(ok()));
        Middle m = new Middle(ok(), leaves);
        assertThat(found(m)).isEmpty();
        leaves.add(bad());
        assertThat(found(m)).containsExactly("facts.leaves[1].n Min", "facts.leaves[1].name NotBlank");
    }

    record Unbound(@NotEmpty List<String> names) {}

    @Test
    void unknownContainerContents_areNotLookedInto_withoutAnAnnotationOnTheTypeArgument() {
        assertThat(found(new Unbound(Arrays.asList((String) null)))).isEmpty();
    }
}
