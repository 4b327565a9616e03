package org.minzheng.examples.walkthrough;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * The facts of an old-age allowance case (高龄津贴): the applicant's birth date and whether the
 * household is recognised as low-income. Like every facts type it holds no name or ID number.
 *
 * @param birthDate the applicant's birth date, not after the decision date
 * @param lowIncome whether the household is recognised as low-income (低收入: dibao, 特困 or
 *                  低保边缘); empty while that recognition is pending
 */
public record OldAgeAllowanceFacts(@NotNull LocalDate birthDate, Optional<Boolean> lowIncome) {

    /** An absent {@code lowIncome} is an empty Optional, never null. */
    public OldAgeAllowanceFacts {
        lowIncome = Objects.requireNonNullElse(lowIncome, Optional.empty());
    }
}
