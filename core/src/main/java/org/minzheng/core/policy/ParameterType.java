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
    public static final ParameterType<BigDecimal> DECIMAL =
            new ParameterType<>("decimal", BigDecimal.class, Kind.DECIMAL);
    /** A whole number (months, days, years, persons), written {@code 12}. */
    public static final ParameterType<Integer> INTEGER = new ParameterType<>("integer", Integer.class, Kind.INTEGER);
    /** A yes/no switch, written {@code true} or {@code false}. */
    public static final ParameterType<Boolean> BOOLEAN = new ParameterType<>("boolean", Boolean.class, Kind.BOOLEAN);
    /** A named rounding, written {@code YUAN:CEILING}. */
    public static final ParameterType<Rounding> ROUNDING =
            new ParameterType<>("rounding", Rounding.class, Kind.ROUNDING);
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
        MONEY,
        DECIMAL,
        INTEGER,
        BOOLEAN,
        ROUNDING,
        CODE,
        DATES;

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
    // the constants of an enumeration type, in declaration order; null for the other types
    private final T[] constants;

    private ParameterType(String name, Class<T> javaType, Kind kind) {
        this.name = name;
        this.javaType = javaType;
        this.kind = kind;
        this.constants = null;
    }

    private ParameterType(Class<T> enumType) {
        this.name = "code";
        this.javaType = enumType;
        this.kind = Kind.CODE;
        this.constants = enumType.getEnumConstants();
    }

    /**
     * An enumeration: one of the constants of {@code enumType}, written as the constant's name
     * ({@code HIGHEST}). A pack value that names no constant fails when the pack loads, listing
     * the constants.
     *
     * @param enumType the enum class, not null
     * @param <E>      the enum type
     * @return the type, not null
     */
    public static <E extends Enum<E>> ParameterType<E> oneOf(Class<E> enumType) {
        return new ParameterType<>(Objects.requireNonNull(enumType, "enumType"));
    }

    /**
     * @return the code words an enumeration type accepts, in declaration order; empty for the
     *         other types (a {@link #CODE} key's description names its words)
     */
    public java.util.List<String> codes() {
        if (constants == null) {
            return java.util.List.of();
        }
        java.util.List<String> words = new java.util.ArrayList<>(constants.length);
        for (T c : constants) {
            words.add(((Enum<?>) c).name());
        }
        return java.util.List.copyOf(words);
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
        Object parsed = Objects.requireNonNull(
                kind.parse(Objects.requireNonNull(text, "text").trim()));
        if (constants != null) {
            for (T c : constants) {
                if (((Enum<?>) c).name().equals(parsed)) {
                    return c;
                }
            }
            throw new IllegalArgumentException("not one of " + String.join(", ", codes()));
        }
        return javaType.cast(parsed);
    }

    /**
     * Returns the canonical text of a value, the inverse of {@link #parse(String)}.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public String print(Object value) {
        if (constants != null) {
            return ((Enum<?>) javaType.cast(value)).name();
        }
        return kind.print(javaType.cast(value));
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
