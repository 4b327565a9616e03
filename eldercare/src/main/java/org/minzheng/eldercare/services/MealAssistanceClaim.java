package org.minzheng.eldercare.services;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.eldercare.person.OlderPerson;

/**
 * A month's meal-assistance claim of one older person: who they are (no name or number) and how
 * many subsidised meals they took that month.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableMealAssistanceClaim.class)
@JsonDeserialize(as = ImmutableMealAssistanceClaim.class)
public interface MealAssistanceClaim {

    /** @return the older person */
    @Valid
    @NotNull
    OlderPerson person();

    /** @return the number of meals taken in the month */
    @Min(0)
    int meals();
}
