package org.minzheng.charity.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import org.immutables.value.Value;
import org.minzheng.charity.trust.Trustee;
import org.minzheng.core.style.MinzhengStyle;

/** The replacement of one trustee by another. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrusteeReplacement.class)
@JsonDeserialize(as = ImmutableTrusteeReplacement.class)
public interface TrusteeReplacement {

    /** @return the credit code of the trustee leaving (one of the trust's trustees) */
    @NotNull
    String outgoingTrustee();

    /** @return the trustee taking its place */
    @NotNull
    @Valid
    Trustee incomingTrustee();

    /** @return why */
    @NotNull
    ReplacementGround ground();

    /**
     * @return for a resignation: true if the trust document allows the trustee to resign
     *         (信托文件另有约定)
     */
    @Value.Default
    default boolean trustDocumentAllowsResignation() {
        return false;
    }
}
