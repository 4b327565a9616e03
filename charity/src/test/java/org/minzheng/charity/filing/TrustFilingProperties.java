package org.minzheng.charity.filing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
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
        qt().withExamples(200).forAll(CharityGenerators.filedTrusts(8, 120))
                .checkAssert(t -> {
                    // whatever else holds (documents complete, department right or wrong), lateness excludes
                    Decision<FilingCheckResult> d = FILING.decide(SampleTrusts.completeFiling(t), SNAPSHOT);
                    FilingCheckResult r = d.result().orElseThrow();
                    assertThat(r.onTime()).isFalse();
                    assertThat(r.taxStanding()).isEqualTo(TaxStanding.EXCLUDED_LATE_FILING);
                    assertThat(d.finding(TrustFilingProgram.TAX).orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
                    assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
                });
    }

    @Test
    void taxStanding_isNeverNotExcluded_unlessFiledOnTimeWithTheCompetentDepartment() {
        qt().withExamples(200).forAll(CharityGenerators.filingsWithAnyDocuments()).checkAssert(f -> {
            Decision<FilingCheckResult> d = FILING.decide(f, SNAPSHOT);
            FilingCheckResult r = d.result().orElseThrow();
            long days = ChronoUnit.DAYS.between(f.trust().signingDate(), f.trust().filedOn().orElseThrow());
            if (r.taxStanding() == TaxStanding.NOT_EXCLUDED) {
                assertThat(days).isLessThanOrEqualTo(7);
                assertThat(r.filedWith()).isEqualTo(r.competentAuthority());
            }
            assertThat(r.onTime()).isEqualTo(days <= 7);
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
            LocalDate lastDay = t.signingDate().plusDays(7);
            CharitableTrust onLastDay = ImmutableCharitableTrust.copyOf(t).withFiledOn(lastDay);
            CharitableTrust dayAfter = ImmutableCharitableTrust.copyOf(t).withFiledOn(lastDay.plusDays(1));
            assertThat(FILING.decide(SampleTrusts.completeFiling(onLastDay), SNAPSHOT).result().orElseThrow().onTime())
                    .isTrue();
            assertThat(FILING.decide(SampleTrusts.completeFiling(dayAfter), SNAPSHOT).result().orElseThrow().onTime())
                    .isFalse();
        });
    }

    @Test
    void everyFinding_isADeclaredRuleAndVerdict() {
        qt().withExamples(200).forAll(CharityGenerators.filingsWithAnyDocuments()).checkAssert(f ->
                assertThat(FILING.decide(f, SNAPSHOT).findings()).allSatisfy(x ->
                        assertThat(TrustFilingProgram.RULES.get(x.rule())).contains(x.verdict())));
    }
}
