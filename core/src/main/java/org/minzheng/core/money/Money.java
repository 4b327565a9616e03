package org.minzheng.core.money;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * An exact amount of Chinese yuan (CNY, 人民币), held as a whole number of fen (分).
 *
 * <p>Money is never binary floating point. Inside, an amount is a {@code long} number of fen, so
 * sums, differences and products by whole numbers are exact and cheap; a comparison such as
 * "per-capita income below the standard" is done without dividing
 * ({@code income < standard × members}). Anything that divides or takes a percentage goes
 * through a named {@link Rounding}.
 *
 * <p>The canonical text form is a plain decimal with two places, {@code "1145.00"}, also used
 * in JSON; {@link #parse(CharSequence)} reads it back. Instances are immutable and
 * thread-safe.
 */
public final class Money implements Comparable<Money> {

    /** Zero yuan. */
    public static final Money ZERO = new Money(0);

    private final long fen;

    private Money(long fen) {
        this.fen = fen;
    }

    /**
     * Obtains an amount from a whole number of fen.
     *
     * @param fen the amount in fen, may be negative
     * @return the amount, not null
     */
    public static Money ofFen(long fen) {
        return fen == 0 ? ZERO : new Money(fen);
    }

    /**
     * Obtains an amount from a whole number of yuan.
     *
     * @param yuan the amount in yuan, may be negative
     * @return the amount, not null
     * @throws ArithmeticException if the amount does not fit
     */
    public static Money ofYuan(long yuan) {
        return ofFen(Math.multiplyExact(yuan, 100L));
    }

    /**
     * Obtains an amount from an exact decimal number of yuan with at most two decimal places.
     *
     * @param yuan the amount, not null
     * @return the amount, not null
     * @throws ArithmeticException if the amount has more than two decimal places (that would
     *                             need a rounding: use {@link Rounding#apply(BigDecimal)}) or
     *                             does not fit
     */
    public static Money of(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        BigDecimal f = yuan.movePointRight(2);
        try {
            return ofFen(f.longValueExact());
        } catch (ArithmeticException e) {
            throw new ArithmeticException(
                    "Amount is not a whole number of fen (at most two decimal places) or is too large");
        }
    }

    /**
     * Obtains an amount from text such as {@code "1145"}, {@code "1145.5"} or {@code "-3.05"}.
     *
     * @param text the text, not null
     * @return the amount, not null
     * @throws IllegalArgumentException if the text is not a decimal number with at most two
     *                                  decimal places
     */
    @JsonCreator
    public static Money parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        long fen = fenOf(text);
        if (fen == NOT_AN_AMOUNT) {
            // the text may be anything a caller typed (an identity number, a name): never echo it
            throw new IllegalArgumentException(
                    "Not a CNY amount with at most two decimal places (text of " + text.length() + " characters)");
        }
        return ofFen(fen);
    }

    /**
     * @param s the text
     * @return true if {@link #parse} accepts it: {@code -?[0-9]{1,15}(\.[0-9]{1,2})?}, ASCII digits only
     */
    static boolean isAmountText(String s) {
        return fenOf(s) != NOT_AN_AMOUNT;
    }

    /** What {@link #fenOf} answers for text that is not an amount (no amount of 15 digits reaches it). */
    private static final long NOT_AN_AMOUNT = Long.MIN_VALUE;

    /**
     * Reads text of the form {@code -?[0-9]{1,15}(\.[0-9]{1,2})?} (ASCII digits only, no plus
     * sign, no spaces, no exponent) as fen, by hand: the same acceptance and the same value as
     * that regular expression followed by {@code new BigDecimal(text)} moved two places, without
     * either (reading an amount was a visible part of reading a household, issue 18).
     *
     * @return the amount in fen, or {@link #NOT_AN_AMOUNT}
     */
    private static long fenOf(CharSequence s) {
        int n = s.length();
        int i = n > 0 && s.charAt(0) == '-' ? 1 : 0;
        boolean negative = i == 1;
        int digitsFrom = i;
        long fen = 0;
        while (i < n) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                break;
            }
            if (i - digitsFrom == 15) {
                return NOT_AN_AMOUNT; // a sixteenth digit before the point
            }
            fen = fen * 10 + (c - '0');
            i++;
        }
        if (i == digitsFrom) {
            return NOT_AN_AMOUNT;
        }
        fen *= 100;
        if (i < n) {
            if (s.charAt(i) != '.' || n - i - 1 < 1 || n - i - 1 > 2) {
                return NOT_AN_AMOUNT;
            }
            char jiao = s.charAt(i + 1);
            if (jiao < '0' || jiao > '9') {
                return NOT_AN_AMOUNT;
            }
            fen += 10 * (jiao - '0');
            if (n - i - 1 == 2) {
                char f = s.charAt(i + 2);
                if (f < '0' || f > '9') {
                    return NOT_AN_AMOUNT;
                }
                fen += f - '0';
            }
        }
        return negative ? -fen : fen;
    }

    /** @return the amount in fen */
    public long fen() {
        return fen;
    }

    /** @return the amount as an exact decimal of yuan with scale 2, not null */
    public BigDecimal toBigDecimal() {
        return BigDecimal.valueOf(fen, 2);
    }

    /**
     * Returns this plus another amount.
     *
     * @param other the amount to add, not null
     * @return the sum, not null
     * @throws ArithmeticException on overflow
     */
    public Money plus(Money other) {
        return ofFen(Math.addExact(fen, other.fen));
    }

    /**
     * Returns this minus another amount.
     *
     * @param other the amount to subtract, not null
     * @return the difference, not null
     * @throws ArithmeticException on overflow
     */
    public Money minus(Money other) {
        return ofFen(Math.subtractExact(fen, other.fen));
    }

    /**
     * Returns this multiplied by a whole number (members, months…); exact.
     *
     * @param factor the factor
     * @return the product, not null
     * @throws ArithmeticException on overflow
     */
    public Money times(long factor) {
        return ofFen(Math.multiplyExact(fen, factor));
    }

    /**
     * Returns this multiplied by an exact decimal ratio (30%, 1.5×…), rounded by the named rounding.
     *
     * @param ratio    the ratio, not null
     * @param rounding the rounding, not null
     * @return the rounded product, not null
     */
    public Money times(BigDecimal ratio, Rounding rounding) {
        return rounding.apply(toBigDecimal().multiply(ratio));
    }

    /**
     * Returns this divided by a positive whole number, rounded by the named rounding.
     *
     * @param divisor  the divisor, positive
     * @param rounding the rounding, not null
     * @return the rounded quotient, not null
     */
    public Money dividedBy(long divisor, Rounding rounding) {
        return rounding.divide(fen, divisor);
    }

    /** @return the amount with the sign flipped, not null */
    public Money negated() {
        return ofFen(Math.negateExact(fen));
    }

    /** @return this if not negative, otherwise zero */
    public Money atLeastZero() {
        return fen < 0 ? ZERO : this;
    }

    /** @return true if below zero */
    public boolean isNegative() {
        return fen < 0;
    }

    /** @return true if zero */
    public boolean isZero() {
        return fen == 0;
    }

    /** @return true if above zero */
    public boolean isPositive() {
        return fen > 0;
    }

    /**
     * @param other the other amount, not null
     * @return true if this is strictly less than other
     */
    public boolean isLessThan(Money other) {
        return fen < other.fen;
    }

    /**
     * @param other the other amount, not null
     * @return true if this is strictly greater than other
     */
    public boolean isGreaterThan(Money other) {
        return fen > other.fen;
    }

    /**
     * @param a one amount, not null
     * @param b another amount, not null
     * @return the larger of the two
     */
    public static Money max(Money a, Money b) {
        return a.fen >= b.fen ? a : b;
    }

    /**
     * @param a one amount, not null
     * @param b another amount, not null
     * @return the smaller of the two
     */
    public static Money min(Money a, Money b) {
        return a.fen <= b.fen ? a : b;
    }

    @Override
    public int compareTo(Money o) {
        return Long.compare(fen, o.fen);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Money m && m.fen == fen;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(fen);
    }

    /**
     * Returns the canonical text form: a plain decimal of yuan with two places, such as
     * {@code "1145.00"} or {@code "-3.05"}. Locale-independent.
     */
    @JsonValue
    @Override
    public String toString() {
        long abs = Math.abs(fen);
        StringBuilder sb = new StringBuilder(16);
        if (fen < 0) {
            sb.append('-');
        }
        sb.append(abs / 100).append('.');
        long cents = abs % 100;
        if (cents < 10) {
            sb.append('0');
        }
        return sb.append(cents).toString();
    }
}
