package org.minzheng.core.cases;

import java.util.Objects;

/**
 * One difference between what a case expects and what was decided.
 *
 * @param path     where: {@code outcome}, {@code result.monthlyAmount}, {@code rules.<id>},
 *                 {@code missingParameters}, or {@code input:<path>} for a rejected input, not null
 * @param expected the expected value as text, not null
 * @param actual   the actual value as text, not null
 */
public record Mismatch(String path, String expected, String actual) {

    /** Validates the components. */
    public Mismatch {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(expected, "expected");
        Objects.requireNonNull(actual, "actual");
    }

    /** @return {@code path: expected X, actual Y} */
    @Override
    public String toString() {
        return path + ": expected " + expected + ", actual " + actual;
    }
}
