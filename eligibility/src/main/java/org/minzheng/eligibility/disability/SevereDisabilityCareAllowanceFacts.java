package org.minzheng.eligibility.disability;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.eligibility.household.Disability;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.eligibility.special.Nullable;

/**
 * The facts of an application for the 重度残疾人护理补贴 (care allowance for severely disabled
 * people): the disability on the certificate and the self-care assessment that sets the tier.
 * No names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableSevereDisabilityCareAllowanceFacts.class)
@JsonDeserialize(as = ImmutableSevereDisabilityCareAllowanceFacts.class)
public interface SevereDisabilityCareAllowanceFacts {

    /** @return the disability on the certificate (残疾人证), or null if the person has none */
    @Nullable
    @Valid
    Disability disability();

    /** @return the self-care assessment on the six items (the tier) */
    @NotNull
    @Valid
    SelfCareAssessment selfCare();
}
