package org.minzheng.funeral.person;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import org.minzheng.core.id.Masking;

/**
 * A person's name (姓名) as written on an application, for example to let a bank find the
 * deceased's accounts. It is personal data: {@link #toString()} returns the masked form
 * ({@code 张**}), and the full name is available only through {@link #value()} (also the JSON
 * form, because a case file must identify the person; handle such JSON as personal data).
 *
 * <p>Immutable; equal when the full names are equal.
 */
public final class PersonName {

    private static final int MAX_LENGTH = 64;

    private final String value;

    private PersonName(String value) {
        this.value = value;
    }

    /**
     * Obtains a name.
     *
     * @param value the name, not null, not blank, at most 64 characters, without line breaks
     * @return the name
     * @throws NullPointerException     if value is null
     * @throws IllegalArgumentException if the name is blank, too long or holds a control
     *                                  character (the message never repeats the name)
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PersonName of(String value) {
        Objects.requireNonNull(value, "name");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a name must not be blank");
        }
        if (value.codePointCount(0, value.length()) > MAX_LENGTH) {
            throw new IllegalArgumentException("a name must have at most " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("a name must not contain control characters");
        }
        return new PersonName(value);
    }

    /**
     * Returns the full name. <strong>Personal data: do not log it.</strong>
     *
     * @return the full name, not null
     */
    @JsonValue
    public String value() {
        return value;
    }

    /** @return the masked name, such as {@code 张**} (see {@link Masking#maskName(String)}) */
    public String masked() {
        return Masking.maskName(value);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PersonName n && n.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    /** @return the masked name, never the full one */
    @Override
    public String toString() {
        return masked();
    }
}
