package org.minzheng.charity.matching;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * A need for help that charity money may meet: the purpose it serves, the region, the amount.
 *
 * <p>A plain record: needs may be drawn from social-assistance decisions (a household found in
 * hardship, an elder needing care), but this module does not depend on the eligibility module;
 * the caller turns its decisions into needs. A need carries an opaque reference, never a name or
 * an identity number.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableAssistanceNeed.class)
@JsonDeserialize(as = ImmutableAssistanceNeed.class)
public interface AssistanceNeed {

    /** @return an opaque id, unique among the needs of a case; never personal data */
    @NotBlank
    String id();

    /** @return the purpose the help serves */
    @NotNull
    CharitablePurpose purpose();

    /** @return the region of the need (county or finer where known) */
    @NotNull
    RegionCode region();

    /** @return the amount asked, greater than zero */
    @NotNull
    @NonNegativeMoney
    Money amount();

    /** @return the priority: 0 is the most urgent; needs are served in ascending priority */
    @Min(0)
    @Value.Default
    default int priority() {
        return 0;
    }

    /** @return where the need comes from (e.g. {@code "dibao"} or a decision reference), for the record */
    Optional<String> source();
}
