package org.minzheng.funeral.deposit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.FuneralParameters;
import org.minzheng.funeral.person.Relation;
import org.minzheng.funeral.testing.FuneralTestBooks;

class DepositWithdrawalProgramTest {

    static final DepositWithdrawalProgram PROGRAM = new DepositWithdrawalProgram();
    static final LocalDate MAY_31 = LocalDate.of(2024, 5, 31);
    static final LocalDate JUNE_1 = LocalDate.of(2024, 6, 1);
    static final LocalDate DEATH = LocalDate.of(2024, 3, 20);

    static PolicySnapshot huzhou(LocalDate d) {
        return FuneralTestBooks.huzhou(d);
    }

    static Holding holding(HoldingKind kind, String amount) {
        return ImmutableHolding.builder()
                .kind(kind)
                .balance(Money.parse(amount))
                .build();
    }

    static ImmutableDepositWithdrawalRequest.Builder request(Relation r, Holding... holdings) {
        return ImmutableDepositWithdrawalRequest.builder()
                .dateOfDeath(DEATH)
                .relation(r)
                .addHoldings(holdings);
    }

    @Test
    void theLimitIs10000On20240531And50000On20240601() {
        DepositWithdrawalRequest r = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "12000.00"))
                .build();
        Decision<DepositWithdrawalResult> before = PROGRAM.decide(r, huzhou(MAY_31));
        Decision<DepositWithdrawalResult> after = PROGRAM.decide(r, huzhou(JUNE_1));
        assertThat(before.result().orElseThrow().limit()).isEqualTo(Money.ofYuan(10_000));
        assertThat(after.result().orElseThrow().limit()).isEqualTo(Money.ofYuan(50_000));
        assertThat(before.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(before.counterfactuals())
                .extracting(Note::code)
                .containsExactly("deposit-withdrawal.counterfactual.over-limit");
        assertThat(before.counterfactuals().get(0).facts()).containsEntry("excess", Money.parse("2000.00"));
        assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(after.result().orElseThrow().withdrawableWithoutNotarisation())
                .isEqualTo(Money.parse("12000.00"));
        assertThat(before.warnings())
                .extracting(Note::code)
                .as("the 2021 notice's effective date is not exact")
                .contains("policy.since-not-exact");
        assertThat(after.finding(DepositWithdrawalProgram.WITHIN_LIMIT.id())
                        .orElseThrow()
                        .sources())
                .extracting(v -> v.citation().instrument())
                .containsExactly("nfra-pboc-small-deposit-2024");
    }

    @Test
    void theLimitItselfIsIncluded() {
        assertThat(PROGRAM.decide(
                                request(
                                                Relation.SPOUSE,
                                                holding(HoldingKind.DEPOSITS, "6000.00"),
                                                holding(HoldingKind.BANK_PRODUCTS, "4000.00"))
                                        .build(),
                                huzhou(MAY_31))
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(
                                request(Relation.SPOUSE, holding(HoldingKind.DEPOSITS, "10000.01"))
                                        .build(),
                                huzhou(MAY_31))
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(PROGRAM.decide(
                                request(Relation.SPOUSE, holding(HoldingKind.DEPOSITS, "50000.00"))
                                        .build(),
                                huzhou(JUNE_1))
                        .outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(
                                request(Relation.SPOUSE, holding(HoldingKind.DEPOSITS, "50000.01"))
                                        .build(),
                                huzhou(JUNE_1))
                        .outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(Relation.class)
    void onlyFirstOrderHeirsAndNotarisedWillBeneficiariesMayWithdraw(Relation relation) {
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(
                request(relation, holding(HoldingKind.DEPOSITS, "800.00")).build(), huzhou(JUNE_1));
        boolean may = relation != Relation.OTHER_HEIR;
        assertThat(d.outcome()).isEqualTo(may ? Outcome.ELIGIBLE : Outcome.INELIGIBLE);
        assertThat(d.finding(DepositWithdrawalProgram.APPLICANT.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(may ? Verdict.MET : Verdict.NOT_MET);
        if (!may) {
            assertThat(d.result().orElseThrow().withdrawableWithoutNotarisation())
                    .isEqualTo(Money.ZERO);
            assertThat(d.finding(DepositWithdrawalProgram.WITHIN_LIMIT.id()))
                    .as("the limit is not read")
                    .isEmpty();
        }
    }

    @Test
    void goldAndBonds_countOnlyFrom20240601() {
        DepositWithdrawalRequest r = request(
                        Relation.PARENT,
                        holding(HoldingKind.DEPOSITS, "3000.00"),
                        holding(HoldingKind.GOLD_ACCUMULATION, "20000.00"),
                        holding(HoldingKind.GOVERNMENT_BONDS, "10000.00"))
                .build();
        DepositWithdrawalResult before =
                PROGRAM.decide(r, huzhou(MAY_31)).result().orElseThrow();
        assertThat(before.countedBalance()).isEqualTo(Money.parse("3000.00"));
        assertThat(before.notCoveredKinds())
                .containsExactly(HoldingKind.GOLD_ACCUMULATION, HoldingKind.GOVERNMENT_BONDS);
        assertThat(before.notCoveredBalance()).isEqualTo(Money.parse("30000.00"));
        DepositWithdrawalResult after =
                PROGRAM.decide(r, huzhou(JUNE_1)).result().orElseThrow();
        assertThat(after.countedBalance()).isEqualTo(Money.parse("33000.00"));
        assertThat(after.notCoveredKinds()).isEmpty();
    }

    @Test
    void funeralGrantsAndSurvivorPensions_areOutsideTheLimitFrom20240601_forFirstOrderHeirs() {
        DepositWithdrawalRequest r = request(
                        Relation.SPOUSE,
                        holding(HoldingKind.DEPOSITS, "49000.00"),
                        holding(HoldingKind.FUNERAL_GRANT, "6000.00"),
                        holding(HoldingKind.SURVIVOR_PENSION, "30000.00"))
                .build();
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(r, huzhou(JUNE_1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().survivorPayments()).isEqualTo(Money.parse("36000.00"));
        assertThat(d.result().orElseThrow().withdrawableWithoutNotarisation()).isEqualTo(Money.parse("85000.00"));
        Decision<DepositWithdrawalResult> will = PROGRAM.decide(
                request(
                                Relation.WILL_HEIR,
                                holding(HoldingKind.DEPOSITS, "49000.00"),
                                holding(HoldingKind.FUNERAL_GRANT, "6000.00"))
                        .build(),
                huzhou(JUNE_1));
        assertThat(will.result().orElseThrow().withdrawableWithoutNotarisation())
                .isEqualTo(Money.parse("49000.00"));
        Decision<DepositWithdrawalResult> early = PROGRAM.decide(r, huzhou(MAY_31));
        assertThat(early.outcome())
                .as("before the 2024 notice the rule was not clear")
                .isEqualTo(Outcome.INELIGIBLE);
        Decision<DepositWithdrawalResult> earlySmall = PROGRAM.decide(
                request(
                                Relation.SPOUSE,
                                holding(HoldingKind.DEPOSITS, "900.00"),
                                holding(HoldingKind.FUNERAL_GRANT, "6000.00"))
                        .build(),
                huzhou(MAY_31));
        assertThat(earlySmall.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(earlySmall.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("deposit-withdrawal.survivor-payments-outside-limit");
    }

    @Test
    void transactionHistory_fromSixMonthsBeforeDeath_forFirstOrderHeirsOnly() {
        DepositWithdrawalResult child = PROGRAM.decide(
                        request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "100.00"))
                                .transactionHistoryRequested(true)
                                .build(),
                        huzhou(JUNE_1))
                .result()
                .orElseThrow();
        assertThat(child.transactionHistoryFrom()).isEqualTo(LocalDate.of(2023, 9, 20));
        Decision<DepositWithdrawalResult> legatee = PROGRAM.decide(
                request(Relation.LEGATEE, holding(HoldingKind.DEPOSITS, "100.00"))
                        .transactionHistoryRequested(true)
                        .build(),
                huzhou(JUNE_1));
        assertThat(legatee.result().orElseThrow().transactionHistoryFrom()).isNull();
        assertThat(legatee.finding(DepositWithdrawalProgram.HISTORY_UNAVAILABLE.id()))
                .isPresent();
        Decision<DepositWithdrawalResult> early = PROGRAM.decide(
                request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "100.00"))
                        .transactionHistoryRequested(true)
                        .build(),
                huzhou(MAY_31));
        assertThat(early.outcome())
                .as("the history window only dates a service besides the withdrawal")
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(early.result().orElseThrow().withdrawableWithoutNotarisation())
                .isEqualTo(Money.parse("100.00"));
        assertThat(early.result().orElseThrow().transactionHistoryFrom()).isNull();
        assertThat(early.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("deposit-withdrawal.history-months-before-death");
            assertThat(m.absentFields()).containsExactly("transactionHistoryFrom");
        });
        assertThat(early.finding(DepositWithdrawalProgram.HISTORY_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
    }

    @Test
    void findingsThatUseAPackValue_carryTheRowThatSetItAsTheirSource() {
        // 2024 notice: "提供已故存款人死亡后以及死亡前6个月内的账户交易明细" — the row's own article
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(
                request(
                                Relation.CHILD,
                                holding(HoldingKind.DEPOSITS, "100.00"),
                                holding(HoldingKind.FUNERAL_GRANT, "5000.00"))
                        .transactionHistoryRequested(true)
                        .build(),
                huzhou(JUNE_1));
        PolicySnapshot s = huzhou(JUNE_1);
        assertThat(d.finding(DepositWithdrawalProgram.HISTORY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.WITHDRAWAL_2024_HISTORY);
        assertThat(d.finding(DepositWithdrawalProgram.HISTORY.id())
                        .orElseThrow()
                        .sources())
                .extracting(ValueSource::citation)
                .containsExactly(
                        s.find(FuneralParameters.WITHDRAWAL_HISTORY_MONTHS).citation());
        assertThat(d.finding(DepositWithdrawalProgram.SURVIVOR.id())
                        .orElseThrow()
                        .sources())
                .extracting(ValueSource::citation)
                .containsExactly(s.find(FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT)
                        .citation());
        assertThat(d.finding(DepositWithdrawalProgram.WITHIN_LIMIT.id())
                        .orElseThrow()
                        .sources())
                .extracting(ValueSource::citation)
                .contains(s.find(FuneralParameters.WITHDRAWAL_LIMIT).citation());
        DepositWithdrawalRequest own = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "28000.00"))
                .bankOwnLimit(Money.parse("30000.00"))
                .build();
        assertThat(PROGRAM.decide(own, huzhou(MAY_31))
                        .finding(DepositWithdrawalProgram.BANK_LIMIT.id())
                        .orElseThrow()
                        .sources())
                .extracting(ValueSource::citation)
                .contains(huzhou(MAY_31)
                        .find(FuneralParameters.WITHDRAWAL_BANK_CEILING)
                        .citation());
    }

    @Test
    void aBanksOwnLimit_appliesWithinTheRangeUntil20240601_andNotAfter() {
        DepositWithdrawalRequest r = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "28000.00"))
                .bankOwnLimit(Money.parse("30000.00"))
                .build();
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(r, huzhou(MAY_31));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().limit()).isEqualTo(Money.parse("30000.00"));
        DepositWithdrawalRequest high = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "60000.00"))
                .bankOwnLimit(Money.parse("80000.00"))
                .build();
        assertThat(PROGRAM.decide(high, huzhou(MAY_31)).result().orElseThrow().limit())
                .isEqualTo(Money.parse("50000.00"));
        DepositWithdrawalRequest low = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "9000.00"))
                .bankOwnLimit(Money.parse("5000.00"))
                .build();
        assertThat(PROGRAM.decide(low, huzhou(MAY_31)).result().orElseThrow().limit())
                .isEqualTo(Money.parse("10000.00"));
        Decision<DepositWithdrawalResult> later = PROGRAM.decide(high, huzhou(JUNE_1));
        assertThat(later.finding(DepositWithdrawalProgram.BANK_LIMIT.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_APPLICABLE);
        assertThat(later.result().orElseThrow().limit()).isEqualTo(Money.parse("50000.00"));
    }

    @Test
    void aRuralBankInItsTransition_sendsATotalAboveTheOldFloorToReview() {
        DepositWithdrawalRequest r = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "30000.00"))
                .ruralSmallOrMediumBank(true)
                .build();
        Decision<DepositWithdrawalResult> review = PROGRAM.decide(r, huzhou(LocalDate.of(2025, 12, 31)));
        assertThat(review.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(review.counterfactuals())
                .as("the total is within the limit: nothing to reduce")
                .isEmpty();
        assertThat(review.result().orElseThrow().withdrawableWithoutNotarisation())
                .isEqualTo(Money.ZERO);
        assertThat(PROGRAM.decide(r, huzhou(LocalDate.of(2026, 1, 1))).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        DepositWithdrawalRequest small = request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "10000.00"))
                .ruralSmallOrMediumBank(true)
                .build();
        assertThat(PROGRAM.decide(small, huzhou(LocalDate.of(2025, 12, 31))).outcome())
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(PROGRAM.decide(small, huzhou(MAY_31)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void beforeThe2021Notice_thereIsNoSimplifiedWithdrawal_andTheDecisionSaysWhichKeyIsMissing() {
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(
                ImmutableDepositWithdrawalRequest.builder()
                        .dateOfDeath(LocalDate.of(2020, 5, 1))
                        .relation(Relation.CHILD)
                        .addHoldings(holding(HoldingKind.DEPOSITS, "500.00"))
                        .build(),
                huzhou(LocalDate.of(2020, 6, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(MissingParameter::key)
                .containsExactly("deposit-withdrawal.scope.deposits", "deposit-withdrawal.limit");
    }

    @Test
    void badFacts_areRejected() {
        DepositWithdrawalRequest bad = ImmutableDepositWithdrawalRequest.builder()
                .dateOfDeath(LocalDate.of(2024, 7, 1))
                .relation(Relation.CHILD)
                .addHoldings(holding(HoldingKind.DEPOSITS, "-1.00"))
                .bankOwnLimit(Money.parse("-5.00"))
                .build();
        assertThatThrownBy(() -> PROGRAM.decide(bad, huzhou(JUNE_1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.bankOwnLimit NonNegativeMoney",
                                        "facts.dateOfDeath date.after-decision",
                                        "facts.holdings[0].balance NonNegativeMoney"));
        assertThatThrownBy(() -> PROGRAM.decide(
                        ImmutableDepositWithdrawalRequest.builder()
                                .dateOfDeath(DEATH)
                                .relation(Relation.CHILD)
                                .build(),
                        huzhou(JUNE_1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void holdingsOfTheSameKind_areAddedUp() {
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(
                request(
                                Relation.CHILD,
                                holding(HoldingKind.DEPOSITS, "6000.00"),
                                holding(HoldingKind.DEPOSITS, "4000.01"))
                        .build(),
                huzhou(MAY_31));
        assertThat(d.result().orElseThrow().countedBalance()).isEqualTo(Money.parse("10000.01"));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(List.copyOf(d.findings()))
                .filteredOn(f -> f.rule().equals(DepositWithdrawalProgram.SCOPE.id()))
                .hasSize(1);
    }

    @Test
    void aPackThatCountsSurvivorPaymentsInTheLimit_addsThemToTheTotal_andTheHeirGetsThemOnlyWithinIt() {
        // 2024 notice: "丧葬费、抚恤金不计入5万元限额" — a row saying the opposite (a fixture, not policy) must put them back
        // into the total the limit is compared with
        String yaml = "pack: survivor-inside-fixture\n"
                + "instruments:\n"
                + "  - {id: fixture-survivor-inside, title: 测试夹具, titleEn: Test fixture, issuer: 测试, rank: ILLUSTRATIVE}\n"
                + "values:\n"
                + "  - {key: deposit-withdrawal.survivor-payments-outside-limit, region: \"330500\", since: 2024-06-01, value: \"false\","
                + " unit: flag, grade: ILLUSTRATIVE, citation: {instrument: fixture-survivor-inside}}\n";
        PolicySnapshot s = org.minzheng.core.policy.PolicyBook.builderWithDefaults()
                .addOverlay(org.minzheng.core.policy.PolicySource.ofText("survivor-inside", yaml))
                .build()
                .snapshot(FuneralTestBooks.HUZHOU, JUNE_1);
        Decision<DepositWithdrawalResult> d = PROGRAM.decide(
                request(
                                Relation.SPOUSE,
                                holding(HoldingKind.DEPOSITS, "45000.00"),
                                holding(HoldingKind.FUNERAL_GRANT, "8000.00"))
                        .build(),
                s);
        assertThat(d.result().orElseThrow().countedBalance()).isEqualTo(Money.parse("53000.00"));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().withdrawableWithoutNotarisation()).isEqualTo(Money.ZERO);
    }

    @Test
    void anUnconfiguredKind_citesTheNoticeThatBroughtItIn_2021ForBankProducts_2024ForGold() {
        // 2021: "提取已故存款人账户内存款及该行发行的非存款类金融产品"; 2024: "将黄金积存产品以及国债、理财产品纳入简化提取范围"
        PolicySnapshot gaps =
                FuneralTestBooks.gaps().snapshot(org.minzheng.core.region.RegionCode.of("330502"), JUNE_1);
        Decision<DepositWithdrawalResult> bank = PROGRAM.decide(
                request(Relation.CHILD, holding(HoldingKind.BANK_PRODUCTS, "100.00"))
                        .build(),
                gaps);
        assertThat(bank.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(bank.finding(DepositWithdrawalProgram.SCOPE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.funeral.FuneralCitations.WITHDRAWAL_2021);
        Decision<DepositWithdrawalResult> gold = PROGRAM.decide(
                request(Relation.CHILD, holding(HoldingKind.GOLD_ACCUMULATION, "100.00"))
                        .build(),
                gaps);
        assertThat(gold.finding(DepositWithdrawalProgram.SCOPE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.funeral.FuneralCitations.WITHDRAWAL_2024_SCOPE);
        Decision<DepositWithdrawalResult> deposits = PROGRAM.decide(
                request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "100.00")).build(), gaps);
        assertThat(deposits.finding(DepositWithdrawalProgram.SCOPE.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.MET);
    }

    @Test
    void theProgramListsEveryKeyItReads_andEachHoldingsKeyIsThePacksSpelling() {
        assertThat(new DepositWithdrawalProgram().parameters())
                .containsAll(FuneralParameters.WITHDRAWAL_SCOPE.values())
                .contains(
                        FuneralParameters.WITHDRAWAL_LIMIT,
                        FuneralParameters.WITHDRAWAL_HISTORY_MONTHS,
                        FuneralParameters.WITHDRAWAL_SURVIVOR_OUTSIDE_LIMIT,
                        FuneralParameters.WITHDRAWAL_RURAL_FLOOR);
        assertThat(HoldingKind.GOLD_ACCUMULATION.keyName()).isEqualTo("gold-accumulation");
        assertThat(HoldingKind.DISTRIBUTED_WEALTH_PRODUCTS.keyName()).isEqualTo("distributed-wealth-products");
    }

    @Test
    void aBanksOwnLimit_isOptionalOnTheRequest() {
        assertThat(request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "1.00"))
                        .build()
                        .bankOwnLimit())
                .isEmpty();
        assertThat(request(Relation.CHILD, holding(HoldingKind.DEPOSITS, "1.00"))
                        .bankOwnLimit(Money.ofYuan(30_000))
                        .build()
                        .bankOwnLimit())
                .contains(Money.ofYuan(30_000));
    }
}
