package org.minzheng.eligibility.household;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * The household's property (家庭财产, 最低生活保障审核确认办法 Art. 14): movable (deposits,
 * securities, funds, insurance, claims, online financial assets, vehicles) and immovable
 * (homes). The limits are set by each province.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableAssets.class)
@JsonDeserialize(as = ImmutableAssets.class)
public interface Assets {

    /** An empty set of assets. */
    Assets NONE = ImmutableAssets.builder().build();

    /** @return the total of deposits, securities, funds, commercial insurance cash values, claims and online financial assets */
    @NotNull
    @NonNegativeMoney
    @Value.Default
    default Money financialAssets() {
        return Money.ZERO;
    }

    /** @return the vehicles */
    List<@Valid @NotNull Vehicle> vehicles();

    /** @return the number of homes owned */
    @Min(0)
    @Value.Default
    default int homes() {
        return 0;
    }
}
