package org.minzheng.eldercare.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.ParameterUse;

/**
 * When an assessment is due to be repeated, or why that cannot be said.
 *
 * @param scheme         the standard of the assessment, not null
 * @param assessedOn     the date of the assessment, not null
 * @param intervalMonths the routine interval, null when not configured
 * @param dueOn          {@code assessedOn} plus the interval, null when not configured
 * @param basis          the parameter value used, with its citation; null when not configured
 * @param missing        the parameter that is not configured, null when the date is known
 */
@JsonPropertyOrder({"scheme", "assessedOn", "intervalMonths", "dueOn", "basis", "missing"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ReassessmentDue(
        AssessmentScheme scheme,
        LocalDate assessedOn,
        Integer intervalMonths,
        LocalDate dueOn,
        ParameterUse basis,
        MissingParameter missing) {

    /** Validates the components: either a due date with its basis, or a missing parameter. */
    public ReassessmentDue {
        Objects.requireNonNull(scheme, "scheme");
        Objects.requireNonNull(assessedOn, "assessedOn");
        if ((dueOn == null) == (missing == null)) {
            throw new IllegalArgumentException("exactly one of dueOn and missing is set");
        }
    }

    /** @return the due date, empty when the interval is not configured */
    public Optional<LocalDate> dueDate() {
        return Optional.ofNullable(dueOn);
    }
}
