package org.minzheng.eligibility.special;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.special.SpecialBooks.DATE;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.eligibility.children.ChildAllowanceFacts;
import org.minzheng.eligibility.children.ChildAllowanceProgram;
import org.minzheng.eligibility.children.ChildAllowanceResult;
import org.minzheng.eligibility.children.ExistingBenefitKind;
import org.minzheng.eligibility.children.ImmutableChildAllowanceFacts;
import org.minzheng.eligibility.children.ImmutableExistingBenefit;
import org.minzheng.eligibility.disability.DisabilityLivingAllowanceProgram;
import org.minzheng.eligibility.disability.SevereDisabilityCareAllowanceProgram;
import org.minzheng.eligibility.disability.SevereDisabilityCareAllowanceResult;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.poverty.ExtremePovertyFacts;
import org.minzheng.eligibility.poverty.ExtremePovertyProgram;
import org.minzheng.eligibility.poverty.ExtremePovertyResult;
import org.minzheng.eligibility.poverty.ImmutableExtremePovertyFacts;
import org.minzheng.eligibility.poverty.ImmutablePersonalIncome;
import org.minzheng.eligibility.temporary.ImmutableTemporaryAssistanceFacts;
import org.minzheng.eligibility.temporary.TemporaryAssistanceFacts;
import org.minzheng.eligibility.temporary.TemporaryAssistanceProgram;
import org.minzheng.eligibility.temporary.TemporaryAssistanceResult;
import org.minzheng.eligibility.testing.special.SpecialAssistanceGenerators;

/** Invariants of the special-assistance programs, over generated facts and both packs. */
class SpecialAssistanceProperties {

    static final ExtremePovertyProgram EP = new ExtremePovertyProgram();
    static final TemporaryAssistanceProgram TA = new TemporaryAssistanceProgram();
    static final ChildAllowanceProgram CA = new ChildAllowanceProgram();
    static final DisabilityLivingAllowanceProgram DL = new DisabilityLivingAllowanceProgram();
    static final SevereDisabilityCareAllowanceProgram DC = new SevereDisabilityCareAllowanceProgram();
    static final PolicySnapshot[] SNAPSHOTS = {SpecialBooks.huzhou(), SpecialBooks.fixture()};

    static Money paid(Decision<ExtremePovertyResult> d) {
        ExtremePovertyResult r = d.result().orElseThrow();
        if (d.outcome() != Outcome.ELIGIBLE || r.basicLivingStandard() == null) {
            return Money.ZERO;
        }
        return r.monthlyTotal() != null ? r.monthlyTotal() : r.basicLivingStandard();
    }

    @Test
    void extremePoverty_generatedFactsAreValid_amountsNeverNegative_andMoreIncomeNeverRaisesWhatIsPaid() {
        qt().withExamples(300)
                .forAll(
                        SpecialAssistanceGenerators.extremePovertyFacts(DATE),
                        integers().between(0, 1),
                        longs().between(1, 500_000))
                .checkAssert((f, s, extraFen) -> {
                    PolicySnapshot snapshot = SNAPSHOTS[s];
                    assertThat(EP.validate(f, snapshot)).isEmpty();
                    Decision<ExtremePovertyResult> d = EP.decide(f, snapshot);
                    assertThat(paid(d).isNegative()).isFalse();
                    // recognised or refused only when decided; absent otherwise, never false
                    assertThat(d.result().orElseThrow().eligible())
                            .isEqualTo(
                                    d.outcome() == Outcome.ELIGIBLE || d.outcome() == Outcome.INELIGIBLE
                                            ? java.util.Optional.of(d.outcome() == Outcome.ELIGIBLE)
                                            : java.util.Optional.empty());
                    // a value the outcome waits for is missing exactly when some condition is UNDETERMINED
                    assertThat(d.missingParameters().stream()
                                    .noneMatch(org.minzheng.core.decision.MissingParameter::blocksOutcome))
                            .isEqualTo(d.findings().stream()
                                    .noneMatch(x -> x.verdict() == org.minzheng.core.decision.Verdict.UNDETERMINED));
                    ExtremePovertyFacts richer = ImmutableExtremePovertyFacts.copyOf(f)
                            .withIncomes(concat(
                                    f,
                                    ImmutablePersonalIncome.builder()
                                            .category(IncomeCategory.WAGES)
                                            .amount(Money.ofFen(extraFen))
                                            .build()));
                    Decision<ExtremePovertyResult> r = EP.decide(richer, snapshot);
                    assertThat(paid(r)).isLessThanOrEqualTo(paid(d));
                    if (r.outcome() == Outcome.ELIGIBLE) {
                        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
                    }
                });
    }

    static java.util.List<org.minzheng.eligibility.poverty.PersonalIncome> concat(
            ExtremePovertyFacts f, org.minzheng.eligibility.poverty.PersonalIncome extra) {
        java.util.List<org.minzheng.eligibility.poverty.PersonalIncome> list = new java.util.ArrayList<>(f.incomes());
        list.add(extra);
        return list;
    }

    @Test
    void temporaryAssistance_amountNeverNegative_andNeverFallsWithLongerHardshipOrMorePeople() {
        qt().withExamples(300)
                .forAll(
                        SpecialAssistanceGenerators.temporaryAssistanceFacts(DATE),
                        integers().between(0, 1))
                .checkAssert((f, s) -> {
                    PolicySnapshot snapshot = SNAPSHOTS[s];
                    assertThat(TA.validate(f, snapshot)).isEmpty();
                    TemporaryAssistanceResult r =
                            TA.decide(f, snapshot).result().orElseThrow();
                    Money amount = r.amount().orElse(Money.ZERO);
                    assertThat(amount.isNegative()).isFalse();
                    TemporaryAssistanceFacts longer = ImmutableTemporaryAssistanceFacts.copyOf(f)
                            .withMonthsOfHardship(Math.min(60, f.monthsOfHardship() + 1));
                    TemporaryAssistanceFacts more =
                            ImmutableTemporaryAssistanceFacts.copyOf(f).withPersons(f.persons() + 1);
                    for (TemporaryAssistanceFacts g : java.util.List.of(longer, more)) {
                        TemporaryAssistanceResult r2 =
                                TA.decide(g, snapshot).result().orElseThrow();
                        if (r.amount().isPresent() && r2.amount().isPresent()) {
                            assertThat(r2.amount().get())
                                    .isGreaterThanOrEqualTo(r.amount().get());
                        }
                    }
                });
    }

    @Test
    void childAllowance_amountNeverNegative_neverAboveTheStandard_andMoreExistingBenefitsNeverRaiseIt() {
        qt().withExamples(300)
                .forAll(
                        SpecialAssistanceGenerators.childAllowanceFacts(DATE),
                        integers().between(0, 1),
                        longs().between(1, 300_000))
                .checkAssert((f, s, extraFen) -> {
                    PolicySnapshot snapshot = SNAPSHOTS[s];
                    assertThat(CA.validate(f, snapshot)).isEmpty();
                    ChildAllowanceResult r = CA.decide(f, snapshot).result().orElseThrow();
                    if (r.monthlyAmount() != null) {
                        assertThat(r.monthlyAmount().isNegative()).isFalse();
                        assertThat(r.monthlyAmount()).isLessThanOrEqualTo(r.standard());
                    }
                    ChildAllowanceFacts richer = ImmutableChildAllowanceFacts.builder()
                            .from(f)
                            .addExistingBenefits(ImmutableExistingBenefit.builder()
                                    .kind(ExistingBenefitKind.DIBAO)
                                    .monthlyAmount(Money.ofFen(extraFen))
                                    .build())
                            .build();
                    ChildAllowanceResult r2 =
                            CA.decide(richer, snapshot).result().orElseThrow();
                    if (r.monthlyAmount() != null && r2.monthlyAmount() != null) {
                        assertThat(r2.monthlyAmount()).isLessThanOrEqualTo(r.monthlyAmount());
                    }
                });
    }

    @Test
    void livingAllowance_isTheRatioRoundedUp_neverNegative_andRisesWithTheStandard() {
        Rounding up = Rounding.parse("YUAN:CEILING");
        BigDecimal ratio = new BigDecimal("0.30");
        qt().withExamples(500).forAll(longs().between(0, 1_000_000)).checkAssert(fen -> {
            Money standard = Money.ofFen(fen);
            Money a = DisabilityLivingAllowanceProgram.amount(standard, ratio, up);
            BigDecimal exact = standard.toBigDecimal().multiply(ratio);
            assertThat(a.isNegative()).isFalse();
            assertThat(a.toBigDecimal()).isGreaterThanOrEqualTo(exact);
            assertThat(a.toBigDecimal().subtract(exact)).isLessThan(BigDecimal.ONE);
            assertThat(a.fen() % 100).isZero();
            assertThat(DisabilityLivingAllowanceProgram.amount(Money.ofFen(fen + 1), ratio, up))
                    .isGreaterThanOrEqualTo(a);
        });
        qt().withExamples(200)
                .forAll(
                        SpecialAssistanceGenerators.disabilityLivingAllowanceFacts(),
                        integers().between(0, 1))
                .checkAssert((f, s) -> {
                    assertThat(DL.validate(f, SNAPSHOTS[s])).isEmpty();
                    Decision<?> d = DL.decide(f, SNAPSHOTS[s]);
                    assertThat(d.outcome()).isNotNull();
                });
    }

    @Test
    void careAllowance_neverNegative_andPaysOnlyWhenEligible() {
        qt().withExamples(300)
                .forAll(
                        SpecialAssistanceGenerators.severeDisabilityCareAllowanceFacts(),
                        integers().between(0, 1))
                .checkAssert((f, s) -> {
                    assertThat(DC.validate(f, SNAPSHOTS[s])).isEmpty();
                    Decision<SevereDisabilityCareAllowanceResult> d = DC.decide(f, SNAPSHOTS[s]);
                    Money amount = d.result().orElseThrow().monthlyAmount();
                    if (amount != null) {
                        assertThat(amount.isPositive()).isTrue();
                        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
                    }
                    if (d.outcome() == Outcome.ELIGIBLE) {
                        assertThat(amount).isNotNull();
                    }
                });
    }
}
