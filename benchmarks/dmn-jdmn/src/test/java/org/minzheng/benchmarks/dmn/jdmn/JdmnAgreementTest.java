package org.minzheng.benchmarks.dmn.jdmn;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.benchmarks.DibaoDmnCases;
import org.minzheng.benchmarks.DibaoDmnCases.Case;

/**
 * Before jDMN is timed against minzheng, it must give the same answers: every household of the
 * seeded population and every edge case at the standard, evaluated by {@code dibao.dmn} — as
 * generated Java and in the interpreter — from the inputs minzheng derived, must agree exactly
 * with minzheng's {@code dibao} decision on eligible, the amount (to the fen) and the reason.
 * Disagreements are listed in full, not counted away.
 */
class JdmnAgreementTest {

    private static final List<Case> CASES = DibaoDmnCases.cases(2024, 300);
    private static JdmnDibao generated;
    private static JdmnDibao.Interpreter interpreter;

    @BeforeAll
    static void load() {
        generated = new JdmnDibao();
        interpreter = JdmnDibao.Interpreter.load();
    }

    private static List<String> disagreements(Function<Case, JdmnDibao.Outputs> engine) {
        List<String> list = new ArrayList<>();
        for (Case c : CASES) {
            JdmnDibao.Outputs o = engine.apply(c);
            String d = DibaoDmnCases.disagreement(c, o.eligible(), o.amount(), o.reason());
            if (d != null) {
                list.add(d);
            }
        }
        return list;
    }

    @Test
    void generatedJavaAgreesWithMinzheng() {
        assertThat(disagreements(c -> generated.generated(
                        BigDecimal.valueOf(c.householdSize()),
                        c.monthlyHouseholdIncome(),
                        c.standard(),
                        c.assetsWithinLimit())))
                .as("jDMN generated Java disagrees with minzheng's dibao")
                .isEmpty();
    }

    @Test
    void interpreterAgreesWithMinzheng() {
        assertThat(disagreements(c -> interpreter.evaluate(
                        BigDecimal.valueOf(c.householdSize()),
                        c.monthlyHouseholdIncome(),
                        c.standard(),
                        c.assetsWithinLimit())))
                .as("jDMN interpreter disagrees with minzheng's dibao")
                .isEmpty();
    }

    @Test
    void theCasesCoverEveryReason() {
        assertThat(CASES)
                .hasSizeGreaterThan(300)
                .extracting(Case::reason)
                .contains(DibaoDmnCases.ASSETS, DibaoDmnCases.INCOME, DibaoDmnCases.OK);
    }

    @Test
    void theHuzhouFamilyOfThreeIsEligibleFor1435() {
        Case c = DibaoDmnCases.huzhouFamilyOfThree();
        for (JdmnDibao.Outputs o : List.of(
                generated.generated(new BigDecimal("3"), new BigDecimal("2000.00"), new BigDecimal("1145.00"), true),
                interpreter.evaluate(
                        new BigDecimal("3"), new BigDecimal("2000.00"), new BigDecimal("1145.00"), true))) {
            assertThat(o.eligible()).isEqualTo(Boolean.TRUE);
            assertThat((BigDecimal) o.amount()).isEqualByComparingTo("1435.00");
            assertThat(o.reason()).isEqualTo("OK");
            assertThat(DibaoDmnCases.disagreement(c, o.eligible(), o.amount(), o.reason()))
                    .isNull();
        }
        JdmnBenchmarks.check(
                generated.generated(new BigDecimal("3"), new BigDecimal("2000.00"), new BigDecimal("1145.00"), true));
    }
}
