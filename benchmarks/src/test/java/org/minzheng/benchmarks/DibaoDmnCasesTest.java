package org.minzheng.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The cases handed to the DMN engines carry minzheng's inputs and answers faithfully. */
class DibaoDmnCasesTest {

    @Test
    void theHuzhouFamilyOfThree() {
        DibaoDmnCases.Case c = DibaoDmnCases.huzhouFamilyOfThree();
        assertThat(c.householdSize()).isEqualTo(3);
        assertThat(c.monthlyHouseholdIncome()).isEqualTo(new BigDecimal("2000.00"));
        assertThat(c.standard()).isEqualByComparingTo("1145.00");
        assertThat(c.assetsWithinLimit()).isTrue();
        assertThat(c.eligible()).isTrue();
        assertThat(c.amount().toBigDecimal()).isEqualByComparingTo("1435.00");
        assertThat(c.reason()).isEqualTo(DibaoDmnCases.OK);
    }

    @Test
    void edgeCasesAtTheStandard() {
        List<DibaoDmnCases.Case> cases = DibaoDmnCases.cases(1, 0);
        // income exactly standard × n is not below the standard
        assertThat(cases)
                .filteredOn(c -> c.label().endsWith("standard×n+0fen"))
                .hasSize(5)
                .allMatch(c -> !c.eligible() && c.reason().equals(DibaoDmnCases.INCOME));
        // one fen below: eligible for exactly one fen
        assertThat(cases)
                .filteredOn(c -> c.label().endsWith("standard×n-1fen"))
                .hasSize(5)
                .allMatch(c -> c.eligible() && c.amount().fen() == 1);
        // 1000.01 shared by 3 is not a whole fen per person; the amount is still exact
        DibaoDmnCases.Case three = cases.stream()
                .filter(c -> c.label().equals("edge n=3 income=1000.01"))
                .findFirst()
                .orElseThrow();
        assertThat(three.amount().toBigDecimal()).isEqualByComparingTo("2434.99");
    }

    @Test
    void thePopulationReachesEveryReason() {
        assertThat(DibaoDmnCases.cases(2024, 300))
                .extracting(DibaoDmnCases.Case::reason)
                .contains(DibaoDmnCases.ASSETS, DibaoDmnCases.INCOME, DibaoDmnCases.OK);
    }
}
