package org.minzheng.eligibility.children;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/** A benefit the child already receives each month. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableExistingBenefit.class)
@JsonDeserialize(as = ImmutableExistingBenefit.class)
public interface ExistingBenefit {

    /** @return the kind */
    @NotNull
    ExistingBenefitKind kind();

    /** @return the monthly amount the child receives */
    @NotNull
    @NonNegativeMoney
    Money monthlyAmount();
}
