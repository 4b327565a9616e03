package org.minzheng.eligibility.edge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;

import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.eligibility.Books;

class LowIncomeEdgeProgramTest {

    static final LowIncomeEdgeProgram P = new LowIncomeEdgeProgram();

    @Test
    void huzhou2024_boundaries() {
        var s = Books.official(Books.DEC_2024);
        assertThat(P.decide(familyOfThree("3434.99"), s).outcome())
                .as("a dibao household")
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(P.decide(familyOfThree("3434.99"), s)
                        .finding(LowIncomeEdgeProgram.NOT_DIBAO.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(P.decide(familyOfThree("3435.00"), s).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(P.decide(familyOfThree("5152.49"), s).outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(P.decide(familyOfThree("5152.50"), s).outcome()).isEqualTo(Outcome.INELIGIBLE);
    }
}
