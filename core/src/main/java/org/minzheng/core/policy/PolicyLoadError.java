package org.minzheng.core.policy;

import java.util.Objects;

/**
 * One problem found while loading policy data, in English and in Chinese. Messages name the
 * place (file, line, key or field) and what is expected there, never the value found.
 *
 * @param file      the pack file, not null
 * @param line      the 1-based line, 0 if not known
 * @param key       the parameter key or section concerned, may be null
 * @param message   what is wrong, in English, not null
 * @param code      the message code in the loader's bundle ({@code org/minzheng/core/policy/loadmessages}),
 *                  such as {@code key.unknown}; null for a message built without one
 * @param messageZh what is wrong, in Chinese, not null (the English message where none was built)
 */
public record PolicyLoadError(String file, int line, String key, String message, String code, String messageZh) {

    /** Validates the components. */
    public PolicyLoadError {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(messageZh, "messageZh");
    }

    /**
     * An error with an English message only (its Chinese form is the English text).
     *
     * @param file    the pack file, not null
     * @param line    the line, 0 if not known
     * @param key     the key or section, may be null
     * @param message the English message, not null
     */
    public PolicyLoadError(String file, int line, String key, String message) {
        this(file, line, key, message, null, message);
    }

    /** @return {@code file:line: [key] message} */
    @Override
    public String toString() {
        return file + ":" + line + ": " + (key == null ? "" : "[" + key + "] ") + message;
    }

    /** @return {@code file:line: [key] messageZh}, the Chinese form of {@link #toString()} */
    public String toStringZh() {
        return file + ":" + line + ": " + (key == null ? "" : "[" + key + "] ") + messageZh;
    }
}
