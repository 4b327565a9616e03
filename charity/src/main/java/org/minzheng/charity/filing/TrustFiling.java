package org.minzheng.charity.filing;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.Set;
import org.immutables.value.Value;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.FilingDocument;
import org.minzheng.core.style.MinzhengStyle;

/**
 * The facts of a filing (备案) to check: the trust as filed (with {@code filedOn} and
 * {@code filingAuthority} set) and the documents the trustee submitted.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrustFiling.class)
@JsonDeserialize(as = ImmutableTrustFiling.class)
public interface TrustFiling {

    /** @return the trust, as filed */
    @NotNull
    @Valid
    CharitableTrust trust();

    /** @return the documents submitted (《慈善信托管理办法》 Art. 18) */
    Set<@NotNull FilingDocument> documents();
}
