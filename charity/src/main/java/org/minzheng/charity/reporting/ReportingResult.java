package org.minzheng.charity.reporting;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.charity.trust.Confidence;

/**
 * The result of a reporting check.
 *
 * @param asOf                    the check date (the policy date)
 * @param minReportsPerYear       the least reports per calendar year, null if not configured
 * @param years                   each calendar year from the filing year to the check year (or the termination year)
 * @param overdueYears            the years whose report is overdue, ascending
 * @param nextReportDue           the last day of the current year's report when it is still due, else null
 * @param unpublishedReports      how many reports are not published
 * @param terminationReportDue    the last day for reporting the termination, null if none or not configured
 * @param terminationReport       where the termination report stands, null if the trust has not ended
 * @param clearingReport          where the clearing report stands, null if the trust has not ended
 * @param terminationConfidence   how firmly the sources support the termination duties (MEDIUM), null if not ended
 */
@JsonPropertyOrder({
    "asOf",
    "minReportsPerYear",
    "years",
    "overdueYears",
    "nextReportDue",
    "unpublishedReports",
    "terminationReportDue",
    "terminationReport",
    "clearingReport",
    "terminationConfidence"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReportingResult(
        LocalDate asOf,
        Integer minReportsPerYear,
        List<YearStatus> years,
        List<Integer> overdueYears,
        LocalDate nextReportDue,
        int unpublishedReports,
        LocalDate terminationReportDue,
        DutyStatus terminationReport,
        DutyStatus clearingReport,
        Confidence terminationConfidence) {

    /** Copies the lists. */
    public ReportingResult {
        years = List.copyOf(years);
        overdueYears = List.copyOf(overdueYears);
    }
}
