package org.minzheng.funeral.services;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.region.RegionCode;
import org.minzheng.funeral.FuneralCitations;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;

class BasicFuneralServicesProgramTest {

    static final BasicFuneralServicesProgram PROGRAM = new BasicFuneralServicesProgram();
    static final LocalDate AUG_1 = LocalDate.of(2023, 8, 1);

    static BasicFuneralServicesRequest req(String hukou, LocalDate death, FuneralServiceItem... used) {
        return ImmutableBasicFuneralServicesRequest.builder()
                .hukouRegion(RegionCode.of(hukou))
                .dateOfDeath(death)
                .itemsUsed(used.length == 0 ? EnumSet.noneOf(FuneralServiceItem.class) : EnumSet.of(used[0], used))
                .build();
    }

    @Test
    void hangzhou2023_zhejiangHukou_sixFreeItems_unusedNotPaidInCash() {
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req(
                        "330502",
                        AUG_1,
                        FuneralServiceItem.BODY_TRANSPORT,
                        FuneralServiceItem.CREMATION,
                        FuneralServiceItem.URN),
                FuneralTestBooks.official().snapshot(FuneralTestBooks.HANGZHOU, AUG_1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        BasicFuneralServicesResult r = d.result().orElseThrow();
        assertThat(r.beneficiaryScope()).isEqualTo(BeneficiaryScope.PROVINCE_HUKOU);
        assertThat(r.freeItems()).containsExactly(FuneralServiceItem.values());
        assertThat(r.freeItemsUsed())
                .containsExactly(
                        FuneralServiceItem.BODY_TRANSPORT, FuneralServiceItem.CREMATION, FuneralServiceItem.URN);
        assertThat(r.chargedItems()).isEmpty();
        assertThat(r.unusedFreeItems())
                .containsExactly(
                        FuneralServiceItem.BODY_STORAGE,
                        FuneralServiceItem.ASH_STORAGE,
                        FuneralServiceItem.FAREWELL_ROOM);
        assertThat(r.unusedPaidInCash()).isFalse();
    }

    @Test
    void hangzhou_theDayBefore_isUndetermined() {
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req("330106", LocalDate.of(2023, 7, 30)),
                FuneralTestBooks.official().snapshot(FuneralTestBooks.HANGZHOU, AUG_1.minusDays(1)));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
    }

    @Test
    void hangzhou_hukouOutsideZhejiang_isNotABeneficiary() {
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req("320102", AUG_1, FuneralServiceItem.CREMATION),
                FuneralTestBooks.official().snapshot(FuneralTestBooks.HANGZHOU, AUG_1));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().chargedItems()).containsExactly(FuneralServiceItem.CREMATION);
        assertThat(d.missingParameters()).isEmpty();
    }

    @Test
    void huzhou_listNotFound_isUndetermined() {
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req("330502", LocalDate.of(2024, 11, 30)), FuneralTestBooks.huzhou(LocalDate.of(2024, 12, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(m -> m.key()).containsExactly("basic-funeral.beneficiary-scope");
    }

    @Test
    void huzhou_undeterminedFindings_citeTheNationalBasis_notTheHangzhouReport() {
        // 2023 意见 四（五）: "……可根据当地救助政策给予……殡葬费用减免"; 2020 意见 二（三）13: "做好身故困难群众基本殡葬服务，为其减免相关费用"
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req("330502", LocalDate.of(2024, 11, 30)), FuneralTestBooks.huzhou(LocalDate.of(2024, 12, 1)));
        assertThat(d.finding(BasicFuneralServicesProgram.BENEFICIARY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.LOW_INCOME_2023_FUNERAL);
        Decision<BasicFuneralServicesResult> items = PROGRAM.decide(
                req("330502", LocalDate.of(2024, 11, 30)),
                FuneralTestBooks.gaps().snapshot(RegionCode.of("330502"), LocalDate.of(2024, 12, 1)));
        assertThat(items.findings())
                .filteredOn(f -> f.rule().equals(BasicFuneralServicesProgram.ITEM.id()))
                .isNotEmpty()
                .allSatisfy(f -> {
                    assertThat(f.verdict()).isEqualTo(Verdict.UNDETERMINED);
                    assertThat(f.citation()).isEqualTo(FuneralCitations.REFORM_2020_FUNERAL);
                });
        assertThat(PROGRAM.citations())
                .containsExactly(FuneralCitations.LOW_INCOME_2023_FUNERAL, FuneralCitations.REFORM_2020_FUNERAL);
        // where the Hangzhou report sets a value, the finding cites the national basis and carries that row as its
        // source
        Decision<BasicFuneralServicesResult> hangzhou = PROGRAM.decide(
                req("330502", AUG_1), FuneralTestBooks.official().snapshot(FuneralTestBooks.HANGZHOU, AUG_1));
        assertThat(hangzhou.finding(BasicFuneralServicesProgram.BENEFICIARY.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(FuneralCitations.LOW_INCOME_2023_FUNERAL);
        assertThat(hangzhou.finding(BasicFuneralServicesProgram.BENEFICIARY.id())
                        .orElseThrow()
                        .sources())
                .extracting(ValueSource::citation)
                .containsExactly(
                        org.minzheng.core.citation.Citation.of(FuneralCitations.HANGZHOU_FREE_FUNERAL_2023, "浙江户籍逝者"));
    }

    @Test
    void itemsConfigured_cashRuleMissing_isEligible_withOnlyTheCashDetailAbsent() {
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req("330503", LocalDate.of(2024, 11, 30), FuneralServiceItem.CREMATION),
                FuneralTestBooks.gaps().snapshot(RegionCode.of("330503"), LocalDate.of(2024, 12, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().freeItemsUsed()).containsExactly(FuneralServiceItem.CREMATION);
        assertThat(d.result().orElseThrow().unusedPaidInCash()).isNull();
        assertThat(d.missingParameters()).singleElement().satisfies(m -> {
            assertThat(m.key()).isEqualTo("basic-funeral.unused-paid-in-cash");
            assertThat(m.absentFields()).containsExactly("unusedPaidInCash");
        });
        assertThat(d.finding(BasicFuneralServicesProgram.UNUSED_CASH_NOT_CONFIGURED.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
    }

    @Test
    void prefectureScope_andItemsThatAreNotFree() {
        Decision<BasicFuneralServicesResult> d = PROGRAM.decide(
                req(
                        "330523",
                        LocalDate.of(2024, 11, 30),
                        FuneralServiceItem.FAREWELL_ROOM,
                        FuneralServiceItem.CREMATION),
                FuneralTestBooks.huzhouFixture(LocalDate.of(2024, 12, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().chargedItems()).containsExactly(FuneralServiceItem.FAREWELL_ROOM);
        assertThat(d.result().orElseThrow().freeItemsUsed()).containsExactly(FuneralServiceItem.CREMATION);
        Decision<BasicFuneralServicesResult> hangzhouHukou = PROGRAM.decide(
                req("330106", LocalDate.of(2024, 11, 30)), FuneralTestBooks.huzhouFixture(LocalDate.of(2024, 12, 1)));
        assertThat(hangzhouHukou.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void scopes_compareTheRightLevel() {
        assertThat(BasicFuneralServicesProgram.within(
                        BeneficiaryScope.PROVINCE_HUKOU, RegionCode.of("330502"), RegionCode.of("330100")))
                .isTrue();
        assertThat(BasicFuneralServicesProgram.within(
                        BeneficiaryScope.PROVINCE_HUKOU, RegionCode.of("320102"), RegionCode.of("330100")))
                .isFalse();
        assertThat(BasicFuneralServicesProgram.within(
                        BeneficiaryScope.PREFECTURE_HUKOU, RegionCode.of("330523"), RegionCode.of("330500")))
                .isTrue();
        assertThat(BasicFuneralServicesProgram.within(
                        BeneficiaryScope.PREFECTURE_HUKOU, RegionCode.of("330000"), RegionCode.of("330500")))
                .isFalse();
        assertThat(BasicFuneralServicesProgram.within(
                        BeneficiaryScope.ALL_RESIDENTS, RegionCode.of("110105"), RegionCode.of("330500")))
                .isTrue();
    }

    @Test
    void usedItemsAreEitherFreeOrCharged_andNothingIsPaidInCash() {
        LocalDate date = LocalDate.of(2024, 12, 1);
        qt().withExamples(200)
                .forAll(FuneralGenerators.basicFuneralServicesRequests(date))
                .checkAssert(r -> {
                    for (var s : java.util.List.of(
                            FuneralTestBooks.huzhouFixture(date),
                            FuneralTestBooks.official().snapshot(FuneralTestBooks.HANGZHOU, date))) {
                        BasicFuneralServicesResult res =
                                PROGRAM.decide(r, s).result().orElseThrow();
                        assertThat(res.freeItemsUsed().size()
                                        + res.chargedItems().size())
                                .isEqualTo(r.itemsUsed().size());
                        assertThat(res.freeItems())
                                .containsAll(res.freeItemsUsed())
                                .containsAll(res.unusedFreeItems());
                        assertThat(res.unusedPaidInCash()).isNotEqualTo(Boolean.TRUE);
                    }
                });
    }

    @Test
    void theProgramListsEveryKeyItReads_andEachItemsKeyIsThePacksSpelling() {
        assertThat(new BasicFuneralServicesProgram().parameters())
                .containsAll(org.minzheng.funeral.FuneralParameters.FREE_ITEM.values())
                .contains(
                        org.minzheng.funeral.FuneralParameters.FREE_BENEFICIARY_SCOPE,
                        org.minzheng.funeral.FuneralParameters.FREE_UNUSED_PAID_IN_CASH);
        assertThat(FuneralServiceItem.FAREWELL_ROOM.keyName()).isEqualTo("farewell-room");
        assertThat(FuneralServiceItem.ASH_STORAGE.keyName()).isEqualTo("ash-storage");
    }
}
