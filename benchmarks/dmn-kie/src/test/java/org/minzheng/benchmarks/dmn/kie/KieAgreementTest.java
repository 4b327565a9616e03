package org.minzheng.benchmarks.dmn.kie;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.minzheng.benchmarks.DibaoDmnCases;
import org.minzheng.benchmarks.DibaoDmnCases.Case;

/**
 * Before KIE DMN is timed against minzheng, it must give the same answers: every household of
 * the seeded population and every edge case at the standard, evaluated by {@code dibao.dmn} in
 * KIE from the inputs minzheng derived, must agree exactly with minzheng's {@code dibao}
 * decision on eligible, the amount (to the fen) and the reason. Disagreements are listed in
 * full, not counted away.
 */
class KieAgreementTest {

    private static KieDibao kie;

    @BeforeAll
    static void load() {
        kie = KieDibao.load();
    }

    private static KieDibao.Outputs evaluate(Case c) {
        return KieDibao.Outputs.of(kie.evaluateAll(
                BigDecimal.valueOf(c.householdSize()),
                c.monthlyHouseholdIncome(),
                c.standard(),
                c.assetsWithinLimit()));
    }

    @Test
    void agreesWithMinzhengOnThePopulationAndTheEdgeCases() {
        List<Case> cases = DibaoDmnCases.cases(2024, 300);
        List<String> disagreements = new ArrayList<>();
        for (Case c : cases) {
            KieDibao.Outputs o = evaluate(c);
            String d = DibaoDmnCases.disagreement(c, o.eligible(), o.amount(), o.reason());
            if (d != null) {
                disagreements.add(d);
            }
        }
        assertThat(disagreements).as("KIE DMN disagrees with minzheng's dibao").isEmpty();
        // the check covers every branch of the model
        assertThat(cases)
                .extracting(Case::reason)
                .contains(DibaoDmnCases.ASSETS, DibaoDmnCases.INCOME, DibaoDmnCases.OK);
        assertThat(cases)
                .filteredOn(c -> !c.assetsWithinLimit()
                        && c.monthlyHouseholdIncome()
                                        .compareTo(c.standard().multiply(BigDecimal.valueOf(c.householdSize())))
                                < 0)
                .isNotEmpty();
    }

    @Test
    void theHuzhouFamilyOfThreeIsEligibleFor1435() {
        Case c = DibaoDmnCases.huzhouFamilyOfThree();
        assertThat(c.householdSize()).isEqualTo(3);
        assertThat(c.monthlyHouseholdIncome()).isEqualByComparingTo("2000.00");
        assertThat(c.standard()).isEqualByComparingTo("1145.00");
        assertThat(c.assetsWithinLimit()).isTrue();
        KieDibao.Outputs o = evaluate(c);
        assertThat(o.eligible()).isEqualTo(Boolean.TRUE);
        assertThat((BigDecimal) o.amount()).isEqualByComparingTo("1435.00");
        assertThat(o.reason()).isEqualTo("OK");
        assertThat(DibaoDmnCases.disagreement(c, o.eligible(), o.amount(), o.reason()))
                .isNull();
    }

    @Test
    void aWrongAnswerIsReportedWithItsInputs() {
        Case c = DibaoDmnCases.huzhouFamilyOfThree();
        assertThat(DibaoDmnCases.disagreement(c, true, new BigDecimal("1435.004"), "OK"))
                .isNull();
        assertThat(DibaoDmnCases.disagreement(c, true, new BigDecimal("1435.005"), "OK"))
                .contains("amount: minzheng 1435.00, DMN 1435.005 (rounded 1435.01)")
                .contains("householdSize=3");
        assertThat(DibaoDmnCases.disagreement(c, false, BigDecimal.ZERO, "INCOME"))
                .contains("eligible: minzheng true, DMN false")
                .contains("reason: minzheng OK, DMN INCOME");
    }

    @Test
    void bothDmnModulesHoldTheSameModel() throws IOException {
        String here = Files.readString(
                Path.of("src/main/resources/org/minzheng/benchmarks/dmn/kie/dibao.dmn"), StandardCharsets.UTF_8);
        String there = Files.readString(
                Path.of("../dmn-jdmn/src/main/resources/org/minzheng/benchmarks/dmn/jdmn/dibao.dmn"),
                StandardCharsets.UTF_8);
        assertThat(here).isEqualTo(there).contains("round half up((standard - perCapitaIncome) * householdSize, 2)");
    }
}
