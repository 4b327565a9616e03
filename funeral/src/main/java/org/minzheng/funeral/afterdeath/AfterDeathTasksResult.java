package org.minzheng.funeral.afterdeath;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The after-death bundle: every task the death triggers, in {@link AfterDeathTask} order.
 *
 * @param tasks the tasks
 */
@JsonPropertyOrder({"tasks"})
public record AfterDeathTasksResult(List<TaskItem> tasks) {

    /** Copies the list. */
    public AfterDeathTasksResult {
        tasks = List.copyOf(tasks);
    }
}
