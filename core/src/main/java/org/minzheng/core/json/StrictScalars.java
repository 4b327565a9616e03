package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.minzheng.core.money.Money;
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
            String s = p.getText();
            LocalDate d = null;
            if (isDateText(s)) {
                try {
                    d = LocalDate.parse(s);
                } catch (DateTimeParseException e) {
                    d = null;
                }
            }
            if (d == null) {
                throw new InputProblem(p, "json.date-format", Map.of());
            }
            if (!InputLimits.plausible(d)) {
                throw new InputProblem(
                        p, "input.date-range", Map.of("min", InputLimits.MIN_DATE, "max", InputLimits.MAX_DATE));
            }
            return d;
        }

        private static boolean isDateText(String s) {
            if (s.length() != 10 || s.charAt(4) != '-' || s.charAt(7) != '-') {
                return false;
            }
            for (int i = 0; i < 10; i++) {
                char c = s.charAt(i);
                if (i != 4 && i != 7 && (c < '0' || c > '9')) {
                    return false;
                }
            }
            return true;
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
