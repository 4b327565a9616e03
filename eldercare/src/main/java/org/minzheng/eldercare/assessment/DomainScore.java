package org.minzheng.eldercare.assessment;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * The subtotal of one domain (GB/T 42195-2022 C.1).
 *
 * @param domain  the domain, not null
 * @param score   the sum of its item scores
 * @param maximum the highest possible subtotal
 */
@JsonPropertyOrder({"domain", "score", "maximum"})
public record DomainScore(AbilityDomain domain, int score, int maximum) {

    /** Validates the components. */
    public DomainScore {
        Objects.requireNonNull(domain, "domain");
    }
}
