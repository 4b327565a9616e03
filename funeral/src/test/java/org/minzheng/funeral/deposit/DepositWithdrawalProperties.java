package org.minzheng.funeral.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;

class DepositWithdrawalProperties {

    static final DepositWithdrawalProgram PROGRAM = new DepositWithdrawalProgram();

    @Test
    void theLimitInForce_is10000BeforeJune2024And50000From() {
        qt().withExamples(200).forAll(integers().between(0, 2500)).checkAssert(days -> {
            LocalDate d = LocalDate.of(2021, 2, 4).plusDays(days);
            Money limit = FuneralTestBooks.huzhou(d)
                    .find(FuneralParameters.WITHDRAWAL_LIMIT)
                    .value();
            assertThat(limit)
                    .isEqualTo(d.isBefore(LocalDate.of(2024, 6, 1)) ? Money.ofYuan(10_000) : Money.ofYuan(50_000));
        });
    }

    @Test
    void aLargerBalanceNeverTurnsARefusalIntoAnApproval_andNothingMoreThanHeldIsWithdrawable() {
        qt().withExamples(300)
                .forAll(
                        FuneralGenerators.depositWithdrawalRequests(LocalDate.of(2024, 12, 1)),
                        longs().between(0, 60_000_00L),
                        integers().between(0, 1))
                .checkAssert((r, extraFen, early) -> {
                    LocalDate date = early == 1 ? LocalDate.of(2024, 3, 1) : LocalDate.of(2024, 12, 1);
                    if (r.dateOfDeath().isAfter(date)) {
                        return;
                    }
                    PolicySnapshot s = FuneralTestBooks.huzhou(date);
                    Decision<DepositWithdrawalResult> d = PROGRAM.decide(r, s);
                    DepositWithdrawalRequest more = ImmutableDepositWithdrawalRequest.copyOf(r)
                            .withHoldings(appended(
                                    r,
                                    ImmutableHolding.builder()
                                            .kind(HoldingKind.DEPOSITS)
                                            .balance(Money.ofFen(extraFen))
                                            .build()));
                    Decision<DepositWithdrawalResult> dm = PROGRAM.decide(more, s);
                    if (d.outcome() == Outcome.INELIGIBLE) {
                        assertThat(dm.outcome()).isEqualTo(Outcome.INELIGIBLE);
                    }
                    Money held = r.holdings().stream().map(Holding::balance).reduce(Money.ZERO, Money::plus);
                    DepositWithdrawalResult res = d.result().orElseThrow();
                    assertThat(res.withdrawableWithoutNotarisation().isGreaterThan(held))
                            .isFalse();
                    assertThat(res.withdrawableWithoutNotarisation().isNegative())
                            .isFalse();
                    for (org.minzheng.core.decision.Note n : d.counterfactuals()) {
                        assertThat(((Money) n.facts().get("excess")).isPositive())
                                .as("a counterfactual asks for a real reduction")
                                .isTrue();
                    }
                    if (d.outcome() == Outcome.ELIGIBLE && res.limit() != null) {
                        assertThat(res.countedBalance().isGreaterThan(res.limit()))
                                .isFalse();
                    }
                });
    }

    private static java.util.List<Holding> appended(DepositWithdrawalRequest r, Holding h) {
        java.util.List<Holding> list = new java.util.ArrayList<>(r.holdings());
        list.add(h);
        return list;
    }
}
