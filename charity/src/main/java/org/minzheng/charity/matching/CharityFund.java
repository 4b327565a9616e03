package org.minzheng.charity.matching;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * A charity resource that can be allocated: a trust's or a charitable organisation's money, the
 * purposes it may be spent on, the region it serves and the amount left.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableCharityFund.class)
@JsonDeserialize(as = ImmutableCharityFund.class)
public interface CharityFund {

    /** @return an id, unique among the funds of a case (e.g. a trust's filing number) */
    @NotBlank
    String id();

    /** @return a trust's or an organisation's money */
    @NotNull
    FundKind kind();

    /** @return the purposes (慈善法 Art. 3) the fund may be spent on */
    @NotEmpty
    Set<@NotNull CharitablePurpose> purposes();

    /** @return the region the fund serves: needs in this region or below it */
    @NotNull
    RegionCode region();

    /** @return the amount left to allocate, not negative */
    @NotNull
    @NonNegativeMoney
    Money amountLeft();
}
