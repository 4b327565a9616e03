package org.minzheng.charity.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.charity.trust.DayCount;

/**
 * The result of a change check.
 *
 * @param kind             what changed
 * @param refilingRequired true if the change must be re-filed
 * @param refilingDays     the period in days, null if not required or not configured
 * @param dayCount         how the days are counted
 * @param lastDayToRefile  the last day in time, null if not required or not configured
 * @param status           where the re-filing stands on the check date
 * @param refileWith       the department to re-file with (the one holding the filing), null if not required
 */
@JsonPropertyOrder({"kind", "refilingRequired", "refilingDays", "dayCount", "lastDayToRefile", "status", "refileWith"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeCheckResult(ChangeKind kind, boolean refilingRequired, Integer refilingDays, DayCount dayCount,
                                LocalDate lastDayToRefile, RefilingStatus status, CivilAffairsDepartment refileWith) {
}
