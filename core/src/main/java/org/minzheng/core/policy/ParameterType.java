package org.minzheng.core.policy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;
import org.minzheng.core.time.DateSet;

/**
 * The Java type of a policy parameter and how its values are written in pack files.
 *
 * @param <T> the Java type of the values
 */
public final class ParameterType<T> {

    /** An exact CNY amount, written {@code "1145.00"}. */
    public static final ParameterType<Money> MONEY = new ParameterType<>("money", Money.class, Kind.MONEY);
    /** An exact decimal such as a ratio or multiplier, written {@code "0.30"} or {@code "1.5"}. */
    public static final ParameterType<BigDecimal> DECIMAL = new ParameterType<>("decimal", BigDecimal.class, Kind.DECIMAL);
    /** A whole number (months, days, years, persons), written {@code 12}. */
    public static final ParameterType<Integer> INTEGER = new ParameterType<>("integer", Integer.class, Kind.INTEGER);
    /** A yes/no switch, written {@code true} or {@code false}. */
    public static final ParameterType<Boolean> BOOLEAN = new ParameterType<>("boolean", Boolean.class, Kind.BOOLEAN);
    /** A named rounding, written {@code YUAN:CEILING}. */
    public static final ParameterType<Rounding> ROUNDING = new ParameterType<>("rounding", Rounding.class, Kind.ROUNDING);
    /** A code word from a closed list that the key's description names, written as is. */
    public static final ParameterType<String> CODE = new ParameterType<>("code", String.class, Kind.CODE);
    /**
     * A set of dates, written as dates and inclusive runs separated by spaces,
     * {@code 2024-01-01 2024-02-10..2024-02-17}, or {@code none} (see {@link DateSet}).
     */
    public static final ParameterType<DateSet> DATES = new ParameterType<>("dates", DateSet.class, Kind.DATES);

    /**
     * How each type reads and writes its text: a switch rather than lambdas and regular
     * expressions, because every value of every pack is parsed on the way to a first decision.
     */
    private enum Kind {
        MONEY, DECIMAL, INTEGER, BOOLEAN, ROUNDING, CODE, DATES;

        Object parse(String s) {
            switch (this) {
                case MONEY:
                    return Money.parse(s);
                case DECIMAL:
                    if (!isPlainDecimal(s)) {
                        throw new IllegalArgumentException("not a plain decimal number: '" + s + "'");
                    }
                    return new BigDecimal(s);
                case INTEGER:
                    if (!isWholeNumber(s)) {
                        throw new IllegalArgumentException("not a whole number: '" + s + "'");
                    }
                    return Integer.valueOf(s);
                case BOOLEAN:
                    if (!s.equals("true") && !s.equals("false")) {
                        throw new IllegalArgumentException("not true or false: '" + s + "'");
                    }
                    return Boolean.valueOf(s);
                case ROUNDING:
                    return Rounding.parse(s);
                case DATES:
                    return DateSet.parse(s);
                default:
                    if (!isCodeWord(s)) {
                        throw new IllegalArgumentException("not an upper-case code word: '" + s + "'");
                    }
                    return s;
            }
        }

        String print(Object value) {
            switch (this) {
                case DECIMAL:
                    return ((BigDecimal) value).toPlainString();
                case CODE:
                    return (String) value;
                default:
                    // Money, Integer, Boolean, Rounding and DateSet print their canonical text
                    return value.toString();
            }
        }
    }

    /** @return true for {@code -?\d+(\.\d+)?} */
    static boolean isPlainDecimal(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = digits(s, i);
        if (digits == 0) {
            return false;
        }
        i += digits;
        if (i == s.length()) {
            return true;
        }
        if (s.charAt(i) != '.') {
            return false;
        }
        int fraction = digits(s, i + 1);
        return fraction > 0 && i + 1 + fraction == s.length();
    }

    /** @return true for {@code -?\d{1,9}} */
    static boolean isWholeNumber(String s) {
        int i = s.startsWith("-") ? 1 : 0;
        int digits = digits(s, i);
        return digits >= 1 && digits <= 9 && i + digits == s.length();
    }

    /** @return true for {@code [A-Z][A-Z0-9_]*} */
    static boolean isCodeWord(String s) {
        if (s.isEmpty() || s.charAt(0) < 'A' || s.charAt(0) > 'Z') {
            return false;
        }
        for (int i = 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    /** @return how many ASCII digits follow position {@code from} */
    private static int digits(String s, int from) {
        int i = from;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - from;
    }

    private final String name;
    private final Class<T> javaType;
    private final Kind kind;

    private ParameterType(String name, Class<T> javaType, Kind kind) {
        this.name = name;
        this.javaType = javaType;
        this.kind = kind;
    }

    /** @return the type name used in docs, such as {@code money} */
    public String name() {
        return name;
    }

    /** @return the Java type of the values */
    public Class<T> javaType() {
        return javaType;
    }

    /**
     * Parses a value from its text in a pack file.
     *
     * @param text the text, not null
     * @return the value, not null
     * @throws IllegalArgumentException if the text is not a value of this type
     */
    public T parse(String text) {
        return javaType.cast(Objects.requireNonNull(kind.parse(Objects.requireNonNull(text, "text").trim())));
    }

    /**
     * Returns the canonical text of a value, the inverse of {@link #parse(String)}.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public String print(Object value) {
        return kind.print(javaType.cast(value));
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
