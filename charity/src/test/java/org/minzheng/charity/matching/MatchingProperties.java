package org.minzheng.charity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.CharityTestSupport;
import org.minzheng.charity.testing.CharityGenerators;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;

class MatchingProperties {

    static final MatchingProgram MATCHING = new MatchingProgram();
    static final PolicySnapshot SNAPSHOT = CharityTestSupport.huzhou(LocalDate.of(2024, 12, 1));

    @Test
    void anAllocation_neverExceedsWhatAFundHolds_norWhatANeedAsks_andAlwaysFits() {
        qt().withExamples(150).forAll(CharityGenerators.matchingCases(8, 12)).checkAssert(c -> {
            MatchingResult r = MATCHING.decide(c, SNAPSHOT).result().orElseThrow();
            Map<String, CharityFund> funds = new HashMap<>();
            c.funds().forEach(f -> funds.put(f.id(), f));
            Map<String, AssistanceNeed> needs = new HashMap<>();
            c.needs().forEach(n -> needs.put(n.id(), n));
            Map<String, Long> fromFund = new HashMap<>();
            Map<String, Long> toNeed = new HashMap<>();
            long total = 0;
            for (Allocation a : r.allocations()) {
                assertThat(a.amount().isPositive()).isTrue();
                assertThat(MostLocalFundFirst.fits(funds.get(a.fund()), needs.get(a.need())))
                        .isTrue();
                fromFund.merge(a.fund(), a.amount().fen(), Long::sum);
                toNeed.merge(a.need(), a.amount().fen(), Long::sum);
                total += a.amount().fen();
            }
            fromFund.forEach((id, fen) -> assertThat(fen)
                    .isLessThanOrEqualTo(funds.get(id).amountLeft().fen()));
            toNeed.forEach((id, fen) ->
                    assertThat(fen).isLessThanOrEqualTo(needs.get(id).amount().fen()));
            assertThat(r.totalAllocated()).isEqualTo(Money.ofFen(total));
            for (FundOutcome f : r.funds()) {
                assertThat(f.allocated().plus(f.remaining())).isEqualTo(f.before());
                assertThat(f.remaining().isNegative()).isFalse();
            }
            for (NeedOutcome n : r.needs()) {
                assertThat(n.allocated().plus(n.shortfall())).isEqualTo(n.requested());
                assertThat(n.shortfall().isNegative()).isFalse();
            }
        });
    }

    @Test
    void aNeedLeftShort_hasUsedUpEveryFundThatFitsIt() {
        qt().withExamples(150).forAll(CharityGenerators.matchingCases(8, 12)).checkAssert(c -> {
            MatchingResult r = MATCHING.decide(c, SNAPSHOT).result().orElseThrow();
            Map<String, Money> remaining = new HashMap<>();
            r.funds().forEach(f -> remaining.put(f.fund(), f.remaining()));
            for (NeedOutcome n : r.needs()) {
                if (n.shortfall().isPositive()) {
                    AssistanceNeed need = c.needs().stream()
                            .filter(x -> x.id().equals(n.need()))
                            .findFirst()
                            .orElseThrow();
                    for (CharityFund f : c.funds()) {
                        if (MostLocalFundFirst.fits(f, need)) {
                            assertThat(remaining.get(f.id())).isEqualTo(Money.ZERO);
                        }
                    }
                }
            }
        });
    }

    @Test
    void theResult_doesNotDependOnTheOrderOfTheInput() {
        qt().withExamples(100).forAll(CharityGenerators.matchingCases(8, 12)).checkAssert(c -> {
            List<CharityFund> funds = new ArrayList<>(c.funds());
            List<AssistanceNeed> needs = new ArrayList<>(c.needs());
            Collections.reverse(funds);
            Collections.reverse(needs);
            MatchingCase reversed =
                    ImmutableMatchingCase.builder().funds(funds).needs(needs).build();
            Decision<MatchingResult> a = MATCHING.decide(c, SNAPSHOT);
            Decision<MatchingResult> b = MATCHING.decide(reversed, SNAPSHOT);
            assertThat(Json.pretty(b)).isEqualTo(Json.pretty(a));
        });
    }

    @Test
    void everyFinding_isADeclaredRuleAndVerdict() {
        qt().withExamples(100)
                .forAll(CharityGenerators.matchingCases(6, 8))
                .checkAssert(c -> assertThat(MATCHING.decide(c, SNAPSHOT).findings())
                        .allSatisfy(x -> assertThat(CharityTestSupport.declares(MATCHING, x))
                                .as(x.rule() + " " + x.verdict())
                                .isTrue()));
    }
}
