package org.minzheng.eligibility.children;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.eligibility.household.Disability;

/**
 * One parent's situation, with the details the condition needs: the term of a detention or
 * restriction in months, the police registration date of lost contact, the disability on the
 * certificate. No names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableParentSituation.class)
@JsonDeserialize(as = ImmutableParentSituation.class)
public interface ParentSituation {

    /** @return the condition */
    @NotNull
    ParentCondition condition();

    /**
     * @return the term of the sentence, custody, rehabilitation or restriction in months (期限),
     *         required for those conditions
     */
    Optional<@Min(1) @Max(1200) Integer> termMonths();

    /** @return the date the police registered the parent as lost (登记受理), required for LOST_CONTACT */
    Optional<LocalDate> lostContactSince();

    /** @return the disability on the parent's certificate, required for SEVERE_DISABILITY */
    Optional<@Valid Disability> disability();

    /**
     * @param condition a condition that needs no details (NONE, DEAD, DECLARED_MISSING, NOT_FOUND, SERIOUS_ILLNESS)
     * @return the situation
     */
    static ParentSituation of(ParentCondition condition) {
        return ImmutableParentSituation.builder().condition(condition).build();
    }
}
