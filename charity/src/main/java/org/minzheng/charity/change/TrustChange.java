package org.minzheng.charity.change;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.CivilAffairsDepartment;
import org.minzheng.core.style.MinzhengStyle;

/**
 * The facts of a change to a filed charitable trust: the trust as filed, what changed and when,
 * and the re-filing made, if any. The check is made as of the policy date.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrustChange.class)
@JsonDeserialize(as = ImmutableTrustChange.class)
public interface TrustChange {

    /** @return the trust as filed (with {@code filingAuthority} and {@code filedOn}) */
    @NotNull
    @Valid
    CharitableTrust trust();

    /** @return what changed */
    @NotNull
    ChangeKind kind();

    /** @return the day of the change (变更之日) */
    @NotNull
    LocalDate changeDate();

    /** @return for a trustee replacement: who leaves, who joins, and why */
    Optional<@Valid TrusteeReplacement> replacement();

    /** @return the day the change was re-filed (重新备案), if it was */
    Optional<LocalDate> refiledOn();

    /** @return the department the change was re-filed with, if it was */
    Optional<@Valid CivilAffairsDepartment> refiledWith();
}
