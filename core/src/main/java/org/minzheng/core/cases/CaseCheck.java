package org.minzheng.core.cases;

import java.util.List;
import java.util.Optional;
import org.minzheng.core.decision.Decision;

/**
 * The result of replaying one case.
 *
 * @param name       the case name
 * @param program    the program id, or {@code ?} if the case could not be read
 * @param pack       the pack the case was decided with ({@code official} or {@code illustrative}),
 *                   followed by {@code +} and the file name of each overlay the checker adds
 * @param expected   the expected outcome, or {@code ?}
 * @param actual     the actual outcome, or {@code INVALID} if the input was rejected, {@code ?}
 *                   if there was nothing to decide
 * @param mismatches every difference, empty when the case passes
 * @param decision   the decision, null when none was made
 */
public record CaseCheck(
        String name,
        String program,
        String pack,
        String expected,
        String actual,
        List<Mismatch> mismatches,
        Decision<?> decision) {

    /** Copies the list. */
    public CaseCheck {
        mismatches = List.copyOf(mismatches);
    }

    /** @return true if the decision matches every expectation */
    public boolean passed() {
        return mismatches.isEmpty();
    }

    /** @return the decision, if one was made */
    public Optional<Decision<?>> decisionMade() {
        return Optional.ofNullable(decision);
    }
}
