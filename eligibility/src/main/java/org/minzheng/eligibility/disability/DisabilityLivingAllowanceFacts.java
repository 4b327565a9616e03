package org.minzheng.eligibility.disability;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.person.AssistanceStatus;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.eligibility.household.Disability;

/**
 * The facts of an application for the 困难残疾人生活补贴 (living allowance for disabled people in
 * hardship): the disability on the certificate, the household's assistance status and any
 * child-support benefit the person receives. No names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableDisabilityLivingAllowanceFacts.class)
@JsonDeserialize(as = ImmutableDisabilityLivingAllowanceFacts.class)
public interface DisabilityLivingAllowanceFacts {

    /** @return the disability on the certificate (残疾人证), if the person has one */
    Optional<@Valid Disability> disability();

    /** @return the assistance the person's household receives, if any */
    Optional<AssistanceStatus> householdStatus();

    /** @return the child-support benefit the person receives, if a child */
    @NotNull
    @Value.Default
    default ChildSupport childSupport() {
        return ChildSupport.NONE;
    }
}
