package org.minzheng.examples.flink;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.validation.Violation;

/**
 * A record the job could not apply, with every problem found (path, code, message in Chinese and
 * English). The input line itself is never repeated: it may hold identity numbers. Nothing was
 * decided and the household's state is as before.
 *
 * @param householdId the household's key, null if the line had no usable key
 * @param type        the record's type, null if unknown
 * @param date        the record's date, null if unknown
 * @param problems    the problems
 */
@JsonPropertyOrder({"householdId", "type", "date", "problems"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Rejection(String householdId, String type, LocalDate date, List<Violation> problems) {

    /** @return the problem codes, for logs */
    public List<String> codes() {
        return problems.stream().map(Violation::code).toList();
    }
}
