package org.minzheng.examples.packs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyLoadError;
import org.minzheng.core.policy.PolicyLoadException;
import org.minzheng.core.policy.PolicySource;

/**
 * Issue 21 item 2, as a county bureau (吴兴区, 330502) met it: each of these values loaded cleanly
 * and then broke decisions — a negative number of months, {@code max-homes: -1}, a multiplier of
 * 0.5, {@code temporary-assistance.months.min} 9 above {@code .max} 6 (decided ELIGIBLE with "range 9
 * to 6 months"), {@code estate-query.grant-validity-days: 0} (every estate query an internal
 * error). Each is now rejected when the overlay loads, at its file and line, with the shipped data
 * underneath as an integrator loads it ({@code PolicyBook.builderWithDefaults().addOverlay(…)}).
 */
class IntegratorBadValuesTest {

    static final String HEAD = "pack: wuxing-test\n"
            + "instruments:\n"
            + "  - {id: wuxing-sample, title: 吴兴区测试通知, titleEn: Wuxing test notice, issuer: 测试,"
            + " rank: ILLUSTRATIVE, note: made up for the tests}\n"
            + "values:\n";

    static String row(String key, String value, String unit) {
        return "  - {key: " + key + ", region: \"330502\", since: 2024-01-01, value: " + value + ", unit: " + unit
                + ", grade: ILLUSTRATIVE, citation: {instrument: wuxing-sample}}\n";
    }

    static List<String> errors(String values) {
        try {
            PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.ofText("wuxing.yaml", HEAD + values))
                    .build();
            return List.of();
        } catch (PolicyLoadException e) {
            return e.errors().stream().map(PolicyLoadError::toString).toList();
        }
    }

    @Test
    void negativeMonthsOfGradualExit_areRejected_atTheirLine() {
        // 最低生活保障审核确认办法 Art. 33: a county "可以" give a gradual exit — 0 months (none) or more
        assertThat(errors(row("dibao.gradual-exit-months", "-1", "months")))
                .containsExactly(
                        "wuxing.yaml:5: [dibao.gradual-exit-months] value is below the least value the key allows, 0");
    }

    @Test
    void minusOneHome_isRejected_atItsLine() {
        assertThat(errors(row("dibao.asset.max-homes", "-1", "homes")))
                .containsExactly(
                        "wuxing.yaml:5: [dibao.asset.max-homes] value is below the least value the key allows, 0");
    }

    @Test
    void anEdgeMultiplierOfHalf_isRejected_becauseAnEdgeFamilyIsAboveTheDibaoStandard() {
        // 最低生活保障审核确认办法 Art. 8 / edge family: "不符合最低生活保障条件" — income above the standard,
        // so the multiple of the standard is at least 1
        assertThat(errors(row("edge.income-multiplier", "\"0.5\"", "multiple of dibao standard")))
                .containsExactly(
                        "wuxing.yaml:5: [edge.income-multiplier] value is below the least value the key allows, 1");
    }

    @Test
    void aLeastNumberOfMonths9_aboveTheLargest6_isRejected_atTheLeastRow_namingTheLargestRow() {
        assertThat(errors(row("temporary-assistance.months.min", "9", "months")
                        + row("temporary-assistance.months.max", "6", "months")))
                .containsExactly("wuxing.yaml:5: [temporary-assistance.months.min] must be at most"
                        + " temporary-assistance.months.max (wuxing.yaml:6), in force in region 330502 on 2024-01-01:"
                        + " the amount is the dibao standard × persons × months from the least to the largest number,"
                        + " so the least number may not exceed the largest");
    }

    @Test
    void aLeastNumberOfMonthsAboveTheInheritedLargest_isRejectedToo() {
        // only the minimum in the overlay: the maximum it meets is whatever the county inherits, if any
        List<String> errs = errors(row("temporary-assistance.months.min", "9", "months")
                + row("temporary-assistance.months.max", "6", "months")
                        .replace("330502", "330500")
                        .replace("2024-01-01", "2023-01-01"));
        assertThat(errs)
                .containsExactly("wuxing.yaml:5: [temporary-assistance.months.min] must be at most"
                        + " temporary-assistance.months.max (wuxing.yaml:6), in force in region 330502 on 2024-01-01:"
                        + " the amount is the dibao standard × persons × months from the least to the largest number,"
                        + " so the least number may not exceed the largest");
    }

    @Test
    void anEstateQueryGrantValidForNoDay_isRejected_atItsLine() {
        assertThat(errors(row("estate-query.grant-validity-days", "0", "days")))
                .containsExactly(
                        "wuxing.yaml:5: [estate-query.grant-validity-days] value is below the least value the key allows, 1");
    }

    @Test
    void theSameValuesWithinTheirRanges_load() {
        assertThat(errors(row("dibao.gradual-exit-months", "0", "months")
                        + row("dibao.asset.max-homes", "0", "homes")
                        + row("edge.income-multiplier", "\"1.5\"", "multiple of dibao standard")
                        + row("temporary-assistance.months.min", "6", "months")
                        + row("temporary-assistance.months.max", "6", "months")
                        + row("estate-query.grant-validity-days", "1", "days")))
                .isEmpty();
    }
}
