package org.minzheng.funeral.services;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A request for free basic funeral services (惠民殡葬) in the region of the case: where the
 * deceased's hukou is, when they died, and which basic items the family uses. No name or
 * identity number.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableBasicFuneralServicesRequest.class)
@JsonDeserialize(as = ImmutableBasicFuneralServicesRequest.class)
public interface BasicFuneralServicesRequest {

    /** @return the region of the deceased's household registration (户籍) */
    @NotNull
    RegionCode hukouRegion();

    /** @return the date of death */
    @NotNull
    LocalDate dateOfDeath();

    /** @return the basic items the family uses */
    Set<@NotNull FuneralServiceItem> itemsUsed();
}
