package org.minzheng.core.validation;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;

/**
 * One thing wrong with an input: where (a path such as {@code facts.members[1].birthDate}),
 * what (a stable code such as {@code NotNull} or {@code household.member-duplicate}) and a
 * message in Chinese and English. Messages never repeat identity numbers or names.
 *
 * @param path      the path, not null
 * @param code      the code, not null
 * @param messageZh the Chinese message, not null
 * @param messageEn the English message, not null
 */
@JsonPropertyOrder({"path", "code", "messageZh", "messageEn"})
public record Violation(String path, String code, String messageZh, String messageEn) implements Comparable<Violation> {

    /** Validates the components. */
    public Violation {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(messageZh, "messageZh");
        Objects.requireNonNull(messageEn, "messageEn");
    }

    @Override
    public int compareTo(Violation o) {
        int c = path.compareTo(o.path);
        return c != 0 ? c : code.compareTo(o.code);
    }

    /** @return {@code path: messageEn (code)} */
    @Override
    public String toString() {
        return path + ": " + messageEn + " [" + code + "]";
    }
}
