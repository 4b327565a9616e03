package org.minzheng.eligibility.disability;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.eligibility.household.Disability;

/**
 * The facts of an application for the 重度残疾人护理补贴 (care allowance for severely disabled
 * people): the disability on the certificate and the assessment that sets the tier — the six
 * self-care items ({@code selfCare}) or the tier the locality's own instrument found
 * ({@code assessedTier}), whichever {@code disability.care-allowance.tier-assessment} names. No
 * names or identity numbers.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableSevereDisabilityCareAllowanceFacts.class)
@JsonDeserialize(as = ImmutableSevereDisabilityCareAllowanceFacts.class)
public interface SevereDisabilityCareAllowanceFacts {

    /** @return the disability on the certificate (残疾人证), if the person has one */
    Optional<@Valid Disability> disability();

    /**
     * @return the six-item self-care assessment, read when the region's tier assessment is
     *         {@code SIX_ITEM_SELF_CARE}; empty if not made
     */
    Optional<@Valid SelfCareAssessment> selfCare();

    /**
     * @return the tier the locality's own assessment found, read when the region's tier assessment
     *         is {@code ASSESSED_TIER}; empty if not made
     */
    Optional<SelfCareCategory> assessedTier();
}
