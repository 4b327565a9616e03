package org.minzheng.eligibility.household;

import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;

/**
 * An exact monthly amount that may hold a fraction of a fen: {@code numeratorFen / denominator}
 * fen, where the denominator divides 27,720 (the least common multiple of 1…12 months). Sums of
 * incomes over periods of different lengths stay exact; a rounding is applied only where a rule
 * needs whole fen, and it is then the rule's named rounding.
 *
 * @param numeratorFen the numerator in fen
 * @param denominator  the denominator, positive
 */
public record MonthlyAmount(long numeratorFen, long denominator) {

    /** The common denominator of every period of 1 to 12 months. */
    public static final long COMMON = 27_720L;

    /** Zero. */
    public static final MonthlyAmount ZERO = new MonthlyAmount(0, 1);

    /**
     * @param amount an amount received over a period
     * @param months the period, 1 to 12 months
     * @return the exact monthly amount
     */
    public static MonthlyAmount of(Money amount, int months) {
        return new MonthlyAmount(commonNumerator(amount, months), COMMON);
    }

    /**
     * The numerator of {@code of(amount, months)} over the {@link #COMMON} denominator, so that a
     * sum of many amounts can be added up in a {@code long} and made an amount once.
     *
     * @param amount an amount received over a period
     * @param months the period, 1 to 12 months
     * @return {@code amount} in fen × 27,720 ÷ {@code months}, exact
     */
    public static long commonNumerator(Money amount, int months) {
        if (months < 1 || months > 12) {
            throw new IllegalArgumentException("months must be 1 to 12: " + months);
        }
        return Math.multiplyExact(amount.fen(), COMMON / months);
    }

    /**
     * @param fen a whole monthly amount in fen
     * @return the exact monthly amount
     */
    public static MonthlyAmount ofFen(long fen) {
        return new MonthlyAmount(fen, 1);
    }

    private long at(long d) {
        return Math.multiplyExact(numeratorFen, d / denominator);
    }

    /**
     * @param other another amount
     * @return the exact sum
     */
    public MonthlyAmount plus(MonthlyAmount other) {
        long d = commonDenominator(other);
        return new MonthlyAmount(Math.addExact(at(d), other.at(d)), d);
    }

    /**
     * @param other another amount
     * @return the exact difference
     */
    public MonthlyAmount minus(MonthlyAmount other) {
        long d = commonDenominator(other);
        return new MonthlyAmount(Math.subtractExact(at(d), other.at(d)), d);
    }

    /**
     * @param fen a whole amount in fen
     * @return {@code this − fen}, exact
     */
    public MonthlyAmount minusFen(long fen) {
        return new MonthlyAmount(Math.subtractExact(numeratorFen, Math.multiplyExact(fen, denominator)), denominator);
    }

    /**
     * @param fen a whole amount in fen
     * @return {@code fen − this}, exact
     */
    public MonthlyAmount subtractedFromFen(long fen) {
        return new MonthlyAmount(Math.subtractExact(Math.multiplyExact(fen, denominator), numeratorFen), denominator);
    }

    private long commonDenominator(MonthlyAmount other) {
        long d = Math.max(denominator, other.denominator);
        return d % denominator != 0 || d % other.denominator != 0 ? COMMON : d;
    }

    /**
     * Compares with {@code money × factor} without dividing.
     *
     * @param money  an amount
     * @param factor a whole factor (members)
     * @return negative, zero or positive as this is below, equal to or above {@code money × factor}
     */
    public int compareTo(Money money, long factor) {
        return Long.compare(numeratorFen, Math.multiplyExact(Math.multiplyExact(money.fen(), factor), denominator));
    }

    /**
     * Compares with another exact amount.
     *
     * @param other another amount
     * @return negative, zero or positive
     */
    public int compareTo(MonthlyAmount other) {
        return Long.compare(at(COMMON), other.at(COMMON));
    }

    /** @return true if the amount is a whole number of fen */
    public boolean isWholeFen() {
        return numeratorFen % denominator == 0;
    }

    /** @return true if below zero */
    public boolean isNegative() {
        return numeratorFen < 0;
    }

    /**
     * @return the amount in whole fen
     * @throws ArithmeticException if it holds a fraction of a fen
     */
    public Money exact() {
        if (!isWholeFen()) {
            throw new ArithmeticException("not a whole number of fen");
        }
        return Money.ofFen(numeratorFen / denominator);
    }

    /**
     * @param rounding the named rounding
     * @return the amount rounded
     */
    public Money rounded(Rounding rounding) {
        return rounding.divide(numeratorFen, denominator);
    }

    /**
     * Divides by a whole number (members) and rounds; for display only where the text says so.
     *
     * @param divisor  the divisor, positive
     * @param rounding the rounding
     * @return the rounded quotient
     */
    public Money dividedBy(long divisor, Rounding rounding) {
        return rounding.divide(numeratorFen, Math.multiplyExact(denominator, divisor));
    }

    /**
     * Multiplies by a whole number.
     *
     * @param factor the factor
     * @return the exact product
     */
    public MonthlyAmount times(long factor) {
        return new MonthlyAmount(Math.multiplyExact(numeratorFen, factor), denominator);
    }
}
