package org.minzheng.eligibility.screening;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;
import org.minzheng.eligibility.household.Household;

/**
 * The facts of a one-application screening: the household and, for the early warning, its
 * counted monthly income at the previous check.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableScreeningFacts.class)
@JsonDeserialize(as = ImmutableScreeningFacts.class)
public interface ScreeningFacts {

    /** @return the household */
    @Valid
    @NotNull
    Household household();

    /** @return the counted monthly income at the previous check, if known */
    Optional<@NonNegativeMoney Money> previousMonthlyIncome();
}
