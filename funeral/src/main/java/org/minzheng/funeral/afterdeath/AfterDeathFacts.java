package org.minzheng.funeral.afterdeath;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * What a death triggers depends on: when it happened, where the deceased lived, the burial
 * date if known, the payments the deceased received, and the accounts and licences the deceased
 * held. No name or identity number.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableAfterDeathFacts.class)
@JsonDeserialize(as = ImmutableAfterDeathFacts.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface AfterDeathFacts {

    /** @return the date of death */
    @NotNull
    LocalDate dateOfDeath();

    /** @return city or countryside, for the hukou deadline (户口登记条例 Art. 8) */
    @NotNull
    Settlement settlement();

    /** @return the burial date, empty if not yet set */
    Optional<LocalDate> burialDate();

    /** @return the regular payments the deceased (or the deceased's dibao household) received */
    Set<@NotNull Benefit> benefits();

    /** @return true if the deceased was insured in the basic pension scheme */
    @Value.Default
    default boolean basicPensionInsured() {
        return false;
    }

    /** @return true if the deceased was insured in basic medical insurance */
    @Value.Default
    default boolean medicallyInsured() {
        return false;
    }

    /** @return true if the deceased had a housing provident fund account */
    @Value.Default
    default boolean providentFundAccount() {
        return false;
    }

    /** @return true if the deceased held a driving licence */
    @Value.Default
    default boolean drivingLicence() {
        return false;
    }
}
