package org.minzheng.funeral.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;
import org.minzheng.core.id.ResidentIdNumber;

/**
 * The masked form of a resident identity number, {@code 3305**********123X}: the first four
 * and last four characters of the number with the ten between them (which hold the birth date)
 * hidden, exactly as {@link ResidentIdNumber#masked()} writes it.
 *
 * <p>Grants and audit entries carry this type, never the number itself, so that a grant or an
 * audit log can be shown, stored and exported without exposing the number. The type accepts
 * only text of that masked shape, so a full number can never be put into one by mistake.
 */
public final class MaskedId implements Comparable<MaskedId> {

    private static final Pattern SHAPE = Pattern.compile("[0-9]{4}\\*{10}[0-9]{3}[0-9X]");

    private final String value;

    private MaskedId(String value) {
        this.value = value;
    }

    /**
     * Obtains the masked form of a number.
     *
     * @param id the number, not null
     * @return the masked form
     */
    public static MaskedId of(ResidentIdNumber id) {
        return new MaskedId(Objects.requireNonNull(id, "id").masked());
    }

    /**
     * Reads a masked form back, for example from a stored audit log.
     *
     * @param text the masked text, such as {@code 3305**********123X}, not null
     * @return the masked id
     * @throws IllegalArgumentException if the text does not have the masked shape (the message
     *                                  does not repeat the text)
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static MaskedId parse(CharSequence text) {
        String s = Objects.requireNonNull(text, "text").toString();
        if (!SHAPE.matcher(s).matches()) {
            throw new IllegalArgumentException(
                    "a masked identity number has 4 digits, 10 '*' and 4 characters (digits or a final X)");
        }
        return new MaskedId(s);
    }

    /** @return the masked text */
    @JsonValue
    public String value() {
        return value;
    }

    /**
     * @param id a full number, not null
     * @return true if this is the masked form of that number
     */
    public boolean matches(ResidentIdNumber id) {
        return value.equals(id.masked());
    }

    @Override
    public int compareTo(MaskedId o) {
        return value.compareTo(o.value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof MaskedId m && m.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the masked text */
    @Override
    public String toString() {
        return value;
    }
}
