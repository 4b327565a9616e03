package org.minzheng.charity.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.CharityTestSupport;
import org.minzheng.charity.testing.CharityGenerators;
import org.minzheng.charity.testing.SampleTrusts;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.ImmutableCharitableTrust;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicySnapshot;

class TrustFilingProperties {

    static final TrustFilingProgram FILING = new TrustFilingProgram();
    /** After every generated filing date. */
    static final PolicySnapshot SNAPSHOT = CharityTestSupport.huzhou(LocalDate.of(2026, 6, 30));

    @Test
    void aLateFiling_isNeverTaxEligible() {
        // 20 days or more after signing is late whatever the holidays: the longest run of rest days a
        // seven-day period can end in (a Spring Festival or National Day break with its weekends) is
        // shorter than 13 days
        qt().withExamples(200).forAll(CharityGenerators.filedTrusts(20, 120)).checkAssert(t -> {
            // whatever else holds (documents complete, department right or wrong), lateness excludes
            Decision<FilingCheckResult> d = FILING.decide(SampleTrusts.completeFiling(t), SNAPSHOT);
            FilingCheckResult r = d.result().orElseThrow();
            assertThat(r.onTime()).isFalse();
            assertThat(r.taxStanding()).isEqualTo(TaxStanding.EXCLUDED_LATE_FILING);
            assertThat(d.finding(TrustFilingProgram.TAX.id()).orElseThrow().verdict())
                    .isEqualTo(Verdict.NOT_MET);
            assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        });
    }

    @Test
    void taxStanding_isNeverNotExcluded_unlessFiledOnTimeWithTheCompetentDepartment() {
        qt().withExamples(200)
                .forAll(CharityGenerators.filingsWithAnyDocuments())
                .checkAssert(f -> {
                    Decision<FilingCheckResult> d = FILING.decide(f, SNAPSHOT);
                    FilingCheckResult r = d.result().orElseThrow();
                    LocalDate filed = f.trust().filedOn().orElseThrow();
                    if (r.taxStanding() == TaxStanding.NOT_EXCLUDED) {
                        assertThat(filed).isBeforeOrEqualTo(r.lastDayToFile());
                        assertThat(r.filedWith()).isEqualTo(r.competentAuthority());
                    }
                    // 民法典 Arts. 201-203: seven days from the day after signing, never shortened, moved only past rest
                    // days
                    assertThat(r.nominalLastDay())
                            .isEqualTo(f.trust().signingDate().plusDays(7));
                    assertThat(r.lastDayToFile()).isAfterOrEqualTo(r.nominalLastDay());
                    assertThat(r.onTime()).isEqualTo(!filed.isAfter(r.lastDayToFile()));
                });
    }

    @Test
    void anOnTimeCompleteFilingWithTheCompetentDepartment_isInOrder() {
        qt().withExamples(200).forAll(CharityGenerators.filedTrusts(0, 7)).checkAssert(t -> {
            Decision<FilingCheckResult> d = FILING.decide(SampleTrusts.completeFiling(t), SNAPSHOT);
            assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
            assertThat(d.result().orElseThrow().taxStanding()).isEqualTo(TaxStanding.NOT_EXCLUDED);
        });
    }

    @Test
    void theLastDay_isInTime_andTheDayAfterIsNot() {
        qt().withExamples(200).forAll(CharityGenerators.filedTrusts(0, 0)).checkAssert(t -> {
            LocalDate lastDay = FILING.decide(SampleTrusts.completeFiling(t), SNAPSHOT)
                    .result()
                    .orElseThrow()
                    .lastDayToFile();
            CharitableTrust onLastDay = ImmutableCharitableTrust.copyOf(t).withFiledOn(lastDay);
            CharitableTrust dayAfter = ImmutableCharitableTrust.copyOf(t).withFiledOn(lastDay.plusDays(1));
            assertThat(FILING.decide(SampleTrusts.completeFiling(onLastDay), SNAPSHOT)
                            .result()
                            .orElseThrow()
                            .onTime())
                    .isTrue();
            assertThat(FILING.decide(SampleTrusts.completeFiling(dayAfter), SNAPSHOT)
                            .result()
                            .orElseThrow()
                            .onTime())
                    .isFalse();
        });
    }

    @Test
    void everyFinding_isADeclaredRuleAndVerdict() {
        qt().withExamples(200)
                .forAll(CharityGenerators.filingsWithAnyDocuments())
                .checkAssert(f -> assertThat(FILING.decide(f, SNAPSHOT).findings())
                        .allSatisfy(x -> assertThat(CharityTestSupport.declares(FILING, x))
                                .as(x.rule() + " " + x.verdict())
                                .isTrue()));
    }
}
