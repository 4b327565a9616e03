package org.minzheng.eligibility.dibao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of a dibao decision.
 *
 * @param monthlyAmount          the monthly payment when it is decided: the amount when eligible (exact, or rounded by
 *                               {@code dibao.amount-rounding}), zero when ineligible; absent when the outcome is
 *                               UNDETERMINED or NEEDS_REVIEW (whether anything is paid is not decided, so no amount is
 *                               stated, never zero), and when eligible but the rounding it needs is not configured (the
 *                               key is in missingParameters)
 * @param countedMembers         the members counted (Art. 7)
 * @param householdMonthlyIncome the counted monthly income, shown to the fen (comparisons are exact)
 * @param perCapitaMonthlyIncome the per-capita monthly income, shown to the fen (comparisons are exact)
 * @param standard               the dibao standard applied
 * @param reviewMonths           months until the next periodic review (Art. 31), null if not eligible or not configured
 * @param nextReview             the date of the next review, null when reviewMonths is
 * @param gradualExitUntil       for a household leaving dibao through employment, the first day after the gradual exit (Art. 33), else null
 */
@JsonPropertyOrder({
    "monthlyAmount",
    "countedMembers",
    "householdMonthlyIncome",
    "perCapitaMonthlyIncome",
    "standard",
    "reviewMonths",
    "nextReview",
    "gradualExitUntil"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record DibaoResult(
        Optional<Money> monthlyAmount,
        int countedMembers,
        Money householdMonthlyIncome,
        Money perCapitaMonthlyIncome,
        Money standard,
        Integer reviewMonths,
        LocalDate nextReview,
        LocalDate gradualExitUntil)
        implements Payment {

    /** An absent amount is an empty Optional, never null. */
    public DibaoResult {
        monthlyAmount = Objects.requireNonNullElse(monthlyAmount, Optional.empty());
    }

    /** @return the monthly payment (低保金), where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return monthlyAmount;
    }

    /** @return monthly */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.MONTHLY;
    }
}
