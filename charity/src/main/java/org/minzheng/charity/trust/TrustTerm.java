package org.minzheng.charity.trust;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.time.DateRange;

/**
 * The term of a trust (信托期限) as a half-open range {@code [start, endExclusive)}; no end means a
 * perpetual trust (永续). The two dates are held as given and checked before any decision (an end
 * not after the start is a violation), then {@link #range()} gives the core {@link DateRange}.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTrustTerm.class)
@JsonDeserialize(as = ImmutableTrustTerm.class)
public interface TrustTerm {

    /** @return the first day of the term */
    @NotNull
    LocalDate start();

    /** @return the first day after the term; absent for a perpetual trust */
    Optional<LocalDate> endExclusive();

    /**
     * Call only on validated input.
     *
     * @return the term as a range
     * @throws IllegalArgumentException if the end is not after the start
     */
    default DateRange range() {
        return DateRange.of(start(), endExclusive().orElse(null));
    }

    /**
     * @param start        the first day
     * @param endExclusive the first day after, null for perpetual
     * @return the term
     */
    static TrustTerm of(LocalDate start, LocalDate endExclusive) {
        return ImmutableTrustTerm.builder()
                .start(start)
                .endExclusive(Optional.ofNullable(endExclusive))
                .build();
    }
}
