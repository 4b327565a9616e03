package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;

/**
 * Values a key allows are declared on the key (a range, or the constants of an enumeration) and
 * checked when the pack loads: a bad code or an out-of-range value is a load error with its file
 * and line, never a surprise during a decision.
 */
class KeyRangesAndEnumerationsTest {

    enum Combination {
        HIGHEST,
        SUM
    }

    static final ParameterKey<Integer> MONTHS = ParameterKey.of(
                    "range-test.months", ParameterType.INTEGER, "months", "月数", "months")
            .within(1, 12);
    static final ParameterKey<BigDecimal> RATIO = ParameterKey.of(
                    "range-test.ratio", ParameterType.DECIMAL, "ratio", "比例", "ratio")
            .within(BigDecimal.ZERO, BigDecimal.ONE);
    static final ParameterKey<Money> AMOUNT = ParameterKey.of(
                    "range-test.amount", ParameterType.MONEY, "CNY", "金额", "amount")
            .within(Money.ZERO, null);
    static final ParameterKey<Combination> COMBINATION = ParameterKey.of(
            "range-test.combination", ParameterType.oneOf(Combination.class), "code", "组合方式", "combination");

    static PolicyBook load(String values) {
        String text = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
                + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n"
                + "values:\n" + values;
        return PolicyBook.builder()
                .addKeys("t", List.of(MONTHS, RATIO, AMOUNT, COMBINATION))
                .addSource(PolicySource.ofText("range.yaml", text))
                .build();
    }

    static String row(String key, String value, String unit) {
        return "  - {key: " + key + ", region: \"330500\", since: 2024-01-01, value: " + value + ", unit: " + unit
                + ", grade: OFFICIAL, citation: {instrument: r}}\n";
    }

    @Test
    void valuesWithinTheRange_andACodeOfTheEnumeration_load_asTheirJavaValues() {
        PolicySnapshot s = load(row("range-test.months", "12", "months")
                        + row("range-test.ratio", "\"0.30\"", "ratio")
                        + row("range-test.amount", "\"0.00\"", "CNY")
                        + row("range-test.combination", "SUM", "code"))
                .snapshot(RegionCode.of("330500"), LocalDate.of(2024, 6, 1));
        assertThat(s.find(MONTHS).value()).isEqualTo(12);
        assertThat(s.find(COMBINATION).value()).isSameAs(Combination.SUM);
        assertThat(s.find(COMBINATION).valueText()).isEqualTo("SUM");
    }

    @Test
    void aValueOutsideTheRange_orACodeNotInTheEnumeration_failsTheLoad_withFileAndLine() {
        assertThatThrownBy(() -> load(row("range-test.months", "0", "months")
                        + row("range-test.ratio", "\"1.5\"", "ratio")
                        + row("range-test.amount", "\"-1.00\"", "CNY")
                        + row("range-test.combination", "MOST", "code")))
                .isInstanceOfSatisfying(
                        PolicyLoadException.class,
                        e -> assertThat(e.errors())
                                .extracting(Object::toString)
                                .containsExactly(
                                        "range.yaml:6: [range-test.months] value is below the least value the key allows, 1",
                                        "range.yaml:7: [range-test.ratio] value is above the greatest value the key allows, 1",
                                        "range.yaml:8: [range-test.amount] value is below the least value the key allows, 0.00",
                                        "range.yaml:9: [range-test.combination] value is not a code: not one of HIGHEST, SUM"));
    }

    @Test
    void theAllowedValues_areWrittenForThePolicyBook() {
        assertThat(MONTHS.allowedText()).isEqualTo("1..12");
        assertThat(AMOUNT.allowedText()).isEqualTo("≥ 0.00");
        assertThat(COMBINATION.allowedText()).isEqualTo("HIGHEST | SUM");
        assertThat(ParameterKey.of("range-test.free", ParameterType.INTEGER, "n", "数", "n")
                        .allowedText())
                .isEmpty();
        assertThat(COMBINATION.type().codes()).containsExactly("HIGHEST", "SUM");
        assertThat(MONTHS.least()).contains(1);
        assertThat(AMOUNT.greatest()).isEmpty();
    }

    @Test
    void aRange_isTheSameKey_andOnlyForOrderedTypes() {
        ParameterKey<Integer> plain = ParameterKey.of("range-test.same", ParameterType.INTEGER, "n", "数", "n");
        ParameterKey<Integer> ranged = plain.within(0, 5);
        assertThat(ranged).isEqualTo(plain);
        assertThat(ranged.index()).isEqualTo(plain.index());
        assertThatThrownBy(() -> COMBINATION.within(Combination.HIGHEST, Combination.SUM))
                .hasMessageContaining("no order");
        assertThatThrownBy(() -> plain.within(5, 0)).hasMessageContaining("is empty");
        assertThatThrownBy(() -> ranged.check(6)).hasMessage("above the greatest value the key allows, 5");
    }

    /** Holds keys as a module's parameters class does: constants, a family in a map, another in a list. */
    static final class Holder {
        public static final ParameterKey<Integer> ONE =
                ParameterKey.of("holder-test.one", ParameterType.INTEGER, "n", "一", "one");
        public static final Map<String, ParameterKey<Integer>> FAMILY =
                Map.of("a", ParameterKey.of("holder-test.family.a", ParameterType.INTEGER, "n", "甲", "a"));
        public static final List<ParameterKey<?>> OTHERS =
                List.of(ParameterKey.of("holder-test.other", ParameterType.BOOLEAN, "flag", "乙", "other"));
        static final ParameterKey<Integer> HIDDEN =
                ParameterKey.of("holder-test.hidden", ParameterType.INTEGER, "n", "丙", "c");
    }

    @Test
    void aModulesKeys_areTheConstantsOfItsParameterClasses_familiesIncluded_orderedByName() {
        assertThat(ModulePolicyData.keysOf(List.of(Holder.class)))
                .extracting(ParameterKey::name)
                .containsExactly("holder-test.family.a", "holder-test.one", "holder-test.other");
        class Provider extends ModulePolicyData {
            Provider() {
                super("holder", List.of(Holder.class), "org/minzheng/core/policy/core.yaml");
            }
        }
        Provider p = new Provider();
        assertThat(p.name()).isEqualTo("holder");
        assertThat(p.keys()).hasSize(3);
        assertThat(p.sources()).hasSize(1);
    }
}
