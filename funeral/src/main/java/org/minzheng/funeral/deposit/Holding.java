package org.minzheng.funeral.deposit;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/** A balance held in the deceased's name at the legal-person bank asked, by kind. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableHolding.class)
@JsonDeserialize(as = ImmutableHolding.class)
public interface Holding {

    /** @return what the balance is */
    @NotNull
    HoldingKind kind();

    /** @return the balance, not negative */
    @NotNull
    @NonNegativeMoney
    Money balance();
}
