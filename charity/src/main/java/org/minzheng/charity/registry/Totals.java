package org.minzheng.charity.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.core.money.Money;

/**
 * How many trusts and how much property: the sums over a group of records, exact to the fen.
 *
 * @param count   the number of trusts
 * @param amount  the total value of their property
 * @param cash    the cash part
 * @param nonCash the non-cash part
 */
@JsonPropertyOrder({"count", "amount", "cash", "nonCash"})
public record Totals(long count, Money amount, Money cash, Money nonCash) {

    /** Nothing. */
    public static final Totals ZERO = new Totals(0, Money.ZERO, Money.ZERO, Money.ZERO);

    /** Validates the components. */
    public Totals {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(cash, "cash");
        Objects.requireNonNull(nonCash, "nonCash");
        if (!cash.plus(nonCash).equals(amount)) {
            throw new IllegalArgumentException("cash + non-cash must equal the amount");
        }
    }

    /**
     * @param t a trust
     * @return the totals of that one trust
     */
    public static Totals of(CharitableTrust t) {
        Money cash = t.cashValue();
        Money total = t.totalValue();
        return new Totals(1, total, cash, total.minus(cash));
    }

    /**
     * @param other more totals
     * @return the sum, exact
     * @throws ArithmeticException on overflow
     */
    public Totals plus(Totals other) {
        return new Totals(
                Math.addExact(count, other.count),
                amount.plus(other.amount),
                cash.plus(other.cash),
                nonCash.plus(other.nonCash));
    }
}
