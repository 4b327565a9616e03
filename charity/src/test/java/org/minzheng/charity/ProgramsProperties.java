package org.minzheng.charity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.change.ChangeCheckResult;
import org.minzheng.charity.change.RefilingStatus;
import org.minzheng.charity.change.TrustChangeProgram;
import org.minzheng.charity.reporting.AnnualReportProgram;
import org.minzheng.charity.reporting.ReportingResult;
import org.minzheng.charity.testing.CharityGenerators;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;

/** Invariants of the change and reporting programs over generated records. */
class ProgramsProperties {

    static final TrustChangeProgram CHANGE = new TrustChangeProgram();
    static final AnnualReportProgram REPORTS = new AnnualReportProgram();
    static final PolicySnapshot LATE_2030 = CharityTestSupport.huzhou(LocalDate.of(2030, 12, 31));

    @Test
    void changes_recordOnlyDeclaredFindings_andALateRefilingIsNeverInOrder() {
        qt().withExamples(150).forAll(CharityGenerators.trustChanges()).checkAssert(c -> {
            Decision<ChangeCheckResult> d = CHANGE.decide(c, LATE_2030);
            assertThat(d.findings())
                    .allSatisfy(f -> assertThat(CharityTestSupport.declares(CHANGE, f))
                            .as(f.rule() + " " + f.verdict())
                            .isTrue());
            RefilingStatus s = d.result().orElseThrow().status();
            if (s == RefilingStatus.LATE || s == RefilingStatus.OVERDUE) {
                assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            }
            assertThat(Json.pretty(CHANGE.decide(c, LATE_2030))).isEqualTo(Json.pretty(d));
            CharityTestSupport.explainBoth(CHANGE, d);
        });
    }

    @Test
    void reports_recordOnlyDeclaredFindings_andOverdueYearsMakeTheTrustOutOfOrder() {
        qt().withExamples(150).forAll(CharityGenerators.trustReportings()).checkAssert(r -> {
            Decision<ReportingResult> d = REPORTS.decide(r, LATE_2030);
            assertThat(d.findings())
                    .allSatisfy(f -> assertThat(CharityTestSupport.declares(REPORTS, f))
                            .as(f.rule() + " " + f.verdict())
                            .isTrue());
            ReportingResult res = d.result().orElseThrow();
            if (!res.overdueYears().isEmpty()) {
                assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
            }
            assertThat(res.years())
                    .allSatisfy(y -> assertThat(y.year())
                            .isBetween(r.trust().filedOn().orElseThrow().getYear(), 2030));
            CharityTestSupport.explainBoth(REPORTS, d);
        });
    }
}
