package org.minzheng.charity.reporting;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/** The termination (终止) of a charitable trust and the reports that follow it. */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableTermination.class)
@JsonDeserialize(as = ImmutableTermination.class)
public interface Termination {

    /** @return the day the terminating event occurred (终止事由发生之日) */
    @NotNull
    LocalDate terminatedOn();

    /** @return the day the cause and date of termination were reported to the department, if they were */
    Optional<LocalDate> reportedOn();

    /** @return the clearing report, once submitted */
    Optional<@Valid ClearingReport> clearingReport();
}
