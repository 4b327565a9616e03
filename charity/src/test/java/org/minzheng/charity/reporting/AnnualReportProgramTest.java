package org.minzheng.charity.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.charity.CharityTestSupport.explainBoth;
import static org.minzheng.charity.CharityTestSupport.huzhou;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.testing.SampleTrusts;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.Confidence;
import org.minzheng.charity.trust.ImmutableParty;
import org.minzheng.charity.trust.PartyKind;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;

class AnnualReportProgramTest {

    static final AnnualReportProgram REPORTS = new AnnualReportProgram();
    static final CharitableTrust TRUST = SampleTrusts.cashTrust(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 15))
            .build();

    static ImmutableTrustReporting.Builder reporting(AnnualReport... reports) {
        return ImmutableTrustReporting.builder().trust(TRUST).addReports(reports);
    }

    static AnnualReport published(int year, int month, int day) {
        LocalDate d = LocalDate.of(year, month, day);
        return AnnualReport.of(d, d.plusDays(3));
    }

    static Decision<ReportingResult> decide(TrustReporting r, LocalDate asOf) {
        return REPORTS.decide(r, huzhou(asOf));
    }

    @Test
    void art49_aReportEachYear_published_isInOrder_andThePartialFilingYearIsNotAssessed() {
        Decision<ReportingResult> d = decide(reporting(published(2023, 3, 1), published(2024, 3, 1)).build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.years()).containsExactly(new YearStatus(2022, 0, DutyStatus.NOT_ASSESSED),
                new YearStatus(2023, 1, DutyStatus.DONE), new YearStatus(2024, 1, DutyStatus.DONE));
        assertThat(r.overdueYears()).isEmpty();
        assertThat(r.nextReportDue()).isNull();
        assertThat(r.minReportsPerYear()).isEqualTo(1);
        assertThat(d.findings()).filteredOn(f -> f.rule().equals(AnnualReportProgram.DISCLOSURE))
                .hasSize(2).allMatch(f -> f.verdict() == Verdict.MET);
        explainBoth(REPORTS, d);
    }

    @Test
    void art49_aYearWithoutAReport_isOverdueOnceItHasEnded() {
        Decision<ReportingResult> d = decide(reporting(published(2024, 3, 1)).build(), LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().overdueYears()).containsExactly(2023);
        assertThat(d.counterfactuals()).singleElement().satisfies(n -> assertThat(n.facts())
                .containsEntry("years", List.of(2023)));
        explainBoth(REPORTS, d);
    }

    @Test
    void art49_theCurrentYearsReport_isDueUntil31December() {
        Decision<ReportingResult> d = decide(reporting(published(2023, 3, 1)).build(), LocalDate.of(2024, 12, 31));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().nextReportDue()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.result().orElseThrow().years()).last().isEqualTo(new YearStatus(2024, 0, DutyStatus.DUE));
        Decision<ReportingResult> nextYear = decide(reporting(published(2023, 3, 1)).build(), LocalDate.of(2025, 1, 1));
        assertThat(nextYear.result().orElseThrow().overdueYears()).containsExactly(2024);
    }

    @Test
    void aTrustFiledOnTheFirstOfJanuary_owesAReportForThatYear() {
        CharitableTrust jan = SampleTrusts.cashTrust(LocalDate.of(2022, 12, 28), LocalDate.of(2023, 1, 1)).build();
        Decision<ReportingResult> d = decide(ImmutableTrustReporting.builder().trust(jan).build(), LocalDate.of(2024, 2, 1));
        assertThat(d.result().orElseThrow().overdueYears()).containsExactly(2023);
    }

    @Test
    void anUnpublishedReport_isUndetermined_becauseNoSourceGivesAPublicationDeadline() {
        Decision<ReportingResult> d = decide(reporting(published(2023, 3, 1), AnnualReport.of(LocalDate.of(2024, 3, 1), null))
                .build(), LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(m -> m.key())
                .containsExactly(CharityParameters.REPORT_PUBLICATION_DAYS.name());
        assertThat(d.result().orElseThrow().unpublishedReports()).isEqualTo(1);
        explainBoth(REPORTS, d);
    }

    @Test
    void withTheIllustrativeOverlay_anUnpublishedReportBecomesOverdue() {
        PolicyBook book = PolicyBook.builderWithDefaults().addOverlay(PolicySource.of(Path.of(
                "../examples/src/main/resources/org/minzheng/examples/illustrative/charity.yaml"))).build();
        TrustReporting r = reporting(published(2023, 3, 1), AnnualReport.of(LocalDate.of(2024, 3, 1), null)).build();
        Decision<ReportingResult> d = REPORTS.decide(r, book.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.usedIllustrativeValues()).isTrue();
        assertThat(d.warnings()).extracting(n -> n.code()).contains("policy.illustrative-value");
        Decision<ReportingResult> early = REPORTS.decide(r, book.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 3, 5)));
        assertThat(early.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void termination_reportedWithinFifteenDays_withMediumConfidence() {
        Termination term = ImmutableTermination.builder().terminatedOn(LocalDate.of(2024, 10, 1))
                .reportedOn(LocalDate.of(2024, 10, 16))
                .clearingReport(ImmutableClearingReport.builder().submittedOn(LocalDate.of(2024, 11, 1))
                        .publishedOn(LocalDate.of(2024, 11, 5)).build())
                .build();
        Decision<ReportingResult> d = decide(reporting(published(2023, 3, 1), published(2024, 3, 1)).termination(term)
                .build(), LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.terminationReportDue()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(r.terminationReport()).isEqualTo(DutyStatus.DONE);
        assertThat(r.clearingReport()).isEqualTo(DutyStatus.DONE);
        assertThat(r.terminationConfidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(d.finding(AnnualReportProgram.TERMINATION).orElseThrow().facts())
                .containsEntry("confidence", Confidence.MEDIUM);
        assertThat(d.warnings()).extracting(n -> n.code())
                .containsExactly("charity-trust-annual-report.warning.termination-confidence");
        explainBoth(REPORTS, d);

        Termination late = ImmutableTermination.copyOf(term).withReportedOn(LocalDate.of(2024, 10, 17));
        Decision<ReportingResult> l = decide(reporting(published(2023, 3, 1), published(2024, 3, 1)).termination(late)
                .build(), LocalDate.of(2024, 12, 1));
        assertThat(l.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(l.result().orElseThrow().terminationReport()).isEqualTo(DutyStatus.DONE_LATE);
    }

    @Test
    void termination_theYearsAfterItOweNoReport_andNoClearingReportIsUndetermined() {
        Termination term = ImmutableTermination.builder().terminatedOn(LocalDate.of(2023, 6, 1)).build();
        Decision<ReportingResult> d = decide(reporting().termination(term).build(), LocalDate.of(2025, 5, 1));
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.years()).extracting(YearStatus::year).containsExactly(2022, 2023);
        assertThat(r.years()).extracting(YearStatus::status).containsExactly(DutyStatus.NOT_ASSESSED, DutyStatus.NOT_ASSESSED);
        assertThat(r.terminationReport()).isEqualTo(DutyStatus.OVERDUE);
        assertThat(r.clearingReport()).isEqualTo(DutyStatus.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(m -> m.key())
                .containsExactly(CharityParameters.CLEARING_REPORT_DAYS.name());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(REPORTS, d);
    }

    @Test
    void theSupervisor_mustApproveTheClearingReport() {
        CharitableTrust supervised = SampleTrusts.cashTrust(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 15))
                .supervisor(ImmutableParty.builder().kind(PartyKind.ORGANISATION).name("示例律师事务所").build()).build();
        Termination term = ImmutableTermination.builder().terminatedOn(LocalDate.of(2024, 10, 1))
                .reportedOn(LocalDate.of(2024, 10, 10))
                .clearingReport(ImmutableClearingReport.builder().submittedOn(LocalDate.of(2024, 11, 1)).build()).build();
        TrustReporting r = ImmutableTrustReporting.builder().trust(supervised).addReports(published(2023, 3, 1),
                published(2024, 3, 1)).termination(term).build();
        Decision<ReportingResult> d = decide(r, LocalDate.of(2024, 12, 1));
        assertThat(d.finding(AnnualReportProgram.CLEARING_APPROVAL).orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(d.result().orElseThrow().clearingReport()).isEqualTo(DutyStatus.DEFICIENT);
        explainBoth(REPORTS, d);
        TrustReporting approved = ImmutableTrustReporting.copyOf(r).withTermination(ImmutableTermination.copyOf(term)
                .withClearingReport(ImmutableClearingReport.builder().submittedOn(LocalDate.of(2024, 11, 1))
                        .supervisorApproved(true).build()));
        Decision<ReportingResult> a = decide(approved, LocalDate.of(2024, 12, 1));
        assertThat(a.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(a.result().orElseThrow().clearingReport()).isEqualTo(DutyStatus.FOR_REVIEW);
    }

    @Test
    void badInput_everyViolationIsListed() {
        TrustReporting r = ImmutableTrustReporting.builder().trust(TRUST)
                .addReports(AnnualReport.of(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 1)))
                .addReports(AnnualReport.of(LocalDate.of(2025, 1, 5), null))
                .termination(ImmutableTermination.builder().terminatedOn(LocalDate.of(2024, 6, 1))
                        .reportedOn(LocalDate.of(2024, 5, 1)).build())
                .build();
        assertThatThrownBy(() -> decide(r, LocalDate.of(2024, 12, 1))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                        "facts.reports[0].publishedOn charity.report.published-before-submitted",
                        "facts.reports[0].submittedOn charity.report.before-filing",
                        "facts.reports[1].submittedOn date.after-decision",
                        "facts.termination.reportedOn charity.termination.report-before-event"));
    }
}
