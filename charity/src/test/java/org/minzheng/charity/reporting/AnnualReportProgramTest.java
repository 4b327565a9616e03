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
import org.minzheng.charity.CharityPolicyData;
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
        Decision<ReportingResult> d =
                decide(reporting(published(2023, 3, 1), published(2024, 3, 1)).build(), LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.years())
                .containsExactly(
                        new YearStatus(2022, 0, DutyStatus.NOT_ASSESSED),
                        new YearStatus(2023, 1, DutyStatus.DONE),
                        new YearStatus(2024, 1, DutyStatus.DONE));
        assertThat(r.overdueYears()).isEmpty();
        assertThat(r.nextReportDue()).isNull();
        assertThat(r.minReportsPerYear()).isEqualTo(1);
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(AnnualReportProgram.DISCLOSURE.id()))
                .hasSize(2)
                .allMatch(f -> f.verdict() == Verdict.MET);
        explainBoth(REPORTS, d);
    }

    @Test
    void art49_aYearWithoutAReport_isOverdueOnceItHasEnded() {
        Decision<ReportingResult> d = decide(reporting(published(2024, 3, 1)).build(), LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.result().orElseThrow().overdueYears()).containsExactly(2023);
        assertThat(d.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("years", List.of(2023)));
        explainBoth(REPORTS, d);
    }

    @Test
    void art49_theCurrentYearsReport_isDueUntil31December() {
        Decision<ReportingResult> d = decide(reporting(published(2023, 3, 1)).build(), LocalDate.of(2024, 12, 31));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().nextReportDue()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(d.result().orElseThrow().years()).last().isEqualTo(new YearStatus(2024, 0, DutyStatus.DUE));
        Decision<ReportingResult> nextYear =
                decide(reporting(published(2023, 3, 1)).build(), LocalDate.of(2025, 1, 1));
        assertThat(nextYear.result().orElseThrow().overdueYears()).containsExactly(2024);
    }

    @Test
    void aTrustFiledOnTheFirstOfJanuary_owesAReportForThatYear() {
        CharitableTrust jan = SampleTrusts.cashTrust(LocalDate.of(2022, 12, 28), LocalDate.of(2023, 1, 1))
                .build();
        Decision<ReportingResult> d =
                decide(ImmutableTrustReporting.builder().trust(jan).build(), LocalDate.of(2024, 2, 1));
        assertThat(d.result().orElseThrow().overdueYears()).containsExactly(2023);
    }

    @Test
    void anUnpublishedReport_isUndetermined_becauseNoSourceGivesAPublicationDeadline() {
        Decision<ReportingResult> d = decide(
                reporting(published(2023, 3, 1), AnnualReport.of(LocalDate.of(2024, 3, 1), null))
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(CharityParameters.REPORT_PUBLICATION_DAYS.name());
        assertThat(d.result().orElseThrow().unpublishedReports()).isEqualTo(1);
        explainBoth(REPORTS, d);
    }

    @Test
    void withTheIllustrativeOverlay_anUnpublishedReportBecomesOverdue() {
        PolicyBook book = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.of(Path.of("src/examples/illustrative/charity.yaml")))
                .build();
        TrustReporting r = reporting(published(2023, 3, 1), AnnualReport.of(LocalDate.of(2024, 3, 1), null))
                .build();
        Decision<ReportingResult> d =
                REPORTS.decide(r, book.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 1)));
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.usedIllustrativeValues()).isTrue();
        assertThat(d.warnings()).extracting(n -> n.code()).contains("policy.illustrative-value");
        Decision<ReportingResult> early =
                REPORTS.decide(r, book.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 3, 5)));
        assertThat(early.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void termination_reportedWithinFifteenDays_withMediumConfidence() {
        Termination term = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2024, 10, 1))
                .reportedOn(LocalDate.of(2024, 10, 16))
                .clearingReport(ImmutableClearingReport.builder()
                        .submittedOn(LocalDate.of(2024, 11, 1))
                        .publishedOn(LocalDate.of(2024, 11, 5))
                        .build())
                .build();
        Decision<ReportingResult> d = decide(
                reporting(published(2023, 3, 1), published(2024, 3, 1))
                        .termination(term)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.terminationReportDue()).isEqualTo(LocalDate.of(2024, 10, 16));
        assertThat(r.terminationReport()).isEqualTo(DutyStatus.DONE);
        assertThat(r.clearingReport()).isEqualTo(DutyStatus.DONE);
        assertThat(r.terminationConfidence()).isEqualTo(Confidence.MEDIUM);
        assertThat(d.finding(AnnualReportProgram.TERMINATION.id()).orElseThrow().facts())
                .containsEntry("confidence", Confidence.MEDIUM);
        assertThat(d.warnings())
                .extracting(n -> n.code())
                .containsExactly("charity-trust-annual-report.warning.termination-confidence");
        explainBoth(REPORTS, d);

        Termination late = ImmutableTermination.copyOf(term).withReportedOn(LocalDate.of(2024, 10, 17));
        Decision<ReportingResult> l = decide(
                reporting(published(2023, 3, 1), published(2024, 3, 1))
                        .termination(late)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(l.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(l.result().orElseThrow().terminationReport()).isEqualTo(DutyStatus.DONE_LATE);
    }

    @Test
    void termination_theYearsAfterItOweNoReport_andNoClearingReportIsUndetermined() {
        Termination term = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2023, 6, 1))
                .build();
        Decision<ReportingResult> d = decide(reporting().termination(term).build(), LocalDate.of(2025, 5, 1));
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.years()).extracting(YearStatus::year).containsExactly(2022, 2023);
        assertThat(r.years())
                .extracting(YearStatus::status)
                .containsExactly(DutyStatus.NOT_ASSESSED, DutyStatus.NOT_ASSESSED);
        assertThat(r.terminationReport()).isEqualTo(DutyStatus.OVERDUE);
        assertThat(r.clearingReport()).isEqualTo(DutyStatus.UNDETERMINED);
        assertThat(d.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(CharityParameters.CLEARING_REPORT_DAYS.name());
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(REPORTS, d);
    }

    @Test
    void theSupervisor_mustApproveTheClearingReport() {
        CharitableTrust supervised = SampleTrusts.cashTrust(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 15))
                .supervisor(ImmutableParty.builder()
                        .kind(PartyKind.ORGANISATION)
                        .name("示例律师事务所")
                        .build())
                .build();
        Termination term = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2024, 10, 1))
                .reportedOn(LocalDate.of(2024, 10, 10))
                .clearingReport(ImmutableClearingReport.builder()
                        .submittedOn(LocalDate.of(2024, 11, 1))
                        .build())
                .build();
        TrustReporting r = ImmutableTrustReporting.builder()
                .trust(supervised)
                .addReports(published(2023, 3, 1), published(2024, 3, 1))
                .termination(term)
                .build();
        Decision<ReportingResult> d = decide(r, LocalDate.of(2024, 12, 1));
        assertThat(d.finding(AnnualReportProgram.CLEARING_APPROVAL.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(d.result().orElseThrow().clearingReport()).isEqualTo(DutyStatus.DEFICIENT);
        explainBoth(REPORTS, d);
        TrustReporting approved = ImmutableTrustReporting.copyOf(r)
                .withTermination(ImmutableTermination.copyOf(term)
                        .withClearingReport(ImmutableClearingReport.builder()
                                .submittedOn(LocalDate.of(2024, 11, 1))
                                .supervisorApproved(true)
                                .build()));
        Decision<ReportingResult> a = decide(approved, LocalDate.of(2024, 12, 1));
        assertThat(a.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(a.result().orElseThrow().clearingReport()).isEqualTo(DutyStatus.FOR_REVIEW);
    }

    @Test
    void badInput_everyViolationIsListed() {
        TrustReporting r = ImmutableTrustReporting.builder()
                .trust(TRUST)
                .addReports(AnnualReport.of(LocalDate.of(2022, 1, 5), LocalDate.of(2022, 1, 1)))
                .addReports(AnnualReport.of(LocalDate.of(2025, 1, 5), null))
                .termination(ImmutableTermination.builder()
                        .terminatedOn(LocalDate.of(2024, 6, 1))
                        .reportedOn(LocalDate.of(2024, 5, 1))
                        .build())
                .build();
        assertThatThrownBy(() -> decide(r, LocalDate.of(2024, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.reports[0].publishedOn date.before-other",
                                        "facts.reports[0].submittedOn date.before-other",
                                        "facts.reports[1].submittedOn date.after-decision",
                                        "facts.termination.reportedOn date.before-other"));
    }

    // ---------------------------------------------------------------- 民法典 第二百零一至二百零三条 and the law in force

    static ClearingReport clearing(LocalDate submitted) {
        return ImmutableClearingReport.builder()
                .submittedOn(submitted)
                .publishedOn(submitted.plusDays(2))
                .build();
    }

    /**
     * The termination is reported "自终止事由发生之日起十五日内" (信托法 on public-interest trusts, through 慈善法
     * 第五十一条), counted by 民法典 第二百零一条 and 第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为
     * 期间的最后一日": terminated on 16 September 2024, the fifteenth day is 1 October, in the National Day days
     * off of 国办发明电〔2023〕7号 (1 to 7 October); the last day is Tuesday 8 October.
     */
    @Test
    void terminationReport_lastDayInTheNationalDayHoliday_movesTo8October() {
        Termination term = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2024, 9, 16))
                .reportedOn(LocalDate.of(2024, 10, 8))
                .clearingReport(clearing(LocalDate.of(2024, 11, 1)))
                .build();
        Decision<ReportingResult> d = decide(
                reporting(published(2023, 3, 1), published(2024, 3, 1))
                        .termination(term)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ReportingResult r = d.result().orElseThrow();
        assertThat(r.terminationReportDue()).isEqualTo(LocalDate.of(2024, 10, 8));
        assertThat(r.terminationReport()).isEqualTo(DutyStatus.DONE);
        assertThat(d.counterfactuals()).isEmpty();
        assertThat(d.finding(AnnualReportProgram.TERMINATION.id()).orElseThrow().facts())
                .containsEntry("lastDay", LocalDate.of(2024, 10, 8))
                .containsEntry("days", 15);
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name() + "@" + v.since())
                .contains("calendar.days-off@2024-01-01", "calendar.working-days@2024-01-01");
        assertThat(d.warnings())
                .extracting(n -> n.code())
                .containsExactly("charity-trust-annual-report.warning.termination-confidence");
        explainBoth(REPORTS, d);

        Termination late = ImmutableTermination.copyOf(term).withReportedOn(LocalDate.of(2024, 10, 9));
        Decision<ReportingResult> l = decide(
                reporting(published(2023, 3, 1), published(2024, 3, 1))
                        .termination(late)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(l.result().orElseThrow().terminationReport()).isEqualTo(DutyStatus.DONE_LATE);
        assertThat(l.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(l.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts())
                        .containsEntry("daysLate", 1L)
                        .containsEntry("lastDay", LocalDate.of(2024, 10, 8)));
        // not yet reported: due on the extended last day, overdue the day after
        Termination open = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2024, 9, 16))
                .clearingReport(clearing(LocalDate.of(2024, 9, 20)))
                .build();
        TrustReporting pending = reporting(published(2023, 3, 1), published(2024, 3, 1))
                .termination(open)
                .build();
        assertThat(decide(pending, LocalDate.of(2024, 10, 8))
                        .result()
                        .orElseThrow()
                        .terminationReport())
                .isEqualTo(DutyStatus.DUE);
        assertThat(decide(pending, LocalDate.of(2024, 10, 8))
                        .finding(AnnualReportProgram.TERMINATION.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(decide(pending, LocalDate.of(2024, 10, 9))
                        .result()
                        .orElseThrow()
                        .terminationReport())
                .isEqualTo(DutyStatus.OVERDUE);
    }

    /**
     * 慈善法 第四十九条第二款 (2016: 第四十八条第二款) "慈善信托的受托人应当每年至少一次将信托事务处理情况及财务状况向办理其
     * 备案的民政部门报告": each year's duty under the text in force on the last day of that year (the check date for
     * the current year); a report's publication under the text in force on the day it was submitted.
     */
    @Test
    void art49_eachYearsDuty_isJudgedUnderTheTextInForceThatYear() {
        Decision<ReportingResult> d = decide(
                reporting(published(2023, 3, 1), published(2024, 3, 1), published(2024, 10, 10))
                        .build(),
                LocalDate.of(2025, 6, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        org.minzheng.core.citation.Citation old = org.minzheng.core.citation.Citation.of(
                org.minzheng.charity.CharityCitations.CHARITY_LAW_2016, "第四十八条第二款");
        org.minzheng.core.citation.Citation amended = org.minzheng.core.citation.Citation.of(
                org.minzheng.charity.CharityCitations.CHARITY_LAW_2023, "第四十九条第二款");
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(AnnualReportProgram.ANNUAL.id()))
                .extracting(f -> f.facts().get("year") + " " + f.verdict() + " "
                        + f.citation().instrument())
                .containsExactly(
                        "2022 NOT_APPLICABLE charity-law-2016",
                        "2023 MET charity-law-2016",
                        "2024 MET charity-law-2023",
                        "2025 INFO charity-law-2023");
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(AnnualReportProgram.ANNUAL.id()))
                .extracting(f -> f.facts().get("partialYear"))
                .containsExactly(true, false, false, false);
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(AnnualReportProgram.DISCLOSURE.id()))
                .extracting(f -> f.citation())
                .containsExactly(old, old, amended);
        assertThat(d.parameterValues())
                .filteredOn(v -> v.key().equals(CharityParameters.ANNUAL_REPORTS_PER_YEAR))
                .extracting(v -> v.since())
                .containsExactlyInAnyOrder(LocalDate.of(2016, 9, 1), LocalDate.of(2024, 9, 5));
        assertThat(d.result().orElseThrow().nextReportDue()).isEqualTo(LocalDate.of(2025, 12, 31));
        assertThat(d.result().orElseThrow().minReportsPerYear()).isEqualTo(1);
    }

    /**
     * No holiday notice is configured for 2027: terminated on Friday 26 February 2027, the fifteenth day is Saturday
     * 13 March; 民法典 第二百零三条 still moves it past the weekend to Monday 15 March, and the decision warns.
     */
    @Test
    void terminationInAYearWithoutAHolidayNotice_theWeekendStillExtends_andTheDecisionWarns() {
        Termination term = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2027, 2, 26))
                .reportedOn(LocalDate.of(2027, 3, 15))
                .clearingReport(clearing(LocalDate.of(2027, 3, 20)))
                .build();
        Decision<ReportingResult> d = decide(
                reporting(published(2023, 3, 1), published(2024, 3, 1), published(2025, 3, 3), published(2026, 3, 2))
                        .termination(term)
                        .build(),
                LocalDate.of(2027, 4, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().terminationReportDue()).isEqualTo(LocalDate.of(2027, 3, 15));
        // the year of termination is a partial year, the one before it a full one
        assertThat(d.findings())
                .filteredOn(f -> f.rule().equals(AnnualReportProgram.ANNUAL.id()))
                .extracting(f -> f.facts().get("year") + " " + f.facts().get("partialYear"))
                .endsWith("2026 false", "2027 true");
        assertThat(d.result().orElseThrow().terminationReport()).isEqualTo(DutyStatus.DONE);
        assertThat(d.warnings())
                .extracting(n -> n.code())
                .containsExactlyInAnyOrder(
                        org.minzheng.core.program.Periods.NOTICE_NOT_CONFIGURED,
                        "charity-trust-annual-report.warning.termination-confidence");
        assertThat(d.warnings())
                .filteredOn(n -> n.code().equals(org.minzheng.core.program.Periods.NOTICE_NOT_CONFIGURED))
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("year", 2027));
        assertThat(explainBoth(REPORTS, d)).anySatisfy(text -> assertThat(text).contains("2027"));
    }

    /** A book without the shipped charity data: core, the charity keys and a test pack (ILLUSTRATIVE, not policy). */
    static final PolicyBook GAPS = PolicyBook.builder()
            .addProvider(new org.minzheng.core.policy.CorePolicyData())
            .addKeys("charity", new CharityPolicyData().keys())
            .addOverlay(PolicySource.ofText(
                    "charity-test-gaps.yaml",
                    String.join(
                            "\n",
                            "pack: charity-test-gaps",
                            "instruments:",
                            "  - id: charity-test-gaps",
                            "    title: 测试用参数",
                            "    titleEn: Test pack",
                            "    issuer: minzheng tests",
                            "    rank: ILLUSTRATIVE",
                            "    note: \"Placeholder values for engine tests; not policy.\"",
                            "values:",
                            "  - {key: charity-trust.annual-report.min-per-year, region: \"000000\", since: 2016-09-01, value: \"1\","
                                    + " unit: reports/year, grade: ILLUSTRATIVE, citation: {instrument: charity-test-gaps}}",
                            "  - {key: charity-trust.termination.clearing-report-days, region: \"000000\", since: 2016-09-01,"
                                    + " value: \"30\", unit: days, grade: ILLUSTRATIVE, citation: {instrument: charity-test-gaps}}",
                            "")))
            .build();

    /**
     * Without a termination period the termination report is UNDETERMINED naming the key; with a clearing period (a
     * test value) the clearing report is counted by 民法典 第二百零三条 like every period: terminated on 1 September
     * 2024, the thirtieth day is 1 October, in the National Day days off, so it is due until 8 October.
     */
    @Test
    void clearingPeriodEndingInTheNationalDayHoliday_isDueUntil8October_andTheTerminationPeriodMissingIsNamed() {
        Termination term = ImmutableTermination.builder()
                .terminatedOn(LocalDate.of(2024, 9, 1))
                .build();
        TrustReporting r = reporting(published(2023, 3, 1)).termination(term).build();
        Decision<ReportingResult> due =
                REPORTS.decide(r, GAPS.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 10, 8)));
        assertThat(due.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(due.missingParameters())
                .extracting(m -> m.key())
                .containsExactly(CharityParameters.TERMINATION_REPORT_DAYS.name());
        assertThat(due.result().orElseThrow().terminationReport()).isEqualTo(DutyStatus.UNDETERMINED);
        assertThat(due.result().orElseThrow().terminationReportDue()).isNull();
        assertThat(due.finding(AnnualReportProgram.TERMINATION.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.UNDETERMINED);
        assertThat(due.result().orElseThrow().clearingReport()).isEqualTo(DutyStatus.DUE);
        assertThat(due.finding(AnnualReportProgram.CLEARING.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.INFO);
        assertThat(due.finding(AnnualReportProgram.CLEARING.id()).orElseThrow().facts())
                .containsEntry("lastDay", LocalDate.of(2024, 10, 8))
                .containsEntry("days", 30);
        assertThat(due.usedIllustrativeValues()).isTrue();
        Decision<ReportingResult> overdue =
                REPORTS.decide(r, GAPS.snapshot(RegionCode.of("330500"), LocalDate.of(2024, 10, 9)));
        assertThat(overdue.result().orElseThrow().clearingReport()).isEqualTo(DutyStatus.OVERDUE);
        assertThat(overdue.finding(AnnualReportProgram.CLEARING.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
    }

    @Test
    void badInput_theTrustAndTheClearingReportAreChecked() {
        CharitableTrust badCode = SampleTrusts.cashTrust(LocalDate.of(2022, 3, 10), LocalDate.of(2022, 3, 15))
                .trustees(List.of(SampleTrusts.trustee(
                        "湖州市示例慈善基金会", "not-a-code", org.minzheng.charity.trust.TrusteeType.CHARITABLE_ORGANISATION)))
                .build();
        TrustReporting r = ImmutableTrustReporting.builder()
                .trust(badCode)
                .termination(ImmutableTermination.builder()
                        .terminatedOn(LocalDate.of(2024, 6, 1))
                        .clearingReport(ImmutableClearingReport.builder()
                                .submittedOn(LocalDate.of(2024, 5, 1))
                                .publishedOn(LocalDate.of(2024, 4, 1))
                                .build())
                        .build())
                .build();
        assertThatThrownBy(() -> decide(r, LocalDate.of(2024, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.termination.clearingReport.publishedOn date.before-other",
                                        "facts.termination.clearingReport.submittedOn date.before-other",
                                        "facts.trust.trustees[0].creditCode charity.credit-code-invalid"));
    }
}
