package org.minzheng.eligibility.household;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;

/**
 * A disability as recorded on the certificate (中华人民共和国残疾人证): category and grade,
 * grade 1 the most severe.
 *
 * @param category    the category, not null
 * @param grade       the grade 1–4
 * @param certificate true if the person holds the (second-generation) certificate
 */
public record Disability(
        @NotNull DisabilityCategory category,
        @Min(1) @Max(4) int grade,
        boolean certificate) {

    /** @return true for grade 1 or 2 (重度残疾) */
    public boolean severe() {
        return grade <= 2;
    }

    /**
     * @param category a category
     * @param maxGrade the least severe grade that still counts
     * @return true if this is of that category and at least that severe
     */
    public boolean atLeast(DisabilityCategory category, int maxGrade) {
        return this.category == category && grade <= maxGrade;
    }
}
