package org.minzheng.charity.trust;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;

/**
 * The department competent to receive a trust's filing, as derived by
 * {@link TrusteeRules#competentAuthority(CharitableTrust)}.
 *
 * @param department the competent department, null when none could be derived
 * @param basis      why, or why not, not null
 */
@JsonPropertyOrder({"department", "basis"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CompetentAuthority(CivilAffairsDepartment department, AuthorityBasis basis) {

    /** Validates the components. */
    public CompetentAuthority {
        Objects.requireNonNull(basis, "basis");
        if ((department == null)
                == (basis == AuthorityBasis.TRUST_COMPANY_PREFECTURE
                        || basis == AuthorityBasis.CHARITY_REGISTERING_DEPARTMENT)) {
            throw new IllegalArgumentException("a department goes with a positive basis only: " + basis);
        }
    }

    /** @return the department, if one could be derived */
    public Optional<CivilAffairsDepartment> find() {
        return Optional.ofNullable(department);
    }
}
