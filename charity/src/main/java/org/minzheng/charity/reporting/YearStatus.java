package org.minzheng.charity.reporting;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * The annual-report duty of one calendar year.
 *
 * @param year    the calendar year
 * @param reports the reports submitted in it
 * @param status  {@code DONE}, {@code DUE} (the year has not ended), {@code OVERDUE} or
 *                {@code NOT_ASSESSED} (partial first or last year without a report)
 */
@JsonPropertyOrder({"year", "reports", "status"})
public record YearStatus(int year, int reports, DutyStatus status) {}
