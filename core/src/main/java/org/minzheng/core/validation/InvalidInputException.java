package org.minzheng.core.validation;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The input was rejected: carries every violation found, each with its path. Nothing was
 * decided or written. The message lists the violations in English and holds no personal data.
 */
public final class InvalidInputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final transient List<Violation> violations;

    /**
     * @param violations the violations, not empty
     * @throws IllegalArgumentException if there are none
     */
    public InvalidInputException(List<Violation> violations) {
        super(message(violations));
        List<Violation> sorted = new ArrayList<>(violations);
        Collections.sort(sorted);
        this.violations = List.copyOf(sorted);
    }

    private static String message(List<Violation> violations) {
        if (violations.isEmpty()) {
            throw new IllegalArgumentException("an InvalidInputException needs at least one violation");
        }
        List<Violation> sorted = new ArrayList<>(violations);
        Collections.sort(sorted);
        StringBuilder sb = new StringBuilder();
        sb.append(sorted.size()).append(sorted.size() == 1 ? " violation:" : " violations:");
        for (Violation v : sorted) {
            sb.append("\n  ").append(v);
        }
        return sb.toString();
    }

    /** @return every violation, ordered by path and code */
    public List<Violation> violations() {
        return violations;
    }
}
