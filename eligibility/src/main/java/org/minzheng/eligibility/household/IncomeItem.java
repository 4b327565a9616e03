package org.minzheng.eligibility.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * One income of the household: its category, the amount received over a period of
 * {@link #months()} months, the member who received it and, where it is of an exempt kind,
 * which kind. The monthly income is computed exactly (no rounding) from amount and months.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableIncomeItem.class)
@JsonDeserialize(as = ImmutableIncomeItem.class)
public interface IncomeItem {

    /** @return the position of the member in the household's member list, if the income is a member's */
    Optional<@Min(0) Integer> member();

    /** @return the category */
    @NotNull
    IncomeCategory category();

    /** @return the amount received over the period, net as Art. 13 defines each category */
    @NotNull
    @NonNegativeMoney
    Money amount();

    /** @return the length of the period in months, 1 to 12 (12 for a year's income) */
    @Value.Default
    @Min(1)
    @Max(12)
    default int months() {
        return 1;
    }

    /** @return the exempt kind this income is of, if any */
    Optional<IncomeExemption> exemption();
}
