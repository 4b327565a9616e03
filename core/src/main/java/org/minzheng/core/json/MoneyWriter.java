package org.minzheng.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import org.minzheng.core.money.Money;

/**
 * Writes {@link Money} as its canonical text ({@link Money#toString()}, its {@code @JsonValue}:
 * {@code "1145.00"}, {@code "-3.05"}) straight from its fen, without the reflective call to the
 * {@code @JsonValue} method and without building a string: the same characters, by the same
 * generator call ({@code writeString}).
 */
final class MoneyWriter extends StdSerializer<Money> {

    private static final long serialVersionUID = 1L;

    MoneyWriter() {
        super(Money.class);
    }

    @Override
    public void serialize(Money value, JsonGenerator g, SerializerProvider p) throws IOException {
        write(value, g);
    }

    /**
     * @param value an amount, not null
     * @param g     the generator
     * @throws IOException if the generator cannot write
     */
    static void write(Money value, JsonGenerator g) throws IOException {
        long fen = value.fen();
        if (fen == Long.MIN_VALUE) { // no positive counterpart: as toString writes it
            g.writeString(value.toString());
            return;
        }
        char[] text = new char[24];
        int at = text.length;
        long abs = Math.abs(fen);
        long cents = abs % 100;
        text[--at] = (char) ('0' + cents % 10);
        text[--at] = (char) ('0' + cents / 10);
        text[--at] = '.';
        long yuan = abs / 100;
        do {
            text[--at] = (char) ('0' + yuan % 10);
            yuan /= 10;
        } while (yuan != 0);
        if (fen < 0) {
            text[--at] = '-';
        }
        g.writeString(text, at, text.length - at);
    }
}
