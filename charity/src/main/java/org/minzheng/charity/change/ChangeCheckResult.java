package org.minzheng.charity.change;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.minzheng.charity.trust.CivilAffairsDepartment;

/**
 * The result of a change check.
 *
 * @param kind             what changed
 * @param refilingRequired true if the change must be re-filed
 * @param refilingDays     the period in days, null if not required or not configured
 * @param nominalLastDay   the last day by 民法典 Arts. 201-202 (day of the change + the period), before the
 *                         extension of Art. 203, null if not required or not configured
 * @param lastDayToRefile  the last day in time (extended past rest days, 民法典 Art. 203), null if not
 *                         required or not configured
 * @param status           where the re-filing stands on the check date
 * @param refileWith       the department to re-file with (the one holding the filing), null if not required
 */
@JsonPropertyOrder({
    "kind",
    "refilingRequired",
    "refilingDays",
    "nominalLastDay",
    "lastDayToRefile",
    "status",
    "refileWith"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChangeCheckResult(
        ChangeKind kind,
        boolean refilingRequired,
        Integer refilingDays,
        LocalDate nominalLastDay,
        LocalDate lastDayToRefile,
        RefilingStatus status,
        CivilAffairsDepartment refileWith) {}
