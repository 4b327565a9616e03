package org.minzheng.funeral.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.funeral.audit.AuditLog;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryGrant;
import org.minzheng.funeral.estate.Evidence;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

class CaseDisclosureProperties {

    static final LocalDate DATE = LocalDate.of(2024, 12, 1);
    static final PolicySnapshot FIXTURE = FuneralTestBooks.huzhouFixture(DATE);

    /** A step after the answers: a view by some role some days later, or a revocation or closure. */
    record Step(Role role, int daysLater, int kind) {}

    @Test
    void noViewEverDisclosesARecordOutsideTheGrantsScopeOrDates_andTheTrailVerifies() {
        Gen<java.util.Set<AssetKind>> kinds = FuneralGenerators.subsets(AssetKind.class)
                .map(s -> {
                    EnumSet<AssetKind> k = EnumSet.of(AssetKind.DEPOSITS);
                    k.addAll(s);
                    k.remove(AssetKind.REAL_ESTATE);
                    return (java.util.Set<AssetKind>) k;
                });
        Gen<List<AssetRecord>> answers = lists().of(
                        FuneralGenerators.assetRecords(FuneralGenerators.INSTITUTIONS, DATE))
                .ofSizeBetween(0, 10);
        Gen<List<Step>> steps = lists().of(Generate.enumValues(Role.class)
                        .zip(integers().between(0, 20), integers().between(0, 9), Step::new))
                .ofSizeBetween(1, 8);
        qt().withExamples(150)
                .forAll(
                        FuneralGenerators.estateQueryApplications(
                                DATE,
                                Generate.constant(EnumSet.of(
                                        Evidence.DEATH_CERTIFICATE,
                                        Evidence.RELATIONSHIP_PROOF,
                                        Evidence.NOTARISED_WILL,
                                        Evidence.NOTARY_QUERY_LETTER,
                                        Evidence.OWN_ID)),
                                kinds),
                        answers,
                        steps)
                .checkAssert((app, records, plan) -> {
                    EstateQueryCase c =
                            EstateQueryCase.submit("P-1", app, app.deceased().dateOfDeath());
                    c.verify(FIXTURE);
                    EstateQueryGrant g = c.grant(FIXTURE);
                    c.dispatch(DATE);
                    c.answer(records, DATE);
                    LocalDate on = DATE;
                    for (Step s : plan) {
                        on = on.plusDays(s.daysLater());
                        if (s.kind() == 0 && !c.state().isFinal()) {
                            c.revoke(on, RevocationReason.OTHER);
                        } else if (s.kind() == 1 && c.state() == CaseState.ANSWERED) {
                            c.close(on);
                        }
                        CaseView v = c.view(s.role(), on);
                        if (v.records() != null) {
                            for (AssetRecord r : v.records()) {
                                assertThat(g.validity().contains(on)).isTrue();
                                assertThat(g.scope().covers(r.institution(), r.kind()))
                                        .isTrue();
                                assertThat(c.state()).isIn(CaseState.ANSWERED, CaseState.CLOSED);
                            }
                        }
                        if (v.disclosableCount() != null) {
                            assertThat(v.disclosableCount() + v.withheldCount()).isEqualTo(records.size());
                        }
                    }
                    assertThat(AuditLog.verify(c.auditTrail(), c.auditAnchor()).valid())
                            .isTrue();
                });
    }
}
