package org.minzheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.household.Absence;
import org.minzheng.eligibility.household.AbsenceReason;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.eligibility.testing.HouseholdGenerators;

/** Invariants of the social-assistance programs, over generated households. */
class EligibilityProperties {

    static final PolicySnapshot S = Books.illustrative(HouseholdGenerators.DECISION_DATE);
    static final DibaoProgram DIBAO = new DibaoProgram();

    static Money amount(Household h) {
        return DIBAO.decide(h, S).result().flatMap(DibaoResult::monthlyAmount).orElse(Money.ZERO);
    }

    @Test
    void dibaoAmount_isNeverNegative_andPositiveExactlyWhenEligible() {
        qt().forAll(HouseholdGenerators.households()).checkAssert(h -> {
            Decision<DibaoResult> d = DIBAO.decide(h, S);
            Money a = d.result().flatMap(DibaoResult::monthlyAmount).orElse(Money.ZERO);
            assertThat(a.isNegative()).isFalse();
            assertThat(a.isPositive()).isEqualTo(d.outcome() == Outcome.ELIGIBLE);
        });
    }

    /** Issue 21 item 5: a payment that is not decided is absent, never zero; a refusal pays zero. */
    @Test
    void dibaoAmount_isAbsentExactlyWhenNotDecided_andZeroWhenRefused() {
        qt().forAll(HouseholdGenerators.households()).checkAssert(h -> {
            Decision<DibaoResult> d = DIBAO.decide(h, S);
            d.result().ifPresent(r -> {
                if (d.outcome() == Outcome.INELIGIBLE) {
                    assertThat(r.monthlyAmount()).contains(Money.ZERO);
                } else if (d.outcome() != Outcome.ELIGIBLE) {
                    assertThat(r.monthlyAmount()).isEmpty();
                } else if (r.monthlyAmount().isEmpty()) {
                    // eligible without an amount only when the rounding it needs is not configured
                    assertThat(d.missingParameters())
                            .extracting(org.minzheng.core.decision.MissingParameter::key)
                            .contains("dibao.amount-rounding");
                }
            });
        });
    }

    @Test
    void moreIncome_neverRaisesTheDibaoAmount() {
        qt().forAll(HouseholdGenerators.households(), longs().between(1, 2000_00))
                .checkAssert((h, extra) -> {
                    Household richer = ImmutableHousehold.copyOf(h).withIncomes(concat(h, extra));
                    assertThat(amount(richer)).isLessThanOrEqualTo(amount(h));
                });
    }

    static java.util.List<org.minzheng.eligibility.household.IncomeItem> concat(Household h, long extraFen) {
        java.util.List<org.minzheng.eligibility.household.IncomeItem> list = new java.util.ArrayList<>(h.incomes());
        list.add(ImmutableIncomeItem.builder()
                .member(0)
                .category(IncomeCategory.BUSINESS_NET)
                .amount(Money.ofFen(extraFen))
                .build());
        return list;
    }

    @Test
    void addingAnUncountedMember_changesNothing() {
        qt().forAll(HouseholdGenerators.households(), longs().between(0, 20000_00))
                .checkAssert((h, theirIncome) -> {
                    int index = h.members().size();
                    Household more = ImmutableHousehold.builder()
                            .from(h)
                            .addMembers(ImmutableMember.builder()
                                    .relation(Relation.SPOUSE)
                                    .birthDate(LocalDate.of(1970, 1, 1))
                                    .absence(new Absence(AbsenceReason.IN_PRISON, LocalDate.of(2020, 1, 1)))
                                    .build())
                            .addIncomes(ImmutableIncomeItem.builder()
                                    .member(index)
                                    .category(IncomeCategory.WAGES)
                                    .amount(Money.ofFen(theirIncome))
                                    .build())
                            .build();
                    Decision<DibaoResult> a = DIBAO.decide(h, S);
                    Decision<DibaoResult> b = DIBAO.decide(more, S);
                    assertThat(b.outcome()).isEqualTo(a.outcome());
                    assertThat(b.result().map(DibaoResult::monthlyAmount))
                            .isEqualTo(a.result().map(DibaoResult::monthlyAmount));
                });
    }

    @Test
    void dibaoAndEdge_neverBothApply_andScreeningPlacesAtMostOne() {
        LowIncomeEdgeProgram edge = new LowIncomeEdgeProgram();
        AssistanceScreeningProgram screening = new AssistanceScreeningProgram();
        qt().forAll(HouseholdGenerators.households()).checkAssert(h -> {
            boolean dibao = DIBAO.decide(h, S).outcome() == Outcome.ELIGIBLE;
            boolean isEdge = edge.decide(h, S).outcome() == Outcome.ELIGIBLE;
            assertThat(dibao && isEdge).isFalse();
            ScreeningResult r = screening
                    .decide(ImmutableScreeningFacts.builder().household(h).build(), S)
                    .result()
                    .orElseThrow();
            long eligible = r.programs().stream()
                    .filter(p -> p.outcome() == Outcome.ELIGIBLE)
                    .count();
            assertThat(eligible).isLessThanOrEqualTo(1);
            assertThat(r.primary() == null).isEqualTo(eligible == 0);
        });
    }

    @Test
    void decisions_areReproducibleByteForByte() {
        qt().forAll(HouseholdGenerators.households()).checkAssert(h -> {
            String a = Json.pretty(DIBAO.decide(h, S));
            String b = Json.pretty(
                    DIBAO.decide(ImmutableHousehold.copyOf(h), Books.illustrative(HouseholdGenerators.DECISION_DATE)));
            assertThat(a).isEqualTo(b);
        });
    }
}
