/**
 * The superseded MZ/T 039-2013 《老年人能力评估》, for old records: four domain grades 0–3 and
 * overall levels 0–3 ({@link org.minzheng.eldercare.assessment.legacy.Mzt039Scheme}), and the
 * correspondence between its levels and those of GB/T 42195-2022
 * ({@link org.minzheng.eldercare.assessment.legacy.LevelCorrespondence}).
 *
 * <p>Only what REFERENCE.md §6.2 gives is implemented: the "intact" row of the decision card and
 * the level-change clauses (coma → 重度失能; dementia or mental illness +1; two or more risk
 * events in 30 days +1; no raise beyond 重度失能). The rest of the card is not given by the
 * sources, so every other combination of grades is refused (UNDETERMINED) rather than guessed.
 * Several public transcriptions of the card exist, but they leave combinations uncovered and
 * overlapping (see docs/eldercare.md); they are not used.
 */
package org.minzheng.eldercare.assessment.legacy;
