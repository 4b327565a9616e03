package org.minzheng.charity.trust;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/** One item of trust property (信托财产): cash or non-cash, and its value in yuan. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrustProperty.class)
@JsonDeserialize(as = ImmutableTrustProperty.class)
public interface TrustProperty {

    /** @return cash or non-cash */
    @NotNull
    PropertyKind kind();

    /** @return the value (cash: the amount; non-cash: the recorded value), not negative */
    @NotNull
    @NonNegativeMoney
    Money value();

    /**
     * @param kind  cash or non-cash
     * @param value the value
     * @return the item
     */
    static TrustProperty of(PropertyKind kind, Money value) {
        return ImmutableTrustProperty.builder().kind(kind).value(value).build();
    }
}
