package org.minzheng.charity.matching;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.charity.CharityTestSupport.explainBoth;
import static org.minzheng.charity.CharityTestSupport.huzhou;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.CharityCitations;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.validation.InvalidInputException;

class MatchingProgramTest {

    static final MatchingProgram MATCHING = new MatchingProgram();
    static final LocalDate DATE = LocalDate.of(2024, 12, 1);

    static CharityFund fund(String id, FundKind kind, String region, String amount, CharitablePurpose... purposes) {
        return ImmutableCharityFund.builder()
                .id(id)
                .kind(kind)
                .purposes(EnumSet.of(purposes[0], purposes))
                .region(RegionCode.of(region))
                .amountLeft(Money.parse(amount))
                .build();
    }

    static AssistanceNeed need(String id, CharitablePurpose purpose, String region, String amount, int priority) {
        return ImmutableAssistanceNeed.builder()
                .id(id)
                .purpose(purpose)
                .region(RegionCode.of(region))
                .amount(Money.parse(amount))
                .priority(priority)
                .source("dibao")
                .build();
    }

    @Test
    void theMostLocalFundIsUsedFirst_thenWiderOnes_andEachAllocationIsExplained() {
        MatchingCase c = ImmutableMatchingCase.builder()
                .addFunds(
                        fund(
                                "city-trust",
                                FundKind.CHARITABLE_TRUST,
                                "330500",
                                "50000.00",
                                CharitablePurpose.POVERTY_AND_HARDSHIP),
                        fund(
                                "anji-fund",
                                FundKind.CHARITABLE_ORGANISATION,
                                "330523",
                                "3000.00",
                                CharitablePurpose.POVERTY_AND_HARDSHIP,
                                CharitablePurpose.ENVIRONMENT))
                .addNeeds(need("N-anji-1", CharitablePurpose.POVERTY_AND_HARDSHIP, "330523", "5000.00", 0))
                .build();
        Decision<MatchingResult> d = MATCHING.decide(c, huzhou(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        MatchingResult r = d.result().orElseThrow();
        assertThat(r.strategy()).isEqualTo("MOST_LOCAL_FUND_FIRST");
        assertThat(r.allocations())
                .containsExactly(
                        new Allocation(
                                1,
                                "N-anji-1",
                                "anji-fund",
                                Money.parse("3000.00"),
                                CharitablePurpose.POVERTY_AND_HARDSHIP,
                                RegionCode.of("330523"),
                                RegionCode.of("330523"),
                                RegionLevel.COUNTY),
                        new Allocation(
                                2,
                                "N-anji-1",
                                "city-trust",
                                Money.parse("2000.00"),
                                CharitablePurpose.POVERTY_AND_HARDSHIP,
                                RegionCode.of("330523"),
                                RegionCode.of("330500"),
                                RegionLevel.PREFECTURE));
        assertThat(r.funds())
                .containsExactly(
                        new FundOutcome("anji-fund", Money.parse("3000.00"), Money.parse("3000.00"), Money.ZERO),
                        new FundOutcome(
                                "city-trust",
                                Money.parse("50000.00"),
                                Money.parse("2000.00"),
                                Money.parse("48000.00")));
        assertThat(d.findings())
                .extracting(f -> f.rule() + " " + f.verdict())
                .containsExactly(
                        "charity-matching.allocation INFO",
                        "charity-matching.allocation INFO",
                        "charity-matching.need MET");
        assertThat(d.findings().get(0).citation()).isEqualTo(CharityCitations.LAW_ART_53.on(DATE));
        assertThat(d.findings().get(1).citation()).isEqualTo(CharityCitations.LAW_ART_49_1.on(DATE));
        explainBoth(MATCHING, d);
    }

    @Test
    void aFundIsNeverSpentOutsideItsPurposeOrRegion_andShortNeedsGoToReview() {
        MatchingCase c = ImmutableMatchingCase.builder()
                .addFunds(
                        fund(
                                "deqing-edu",
                                FundKind.CHARITABLE_TRUST,
                                "330521",
                                "10000.00",
                                CharitablePurpose.EDUCATION_SCIENCE_CULTURE_HEALTH_SPORT),
                        fund(
                                "deqing-poor",
                                FundKind.CHARITABLE_TRUST,
                                "330521",
                                "800.00",
                                CharitablePurpose.POVERTY_AND_HARDSHIP))
                .addNeeds(
                        need("N1", CharitablePurpose.POVERTY_AND_HARDSHIP, "330521", "1000.00", 0),
                        need("N2", CharitablePurpose.POVERTY_AND_HARDSHIP, "330522", "500.00", 0),
                        need("N3", CharitablePurpose.POVERTY_AND_HARDSHIP, "330521", "300.00", 1))
                .build();
        Decision<MatchingResult> d = MATCHING.decide(c, huzhou(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        MatchingResult r = d.result().orElseThrow();
        assertThat(r.needs())
                .extracting(NeedOutcome::need, NeedOutcome::status)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("N1", NeedStatus.PARTLY_COVERED),
                        org.assertj.core.groups.Tuple.tuple("N2", NeedStatus.NO_MATCHING_FUND),
                        org.assertj.core.groups.Tuple.tuple("N3", NeedStatus.FUNDS_EXHAUSTED));
        assertThat(r.totalAllocated()).isEqualTo(Money.parse("800.00"));
        assertThat(r.totalShortfall()).isEqualTo(Money.parse("1000.00"));
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(MatchingProgram.NEED.id()))
                .extracting(f -> f.verdict())
                .containsExactly(Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW, Verdict.NEEDS_REVIEW);
        assertThat(d.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("shortfall", Money.parse("1000.00")));
        explainBoth(MATCHING, d);
    }

    @Test
    void priority_thenId_decideTheOrderOfService() {
        MatchingCase c = ImmutableMatchingCase.builder()
                .addFunds(fund(
                        "F", FundKind.CHARITABLE_ORGANISATION, "330000", "100.00", CharitablePurpose.EMERGENCY_RELIEF))
                .addNeeds(
                        need("B", CharitablePurpose.EMERGENCY_RELIEF, "330502", "80.00", 0),
                        need("A", CharitablePurpose.EMERGENCY_RELIEF, "330502", "80.00", 1),
                        need("C", CharitablePurpose.EMERGENCY_RELIEF, "330502", "80.00", 0))
                .build();
        MatchingResult r = MATCHING.decide(c, huzhou(DATE)).result().orElseThrow();
        assertThat(r.needs()).extracting(NeedOutcome::need).containsExactly("B", "C", "A");
        assertThat(r.needs())
                .extracting(NeedOutcome::allocated)
                .containsExactly(Money.parse("80.00"), Money.parse("20.00"), Money.ZERO);
    }

    @Test
    void noNeeds_isTriviallyInOrder() {
        Decision<MatchingResult> d =
                MATCHING.decide(ImmutableMatchingCase.builder().build(), huzhou(DATE));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().allocations()).isEmpty();
    }

    @Test
    void badInput_everyViolationIsListed() {
        MatchingCase c = ImmutableMatchingCase.builder()
                .addFunds(
                        fund("F", FundKind.CHARITABLE_TRUST, "330500", "-1.00", CharitablePurpose.ENVIRONMENT),
                        fund("F", FundKind.CHARITABLE_TRUST, "330500", "1.00", CharitablePurpose.ENVIRONMENT))
                .addNeeds(need("N", CharitablePurpose.ENVIRONMENT, "330500", "0.00", -1))
                .build();
        assertThatThrownBy(() -> MATCHING.decide(c, huzhou(DATE)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.funds[0].amountLeft NonNegativeMoney",
                                        "facts.funds[1].id charity.matching.duplicate-id",
                                        "facts.needs[0].amount charity.matching.need-amount-zero",
                                        "facts.needs[0].priority Min"));
    }
}
