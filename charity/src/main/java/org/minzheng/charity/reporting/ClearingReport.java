package org.minzheng.charity.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * The clearing report (清算报告) after termination: approved by the supervisor (where there is one),
 * reported to the department and published — the Trust Law rule for public-interest trusts,
 * applied through 慈善法 Art. 51 (REFERENCE.md §7, confidence medium).
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableClearingReport.class)
@JsonDeserialize(as = ImmutableClearingReport.class)
public interface ClearingReport {

    /** @return the day it reached the filing department */
    @NotNull
    LocalDate submittedOn();

    /** @return true if the trust supervisor approved it (认可) */
    @Value.Default
    default boolean supervisorApproved() {
        return false;
    }

    /** @return the day it was published, if it was */
    Optional<LocalDate> publishedOn();
}
