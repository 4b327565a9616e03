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
 * (homes, trees and other fixtures). The limits, and which property needed for production and
 * daily life is exempt, are set locally (Art. 14: 可以……予以豁免).
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

    /**
     * @return items of property by kind (cash, deposits, securities, insurance, claims, online
     *         assets, trees, other fixtures), each with whether it is declared necessary for
     *         production or daily life; financial kinds add to {@link #financialAssets()}
     */
    List<@Valid @NotNull PropertyItem> property();

    /** @return the number of homes owned */
    @Min(0)
    @Value.Default
    default int homes() {
        return 0;
    }
}
