package org.minzheng.funeral.estate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.funeral.person.MaskedId;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class EstateQueryProperties {

    static final EstateQueryProgram PROGRAM = new EstateQueryProgram();
    static final LocalDate DATE = LocalDate.of(2024, 12, 1);
    static final List<PolicySnapshot> SNAPSHOTS = List.of(
            FuneralTestBooks.huzhou(DATE),
            FuneralTestBooks.huzhouFixture(DATE),
            FuneralTestBooks.illustrative().snapshot(FuneralTestBooks.HUZHOU, DATE));

    @Test
    void aGrantIsIssuedOnlyWithEveryRequiredDocument_andOnlyWhenEligible() {
        qt().withExamples(300)
                .forAll(FuneralGenerators.estateQueryApplications(DATE), Generate.pick(SNAPSHOTS))
                .checkAssert((a, s) -> {
                    Decision<EstateQueryResult> d = PROGRAM.decide(a, s);
                    EstateQueryResult r = d.result().orElseThrow();
                    EvidenceRoute route = EvidenceRoute.of(a.applicant().relation());
                    boolean complete = a.evidence().containsAll(route.required());
                    if (!complete) {
                        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
                        assertThat(r.grant()).isNull();
                        assertThat(r.refusal().missingEvidence())
                                .containsExactlyElementsOf(route.missing(a.evidence()));
                    }
                    assertThat(r.grant() != null).isEqualTo(d.outcome() == Outcome.ELIGIBLE);
                    assertThat(r.refusal() != null).isEqualTo(d.outcome() == Outcome.INELIGIBLE);
                    assertThat(d.missingParameters().stream().anyMatch(m -> m.blocksOutcome()))
                            .isEqualTo(d.outcome() == Outcome.UNDETERMINED);
                });
    }

    @Test
    void aGrantCoversOnlyAskedKindsTheRegionCovers_fromTheDecisionDate_withMaskedIdsOnly() {
        qt().withExamples(300)
                .forAll(FuneralGenerators.estateQueryApplications(DATE), Generate.pick(SNAPSHOTS))
                .checkAssert((a, s) -> {
                    EstateQueryGrant g =
                            PROGRAM.decide(a, s).result().orElseThrow().grant();
                    if (g == null) {
                        return;
                    }
                    assertThat(a.assetKinds()).containsAll(g.scope().kinds());
                    for (AssetKind k : g.scope().kinds()) {
                        assertThat(s.find(org.minzheng.funeral.FuneralParameters.ESTATE_QUERY_SCOPE.get(k))
                                        .value())
                                .isTrue();
                    }
                    assertThat(g.scope().institutions()).containsExactlyElementsOf(a.institutions());
                    assertThat(g.issuedOn()).isEqualTo(DATE);
                    var days = s.find(org.minzheng.funeral.FuneralParameters.ESTATE_QUERY_VALIDITY_DAYS);
                    if (days == null) {
                        assertThat(g.validityPeriod()).isEmpty();
                    } else {
                        assertThat(g.validity().start()).isEqualTo(DATE);
                        assertThat(g.validity().lengthInDays()).contains((long) days.value());
                    }
                    assertThat(g.deceased()).isEqualTo(MaskedId.of(a.deceased().idNumber()));
                    assertThat(g.grantee()).isEqualTo(MaskedId.of(a.applicant().idNumber()));
                    assertThat(g.toString())
                            .doesNotContain(
                                    a.deceased().idNumber().value(),
                                    a.applicant().idNumber().value());
                });
    }

    @Test
    void addingADocumentNeverTurnsAGrantIntoARefusal() {
        Gen<Evidence> extra = Generate.enumValues(Evidence.class);
        qt().withExamples(200)
                .forAll(FuneralGenerators.estateQueryApplications(DATE), extra, Generate.pick(SNAPSHOTS))
                .checkAssert((a, e, s) -> {
                    EnumSet<Evidence> more =
                            a.evidence().isEmpty() ? EnumSet.noneOf(Evidence.class) : EnumSet.copyOf(a.evidence());
                    more.add(e);
                    Outcome before = PROGRAM.decide(a, s).outcome();
                    Outcome after = PROGRAM.decide(
                                    ImmutableEstateQueryApplication.copyOf(a).withEvidence(more), s)
                            .outcome();
                    if (before == Outcome.ELIGIBLE) {
                        assertThat(after).isEqualTo(Outcome.ELIGIBLE);
                    }
                });
    }

    @Test
    void disclosure_neverLeavesTheGrantsScopeOrDates_andMissesNothingWithinThem() {
        LocalDate from = LocalDate.of(2024, 1, 1);
        Gen<List<AssetRecord>> answers = org.quicktheories.generators.SourceDSL.lists()
                .of(FuneralGenerators.assetRecords(FuneralGenerators.INSTITUTIONS, from))
                .ofSizeBetween(0, 12);
        Gen<LocalDate> dates = org.quicktheories.generators.SourceDSL.integers()
                .between(-10, 520)
                .map(from::plusDays);
        qt().withExamples(500)
                .forAll(FuneralGenerators.grants(from), answers, dates)
                .checkAssert((g, records, on) -> {
                    List<AssetRecord> shown = g.disclosable(records, on);
                    for (AssetRecord r : shown) {
                        assertThat(g.validity().contains(on)).isTrue();
                        assertThat(g.scope().institutions()).contains(r.institution());
                        assertThat(g.scope().kinds()).contains(r.kind());
                        assertThat(g.permits(r, on)).isTrue();
                    }
                    long expected =
                            records.stream().filter(r -> g.permits(r, on)).count();
                    assertThat(shown).hasSize((int) expected);
                    if (!g.isValidOn(on)) {
                        assertThat(shown).isEmpty();
                    }
                });
    }

    @Test
    void assetRecords_holdABalanceOrAReferral_neverANegativeBalance() {
        LocalDate d = LocalDate.of(2024, 12, 1);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new AssetRecord("湖州银行", AssetKind.DEPOSITS, null, d, false))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> new AssetRecord("湖州银行", AssetKind.DEPOSITS, Money.ZERO, d, true))
                .isInstanceOf(IllegalArgumentException.class);
        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> AssetRecord.balance("湖州银行", AssetKind.DEPOSITS, Money.ofFen(-1), d))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(AssetRecord.referral("湖州银行", AssetKind.BANK_PRODUCTS, d).balance())
                .isNull();
    }
}
