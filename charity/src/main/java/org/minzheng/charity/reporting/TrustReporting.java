package org.minzheng.charity.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.core.style.MinzhengStyle;

/**
 * The facts of a filed trust's reporting duties, checked as of the policy date: the trust (with
 * {@code filedOn}), the reports made so far, and the termination if the trust has ended.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrustReporting.class)
@JsonDeserialize(as = ImmutableTrustReporting.class)
public interface TrustReporting {

    /** @return the trust, as filed */
    @NotNull
    @Valid
    CharitableTrust trust();

    /** @return the reports to the filing department so far */
    List<@Valid @NotNull AnnualReport> reports();

    /** @return the termination, if the trust has ended */
    Optional<@Valid Termination> termination();
}
