package org.minzheng.eldercare.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;

/**
 * The result of an ability assessment (GB/T 42195-2022 Appendix C).
 *
 * @param subtotals      the four domain subtotals (C.1), in the standard's order
 * @param total          the total score, 0–90 (C.2)
 * @param initialLevel   the initial level by total score (C.3)
 * @param raisingClauses how many raising clauses of C.4 apply (mental disorder; care-risk events), 0–2
 * @param coma           true if the person is in a coma (C.4, first clause)
 * @param finalLevel     the final level (C.5); null when it cannot be decided because a policy
 *                       switch it depends on is not configured
 */
@JsonPropertyOrder({"subtotals", "total", "initialLevel", "raisingClauses", "coma", "finalLevel"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AbilityAssessmentResult(
        List<DomainScore> subtotals,
        int total,
        AbilityLevel initialLevel,
        int raisingClauses,
        boolean coma,
        AbilityLevel finalLevel) {

    /** Copies the list. */
    public AbilityAssessmentResult {
        subtotals = List.copyOf(subtotals);
    }

    /** @return the final level, empty when undetermined */
    public Optional<AbilityLevel> finalLevelIfDetermined() {
        return Optional.ofNullable(finalLevel);
    }
}
