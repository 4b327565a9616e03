package org.minzheng.eligibility.household;

import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;

/**
 * An exact monthly amount that may hold a fraction of a fen: {@code numeratorFen / denominator}
 * fen, where the denominator divides 27,720 (the least common multiple of 1…12 months). Sums of
 * incomes over periods of different lengths stay exact; a rounding is applied only where a rule
 * needs whole fen, and it is then the rule's named rounding.
 *
 * <p>Two amounts are equal when they are the same number of fen, whatever their denominators
 * ({@code 1/1} equals {@code 27720/27720}). An amount made of monthly incomes only keeps the
 * denominator 1, so that it needs no division until a rule divides it.
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
        return months == 1
                ? new MonthlyAmount(amount.fen(), 1)
                : new MonthlyAmount(commonNumerator(amount, months), COMMON);
    }

    /** 27,720 ÷ months, for 1 to 12 months (a table: a division by a variable costs tens of cycles). */
    private static final long[] PER_MONTHS = new long[13];

    static {
        for (int m = 1; m <= 12; m++) {
            PER_MONTHS[m] = COMMON / m;
        }
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
        return Math.multiplyExact(amount.fen(), PER_MONTHS[months]);
    }

    /**
     * Adds up amounts received over periods of 1 to 12 months, exactly and without an object per
     * amount: monthly amounts in whole fen, the others over {@link #COMMON}.
     */
    public static final class Sum {

        private long wholeFen;
        private long commonNumerator;

        /**
         * @param amount an amount received over a period
         * @param months the period, 1 to 12 months
         * @return this sum
         */
        public Sum add(Money amount, int months) {
            if (months == 1) {
                wholeFen = Math.addExact(wholeFen, amount.fen());
            } else {
                commonNumerator = Math.addExact(commonNumerator, commonNumerator(amount, months));
            }
            return this;
        }

        /** @return the total, with the denominator 1 if every amount was monthly */
        public MonthlyAmount total() {
            return ofParts(wholeFen, commonNumerator);
        }
    }

    /**
     * @param wholeFen        monthly amounts in whole fen
     * @param commonNumerator other amounts over {@link #COMMON} (see {@link #commonNumerator})
     * @return their exact sum, with the denominator 1 if {@code commonNumerator} is zero
     */
    public static MonthlyAmount ofParts(long wholeFen, long commonNumerator) {
        if (commonNumerator == 0) {
            return wholeFen == 0 ? ZERO : new MonthlyAmount(wholeFen, 1);
        }
        return new MonthlyAmount(Math.addExact(Math.multiplyExact(wholeFen, COMMON), commonNumerator), COMMON);
    }

    /**
     * @param fen a whole monthly amount in fen
     * @return the exact monthly amount
     */
    public static MonthlyAmount ofFen(long fen) {
        return new MonthlyAmount(fen, 1);
    }

    private long at(long d) {
        return d == denominator ? numeratorFen : Math.multiplyExact(numeratorFen, d / denominator);
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
        return denominator == 1 || numeratorFen % denominator == 0;
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
        return Money.ofFen(denominator == 1 ? numeratorFen : numeratorFen / denominator);
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

    /**
     * @param o another object
     * @return true if {@code o} is an amount of the same number of fen (denominators may differ)
     */
    @Override
    public boolean equals(Object o) {
        return o instanceof MonthlyAmount m
                && (m.denominator == denominator ? m.numeratorFen == numeratorFen : compareTo(m) == 0);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(at(COMMON));
    }

    /** @return the exact amount as text, such as {@code 924000/27720 fen} (a third of a yuan) or {@code 7 fen} */
    @Override
    public String toString() {
        return denominator == 1 ? numeratorFen + " fen" : numeratorFen + "/" + denominator + " fen";
    }
}
