package org.minzheng.eligibility.household;

import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * A rigid expenditure of the household: what it cost, what insurance paid back and what
 * assistance or donations already covered. The household's own share is
 * {@code gross − reimbursed − assistance}, never below zero.
 *
 * @param type       the kind, not null
 * @param date       the date it was incurred, not null
 * @param gross      the full cost, not negative
 * @param reimbursed paid by insurance (basic medical, serious-illness, commercial), not negative
 * @param assistance covered by assistance or donations already received, not negative
 */
public record RigidExpenditure(
        @NotNull ExpenditureType type,
        @NotNull LocalDate date,
        @NotNull @NonNegativeMoney Money gross,
        @NotNull @NonNegativeMoney Money reimbursed,
        @NotNull @NonNegativeMoney Money assistance) {

    /** @return the share the household bore itself, never negative */
    public Money ownShare() {
        return gross.minus(reimbursed).minus(assistance).atLeastZero();
    }
}
