/**
 * The older-person ability assessment of GB/T 42195-2022 《老年人能力评估规范》: the 26 items
 * ({@link org.minzheng.eldercare.assessment.AbilityItem}) in four domains, the five levels
 * ({@link org.minzheng.eldercare.assessment.AbilityLevel}), the {@code ability-assessment} program
 * with its two policy switches ({@link org.minzheng.eldercare.assessment.ComaRating},
 * {@link org.minzheng.eldercare.assessment.AdjustmentStacking}), ICD-10 codes for the diagnosis
 * clause, assessment records (whose {@code toString} masks personal data) and re-assessment dates.
 *
 * <p>Source: REFERENCE.md §6.1 (transcriptions of the standard, medium-high). Where the
 * transcriptions disagree (coma: 完全失能 in C.4, 重度失能 in one B.3.9 note) or are silent
 * (whether two raises add up), the choice is a dated, cited parameter, explained in
 * {@code docs/eldercare.md}.
 */
package org.minzheng.eldercare.assessment;
