package org.minzheng.examples.flink;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Decision;

/**
 * One line of the decisions output: the household's key, the record that triggered the
 * screening, and the {@code assistance-screening} decision record as the library writes it.
 *
 * @param householdId the household's key
 * @param trigger     the type of the record that changed the facts
 * @param decision    the decision
 */
@JsonPropertyOrder({"householdId", "trigger", "decision"})
public record DecisionLine(String householdId, String trigger, Decision<?> decision) {}
