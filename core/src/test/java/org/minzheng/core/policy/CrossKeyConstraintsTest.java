package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Cross-key constraints ({@link KeyConstraint}) hold over what is in force: an overlay's value
 * together with what it inherits from the shipped data and the regions above, on every date. A
 * violation fails the load at the row that set the more local value, naming the other row.
 */
class CrossKeyConstraintsTest {

    static final ParameterKey<Integer> MIN = ParameterKey.of(
                    "constraint-test.months.min", ParameterType.INTEGER, "months", "最少月数", "least months")
            .within(1, null);
    static final ParameterKey<Integer> MAX = ParameterKey.withGaps(
                    "constraint-test.months.max", ParameterType.INTEGER, "months", "最多月数", "largest months")
            .within(1, null);
    static final KeyConstraint MIN_AT_MOST_MAX =
            KeyConstraint.atMost(MIN, MAX, "最少月数不得多于最多月数", "the least number may not exceed the largest");

    static final String HEAD = "regions:\n"
            + "  - {code: \"330000\", name: 浙江省, nameEn: Zhejiang}\n"
            + "  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
            + "  - {code: \"330502\", name: 吴兴区, nameEn: Wuxing}\n"
            + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n"
            + "values:\n";

    static String row(String key, String region, String since, int value) {
        return "  - {key: " + key + ", region: \"" + region + "\", since: " + since + ", value: " + value
                + ", unit: months, grade: OFFICIAL, citation: {instrument: r}}\n";
    }

    static PolicyBook load(String base, String overlay) {
        PolicyBook.Builder b = PolicyBook.builder()
                .addKeys("t", List.of(MIN, MAX))
                .addConstraints(List.of(MIN_AT_MOST_MAX))
                .addSource(PolicySource.ofText("base.yaml", HEAD + base));
        if (overlay != null) {
            b.addOverlay(PolicySource.ofText("county.yaml", "values:\n" + overlay));
        }
        return b.build();
    }

    static List<String> errors(String base, String overlay) {
        try {
            load(base, overlay);
            return List.of();
        } catch (PolicyLoadException e) {
            return e.errors().stream().map(Object::toString).toList();
        }
    }

    static final String PROVINCE_3_TO_6 = row("constraint-test.months.min", "330000", "2024-01-01", 3)
            + row("constraint-test.months.max", "330000", "2024-01-01", 6);

    @Test
    void aCountyMinimumAboveTheInheritedProvincialMaximum_failsAtTheCountyRow_namingTheOtherRow() {
        assertThat(errors(PROVINCE_3_TO_6, row("constraint-test.months.min", "330502", "2024-01-01", 9)))
                .containsExactly(
                        "county.yaml:2: [constraint-test.months.min] must be at most constraint-test.months.max"
                                + " (base.yaml:9), in force in region 330502 on 2024-01-01:"
                                + " the least number may not exceed the largest");
    }

    @Test
    void aCountyMaximumBelowTheInheritedMinimum_failsAtTheCountyRow_asTheBoundThatIsTooLow() {
        assertThat(errors(PROVINCE_3_TO_6, row("constraint-test.months.max", "330500", "2024-01-01", 2)))
                .containsExactly(
                        "county.yaml:2: [constraint-test.months.max] must be at least constraint-test.months.min"
                                + " (base.yaml:8), in force in region 330500 on 2024-01-01:"
                                + " the least number may not exceed the largest");
    }

    @Test
    void equalBounds_andBoundsInForceOnDifferentDatesOnly_load() {
        assertThat(errors(PROVINCE_3_TO_6, row("constraint-test.months.min", "330502", "2024-01-01", 6)))
                .isEmpty();
        // a maximum of 2 that ended before the minimum of 3 began never meets it
        String apart =
                row("constraint-test.months.max", "330000", "2023-01-01", 2).replace("}\n", ", until: 2024-01-01}\n")
                        + row("constraint-test.months.min", "330000", "2024-01-01", 3);
        assertThat(errors(apart, null)).isEmpty();
    }

    @Test
    void aViolationThatBeginsOnALaterDate_isFound_onThatDate() {
        String later = PROVINCE_3_TO_6 + row("constraint-test.months.min", "330000", "2025-01-01", 7);
        assertThat(errors(later, null))
                .containsExactly("base.yaml:10: [constraint-test.months.min] must be at most constraint-test.months.max"
                        + " (base.yaml:9), in force in region 330000 on 2025-01-01:"
                        + " the least number may not exceed the largest");
    }

    @Test
    void whereEitherKeyHasNoValue_theConstraintSaysNothing() {
        assertThat(errors(row("constraint-test.months.min", "330000", "2024-01-01", 9), null))
                .isEmpty();
    }

    @Test
    void theErrorIsGivenInChineseToo() {
        assertThatThrownBy(() -> load(PROVINCE_3_TO_6, row("constraint-test.months.min", "330502", "2024-01-01", 9)))
                .isInstanceOfSatisfying(PolicyLoadException.class, e -> {
                    PolicyLoadError err = e.errors().get(0);
                    assertThat(err.code()).isEqualTo("constraint.at-most");
                    assertThat(err.toStringZh())
                            .isEqualTo("county.yaml:2: [constraint-test.months.min] 应不大于 constraint-test.months.max"
                                    + "（base.yaml:9），在地区 330502、日期 2024-01-01 同时有效：最少月数不得多于最多月数");
                });
    }

    @Test
    void aConstraint_relatesTwoKeys_andIsFoundAmongAModulesConstants() {
        assertThatThrownBy(() -> KeyConstraint.atMost(MIN, MIN, "甲", "a")).hasMessageContaining("two different keys");
        assertThat(MIN_AT_MOST_MAX).hasToString("constraint-test.months.min ≤ constraint-test.months.max");
        assertThat(ModulePolicyData.constantsOf(List.of(CrossKeyConstraintsTest.class), KeyConstraint.class))
                .isEmpty();
        assertThat(ModulePolicyData.constantsOf(List.of(Holder.class), KeyConstraint.class))
                .containsExactly(MIN_AT_MOST_MAX);
    }

    /** Declares a constraint as a module's parameters class does. */
    static final class Holder {
        public static final KeyConstraint ORDER = MIN_AT_MOST_MAX;
        public static final List<KeyConstraint> ALSO = List.of(MIN_AT_MOST_MAX);
    }
}
