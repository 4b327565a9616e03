package org.minzheng.eligibility.poverty;

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
import org.minzheng.eligibility.household.IncomeCategory;

/**
 * One income of the applicant (特困人员认定办法 Art. 6): its category, the amount received over
 * {@link #months()} months and, where it is of a kind Art. 6 does not count, which kind.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutablePersonalIncome.class)
@JsonDeserialize(as = ImmutablePersonalIncome.class)
public interface PersonalIncome {

    /** @return the category (工资性、经营净、财产净、转移净收入) */
    @NotNull
    IncomeCategory category();

    /** @return the amount over the period */
    @NotNull
    @NonNegativeMoney
    Money amount();

    /** @return the period in months, 1 to 12 */
    @Value.Default
    @Min(1)
    @Max(12)
    default int months() {
        return 1;
    }

    /** @return the kind Art. 6 does not count, empty if the income counts */
    Optional<ExcludedIncome> excluded();
}
