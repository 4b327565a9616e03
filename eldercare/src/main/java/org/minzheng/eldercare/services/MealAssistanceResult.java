package org.minzheng.eldercare.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.minzheng.core.money.Money;
import org.minzheng.eldercare.person.AgeBand;
import org.minzheng.eldercare.person.PriorityGroup;

/**
 * The result of a meal-assistance decision.
 *
 * @param age            the person's age on the decision date
 * @param ageBand        the age band, null under 60
 * @param priorityGroups the 民发〔2023〕58号 priority groups the person belongs to
 * @param ratePerMeal    the subsidy per meal, null if not determined
 * @param meals          the meals claimed
 * @param monthlyCap     the monthly cap applied, null if not read
 * @param monthlyAmount  the subsidy for the month (rate × meals, at most the cap), null if not determined
 */
@JsonPropertyOrder({"age", "ageBand", "priorityGroups", "ratePerMeal", "meals", "monthlyCap", "monthlyAmount"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record MealAssistanceResult(
        int age,
        AgeBand ageBand,
        List<PriorityGroup> priorityGroups,
        Money ratePerMeal,
        int meals,
        Money monthlyCap,
        Money monthlyAmount) {

    /** Copies the list. */
    public MealAssistanceResult {
        priorityGroups = List.copyOf(priorityGroups);
    }
}
