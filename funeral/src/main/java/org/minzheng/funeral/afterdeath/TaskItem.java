package org.minzheng.funeral.afterdeath;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One task of the after-death bundle.
 *
 * @param task             the task
 * @param department       who handles it
 * @param dueRule          how its deadline is set
 * @param deadline         WITHIN_MONTHS_OF_DEATH: the last day; BEFORE_BURIAL: the burial date (the task precedes it), if known; else null
 * @param months           the months of a WITHIN_MONTHS_OF_DEATH deadline, else null
 * @param paymentStopsFrom for a task that stops a regular payment: the first day without payment, null if not configured
 * @param missingParameters the keys naming what is not configured (the deadline's, then the payment stop's), empty when nothing is missing
 */
@JsonPropertyOrder({"task", "department", "dueRule", "deadline", "months", "paymentStopsFrom", "missingParameters"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TaskItem(
        AfterDeathTask task,
        Department department,
        DueRule dueRule,
        LocalDate deadline,
        Integer months,
        LocalDate paymentStopsFrom,
        List<String> missingParameters) {

    /** Validates the required components. */
    public TaskItem {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(dueRule, "dueRule");
        missingParameters = List.copyOf(missingParameters);
    }
}
