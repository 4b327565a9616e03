package org.minzheng.eligibility.dibao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of a dibao decision.
 *
 * @param monthlyAmount          the monthly payment (zero when not eligible); exact, or rounded by
 *                               {@code dibao.amount-rounding}; absent (null) when eligible and that rounding is
 *                               needed but not configured (the key is in missingParameters)
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
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DibaoResult(
        Money monthlyAmount,
        int countedMembers,
        Money householdMonthlyIncome,
        Money perCapitaMonthlyIncome,
        Money standard,
        Integer reviewMonths,
        LocalDate nextReview,
        LocalDate gradualExitUntil)
        implements Payment {
    /** @return the monthly payment (低保金), where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(monthlyAmount);
    }

    /** @return monthly */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.MONTHLY;
    }
}
