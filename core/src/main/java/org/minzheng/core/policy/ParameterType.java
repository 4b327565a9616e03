package org.minzheng.core.policy;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import org.minzheng.core.money.Money;
import org.minzheng.core.money.Rounding;

/**
 * The Java type of a policy parameter and how its values are written in pack files.
 *
 * @param <T> the Java type of the values
 */
public final class ParameterType<T> {

    /** An exact CNY amount, written {@code "1145.00"}. */
    public static final ParameterType<Money> MONEY = new ParameterType<>("money", Money.class, Money::parse, Money::toString);
    /** An exact decimal such as a ratio or multiplier, written {@code "0.30"} or {@code "1.5"}. */
    public static final ParameterType<BigDecimal> DECIMAL = new ParameterType<>("decimal", BigDecimal.class,
            s -> {
                if (!s.matches("-?\\d+(\\.\\d+)?")) {
                    throw new IllegalArgumentException("not a plain decimal number: '" + s + "'");
                }
                return new BigDecimal(s);
            }, BigDecimal::toPlainString);
    /** A whole number (months, days, years, persons), written {@code 12}. */
    public static final ParameterType<Integer> INTEGER = new ParameterType<>("integer", Integer.class,
            s -> {
                if (!s.matches("-?\\d{1,9}")) {
                    throw new IllegalArgumentException("not a whole number: '" + s + "'");
                }
                return Integer.valueOf(s);
            }, String::valueOf);
    /** A yes/no switch, written {@code true} or {@code false}. */
    public static final ParameterType<Boolean> BOOLEAN = new ParameterType<>("boolean", Boolean.class,
            s -> {
                if (!s.equals("true") && !s.equals("false")) {
                    throw new IllegalArgumentException("not true or false: '" + s + "'");
                }
                return Boolean.valueOf(s);
            }, String::valueOf);
    /** A named rounding, written {@code YUAN:CEILING}. */
    public static final ParameterType<Rounding> ROUNDING = new ParameterType<>("rounding", Rounding.class,
            Rounding::parse, Rounding::toString);
    /** A code word from a closed list that the key's description names, written as is. */
    public static final ParameterType<String> CODE = new ParameterType<>("code", String.class,
            s -> {
                if (!s.matches("[A-Z][A-Z0-9_]*")) {
                    throw new IllegalArgumentException("not an upper-case code word: '" + s + "'");
                }
                return s;
            }, Function.identity());

    private final String name;
    private final Class<T> javaType;
    private final Function<String, T> parser;
    private final Function<T, String> printer;

    private ParameterType(String name, Class<T> javaType, Function<String, T> parser, Function<T, String> printer) {
        this.name = name;
        this.javaType = javaType;
        this.parser = parser;
        this.printer = printer;
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
        return Objects.requireNonNull(parser.apply(Objects.requireNonNull(text, "text").trim()));
    }

    /**
     * Returns the canonical text of a value, the inverse of {@link #parse(String)}.
     *
     * @param value the value, not null
     * @return the text, not null
     */
    public String print(Object value) {
        return printer.apply(javaType.cast(value));
    }

    @Override
    public String toString() {
        return name.toLowerCase(Locale.ROOT);
    }
}
