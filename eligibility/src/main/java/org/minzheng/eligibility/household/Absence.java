package org.minzheng.eligibility.household;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;

/**
 * Why and since when a person lives apart from the household.
 *
 * @param reason the reason, not null
 * @param since  the date it began, not null
 */
public record Absence(
        @NotNull AbsenceReason reason, @NotNull LocalDate since) {}
