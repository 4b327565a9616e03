package org.minzheng.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.PolicySnapshot;

/**
 * The hand-written baseline decides the generated population as {@code dibao} does, so timing it
 * against {@code dibao} compares the same work.
 */
class HandWrittenDibaoTest {

    @Test
    void agreesWithDibaoOnThePopulationAndTheEdgeCases() {
        PolicySnapshot snapshot = DibaoDmnCases.snapshot();
        HandWrittenDibao hand = new HandWrittenDibao(snapshot);
        List<String> disagreements = new ArrayList<>();
        int n = 2000;
        for (int i = 0; i < n; i++) {
            var h = Population.household(2024, i);
            DibaoDmnCases.Case c = DibaoDmnCases.decide("#" + i, h, snapshot);
            HandWrittenDibao.Result r = hand.decide(h);
            if (r.eligible() != c.eligible()
                    || r.amountFen() != c.amount().fen()
                    || !r.reason().equals(c.reason())) {
                disagreements.add(c + " vs " + r);
            }
        }
        assertThat(disagreements).isEmpty();
    }

    @Test
    void theFamilyOfThreeGets1435WithThreeFindings() {
        HandWrittenDibao.Result r =
                new HandWrittenDibao(DibaoDmnCases.snapshot()).decide(DibaoDmnCases.familyOfThree());
        assertThat(r.eligible()).isTrue();
        assertThat(r.amountFen()).isEqualTo(1435_00L);
        assertThat(r.reason()).isEqualTo("OK");
        assertThat(r.findings())
                .extracting(HandWrittenDibao.Finding::rule)
                .containsExactly("dibao.income-below-standard", "dibao.assets", "dibao.amount");
    }
}
