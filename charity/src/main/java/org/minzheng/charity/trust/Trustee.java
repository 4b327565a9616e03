package org.minzheng.charity.trust;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.id.RegistrationAuthority;
import org.minzheng.core.id.UnifiedSocialCreditCode;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A trustee (受托人) of a charitable trust: a charitable organisation or a trust company
 * (慈善法 Art. 47), identified by its unified social credit code (统一社会信用代码, GB 32100-2015).
 *
 * <p>The code is held as the text given and checked before any decision, so that a malformed
 * code is reported together with every other problem of the input (a typed field would stop at
 * the first). After validation {@link #code()} gives the parsed code, and with it the
 * registration authority it implies (see {@link TrusteeRules}). An organisation's name and code
 * are public registration data, not personal data.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrustee.class)
@JsonDeserialize(as = ImmutableTrustee.class)
public interface Trustee {

    /** @return the name (名称) */
    @NotBlank
    String name();

    /** @return the unified social credit code, 18 characters, as given */
    @NotNull
    String creditCode();

    /** @return a charitable organisation, a trust company or another body */
    @NotNull
    TrusteeType type();

    /**
     * @return for a charitable organisation: true if it is registered or recognised as a
     *         charitable organisation, i.e. its registration certificate marks the charitable-
     *         organisation status (慈善组织认定办法 Art. 10); a social organisation without that status
     *         is not a 慈善组织
     */
    @Value.Default
    default boolean recognisedCharitableOrganisation() {
        return false;
    }

    /**
     * @return for a trust company: the region where it is registered, when the credit code's
     *         division code (the registering authority's region) does not show the prefecture,
     *         e.g. a company registered by a provincial authority; absent otherwise
     */
    Optional<RegionCode> registeredRegion();

    /**
     * The parsed credit code. Call only on validated input.
     *
     * @return the code
     * @throws org.minzheng.core.id.InvalidIdentifierException if the code is malformed
     */
    default UnifiedSocialCreditCode code() {
        return UnifiedSocialCreditCode.parse(creditCode());
    }

    /**
     * The registration authority the code implies (GB 32100-2015, first character): civil affairs
     * for a charitable organisation, market regulation for a trust company. Call only on validated
     * input.
     *
     * @return the authority
     */
    default RegistrationAuthority registrationAuthority() {
        return code().registrationAuthority();
    }
}
