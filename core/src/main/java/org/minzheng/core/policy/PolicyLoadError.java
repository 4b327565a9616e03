package org.minzheng.core.policy;

import java.util.Objects;

/**
 * One problem found while loading policy data.
 *
 * @param file    the pack file, not null
 * @param line    the 1-based line, 0 if not known
 * @param key     the parameter key or section concerned, may be null
 * @param message what is wrong, in English, not null
 */
public record PolicyLoadError(String file, int line, String key, String message) {

    /** Validates the components. */
    public PolicyLoadError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
    }

    /** @return {@code file:line: [key] message} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (key == null ? "" : "[" + key + "] ") + message;
    }
}
