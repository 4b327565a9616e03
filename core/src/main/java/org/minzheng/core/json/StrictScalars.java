package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Map;
import org.minzheng.core.money.Money;
import org.minzheng.core.time.IsoDates;
import org.minzheng.core.validation.InputLimits;

/**
 * The reader's scalars that Jackson would otherwise read leniently: a date is exactly a JSON
 * string {@code yyyy-MM-dd} (never a number of days, an array, a date-time or padded text) within
 * {@link InputLimits#MIN_DATE} … {@link InputLimits#MAX_DATE}; an amount is exactly a JSON string
 * of yuan with at most two decimal places within {@link InputLimits#MAX_AMOUNT_FEN}.
 */
final class StrictScalars {

    private StrictScalars() {}

    static SimpleModule module() {
        SimpleModule m = new SimpleModule("minzheng-strict-scalars");
        m.addDeserializer(LocalDate.class, new DateDeserializer());
        m.addDeserializer(Money.class, new MoneyDeserializer());
        return m;
    }

    /**
     * The date of the parser's string token as {@link DateDeserializer} reads it, for {@link
     * BoundReaders}.
     *
     * @return the date, or null where the deserializer fails (not a date, or out of range)
     */
    static LocalDate date(JsonParser p) throws IOException {
        LocalDate d = DateDeserializer.date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
        return d != null && InputLimits.plausible(d) ? d : null;
    }

    /**
     * An amount as {@link MoneyDeserializer} reads it, for {@link BoundReaders}.
     *
     * @return the amount, or null where the deserializer fails (not an amount, or out of range)
     */
    static Money money(String text) {
        Money m;
        try {
            m = Money.parse(text);
        } catch (IllegalArgumentException | ArithmeticException e) {
            return null;
        }
        return Math.abs(m.fen()) > InputLimits.MAX_AMOUNT_FEN ? null : m;
    }

    /** Dates: {@code "2024-12-01"} only. */
    static final class DateDeserializer extends StdScalarDeserializer<LocalDate> {

        private static final long serialVersionUID = 1L;

        DateDeserializer() {
            super(LocalDate.class);
        }

        @Override
        public LocalDate deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (LocalDate) ctxt.handleUnexpectedToken(LocalDate.class, p);
            }
            LocalDate d = date(p.getTextCharacters(), p.getTextOffset(), p.getTextLength());
            if (d == null) {
                throw new InputProblem(p, "json.date-format", Map.of());
            }
            if (!InputLimits.plausible(d)) {
                throw new InputProblem(
                        p, "input.date-range", Map.of("min", InputLimits.MIN_DATE, "max", InputLimits.MAX_DATE));
            }
            return d;
        }

        /**
         * Reads {@code yyyy-MM-dd} by hand ({@link IsoDates#parseStrict}): what {@code
         * LocalDate.parse} accepted after the same shape check, with the same value, without the
         * formatter's cost (issue 18).
         *
         * @return the date, or null if the text is not one
         */
        static LocalDate date(char[] c, int off, int len) {
            return IsoDates.parseStrict(c, off, len);
        }
    }

    /** Amounts: {@code "1145.00"} only. */
    static final class MoneyDeserializer extends StdScalarDeserializer<Money> {

        private static final long serialVersionUID = 1L;

        MoneyDeserializer() {
            super(Money.class);
        }

        @Override
        public Money deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
                return (Money) ctxt.handleUnexpectedToken(Money.class, p);
            }
            Money m;
            try {
                m = Money.parse(p.getText());
            } catch (IllegalArgumentException | ArithmeticException e) {
                throw new InputProblem(p, "json.amount-format", Map.of());
            }
            if (Math.abs(m.fen()) > InputLimits.MAX_AMOUNT_FEN) {
                throw new InputProblem(p, "input.amount-range", Map.of("max", Money.ofFen(InputLimits.MAX_AMOUNT_FEN)));
            }
            return m;
        }
    }
}
