package org.minzheng.core.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Objects;

/**
 * A named rounding of a CNY amount: the unit it rounds to and the {@link RoundingMode}.
 *
 * <p>Every division or percentage of money in minzheng names its rounding, and where a policy
 * fixes one the rounding is a policy parameter with its own citation. For example Zhejiang's
 * 困难残疾人生活补贴 (living allowance for disabled people in hardship) is 30% of the 低保
 * standard rounded up to the yuan: {@code Rounding.of(MoneyUnit.YUAN, RoundingMode.CEILING)},
 * written {@code YUAN:CEILING}.
 *
 * <p>The canonical text form is {@code UNIT:MODE}; {@link #parse(CharSequence)} reads it back.
 */
public final class Rounding {

    /** Exact to the fen, half away from zero; the commonest accounting rounding. */
    public static final Rounding FEN_HALF_UP = new Rounding(MoneyUnit.FEN, RoundingMode.HALF_UP);

    private final MoneyUnit unit;
    private final RoundingMode mode;

    private Rounding(MoneyUnit unit, RoundingMode mode) {
        this.unit = unit;
        this.mode = mode;
    }

    /**
     * Obtains a rounding to the given unit with the given mode.
     *
     * @param unit the unit to round to, not null
     * @param mode the rounding mode, not null; {@link RoundingMode#UNNECESSARY} is allowed and
     *             makes any inexact result an {@link ArithmeticException}
     * @return the rounding, not null
     */
    public static Rounding of(MoneyUnit unit, RoundingMode mode) {
        Objects.requireNonNull(unit, "unit");
        Objects.requireNonNull(mode, "mode");
        return new Rounding(unit, mode);
    }

    /**
     * Obtains a rounding from its text form {@code UNIT:MODE}, such as {@code YUAN:CEILING}.
     *
     * @param text the text, not null
     * @return the rounding, not null
     * @throws IllegalArgumentException if the text is not of that form
     */
    public static Rounding parse(CharSequence text) {
        Objects.requireNonNull(text, "text");
        String s = text.toString().trim();
        int colon = s.indexOf(':');
        if (colon < 0) {
            throw new IllegalArgumentException("Rounding must be UNIT:MODE (e.g. YUAN:CEILING), got '" + s + "'");
        }
        try {
            MoneyUnit unit = MoneyUnit.valueOf(s.substring(0, colon).trim().toUpperCase(Locale.ROOT));
            RoundingMode mode =
                    RoundingMode.valueOf(s.substring(colon + 1).trim().toUpperCase(Locale.ROOT));
            return new Rounding(unit, mode);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "Unknown rounding '" + s + "': unit is one of FEN, JIAO, YUAN;"
                            + " mode is a java.math.RoundingMode name",
                    e);
        }
    }

    /** @return the unit rounded to, not null */
    public MoneyUnit unit() {
        return unit;
    }

    /** @return the rounding mode, not null */
    public RoundingMode mode() {
        return mode;
    }

    /**
     * Rounds an exact yuan amount.
     *
     * @param yuan the exact amount in yuan, not null
     * @return the rounded amount, not null
     * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed, or the
     *                             result does not fit in a long number of fen
     */
    public Money apply(BigDecimal yuan) {
        Objects.requireNonNull(yuan, "yuan");
        BigDecimal units = yuan.movePointRight(2).divide(BigDecimal.valueOf(unit.fen()), 0, mode);
        return Money.ofFen(units.longValueExact() * unit.fen());
    }

    /**
     * Rounds the exact quotient {@code numeratorFen / denominator} fen, without any
     * intermediate rounding.
     *
     * @param numeratorFen the numerator in fen
     * @param denominator  the denominator, positive
     * @return the rounded amount, not null
     * @throws ArithmeticException if the mode is UNNECESSARY and rounding is needed
     */
    public Money divide(long numeratorFen, long denominator) {
        if (denominator <= 0) {
            throw new IllegalArgumentException("denominator must be positive: " + denominator);
        }
        long d = Math.multiplyExact(denominator, unit.fen());
        if (d == 1) {
            return Money.ofFen(numeratorFen);
        }
        long q = Math.floorDiv(numeratorFen, d);
        long r = Math.floorMod(numeratorFen, d);
        if (r != 0) {
            q = roundUp(q, r, d, numeratorFen >= 0) ? q + 1 : q;
        }
        return Money.ofFen(Math.multiplyExact(q, unit.fen()));
    }

    /**
     * Decides, in whole long arithmetic, whether the quotient {@code floor + r/d} (0 &lt; r &lt; d)
     * rounds to {@code floor + 1} rather than {@code floor}; the same answers as
     * {@link BigDecimal#divide(BigDecimal, int, RoundingMode)} without allocating.
     */
    private boolean roundUp(long floor, long r, long d, boolean nonNegative) {
        switch (mode) {
            case FLOOR:
                return false;
            case CEILING:
                return true;
            case DOWN:
                return !nonNegative;
            case UP:
                return nonNegative;
            case UNNECESSARY:
                throw new ArithmeticException("Rounding necessary: the amount is not a whole number of " + unit);
            default:
                int half = Long.compare(r, d - r);
                if (half != 0) {
                    return half > 0;
                }
                switch (mode) {
                    case HALF_UP:
                        return nonNegative;
                    case HALF_DOWN:
                        return !nonNegative;
                    default:
                        return (floor & 1) != 0;
                }
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Rounding r && r.unit == unit && r.mode == mode;
    }

    @Override
    public int hashCode() {
        return unit.hashCode() * 31 + mode.hashCode();
    }

    /** @return the canonical text form {@code UNIT:MODE} */
    @Override
    public String toString() {
        return unit.name() + ":" + mode.name();
    }
}
