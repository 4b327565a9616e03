package org.minzheng.eligibility.poverty;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;
import org.minzheng.eligibility.household.Assets;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.eligibility.household.Relation;

/**
 * A person with a legal duty to support the applicant (法定赡养、抚养、扶养义务人), with the facts
 * 特困人员认定办法 Art. 8 needs to decide whether they are able to support. Refer to them by
 * relation and position only: no names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableLegalSupporter.class)
@JsonDeserialize(as = ImmutableLegalSupporter.class)
public interface LegalSupporter {

    /** @return the relation to the applicant (not {@code APPLICANT}) */
    @NotNull
    Relation relation();

    /** @return the date of birth */
    @NotNull
    LocalDate birthDate();

    /** @return the assistance the supporter receives, if any */
    Optional<AssistanceStatus> assistance();

    /** @return the disability on the supporter's certificate, if any */
    Optional<@Valid Disability> disability();

    /** @return the supporter's own income over the last 12 months */
    @NotNull
    @NonNegativeMoney
    @Value.Default
    default Money annualIncome() {
        return Money.ZERO;
    }

    /** @return the supporter's assets */
    @NotNull
    @Valid
    @Value.Default
    default Assets assets() {
        return Assets.NONE;
    }

    /** @return the supporter's legal status (Art. 8(5)) */
    @NotNull
    @Value.Default
    default SupporterStatus status() {
        return SupporterStatus.NORMAL;
    }

    /**
     * @return true if the caseworker says the supporter falls under another case the province
     *         defines (Art. 8(6)); a person must then confirm it
     */
    @Value.Default
    default boolean provincialCase() {
        return false;
    }
}
