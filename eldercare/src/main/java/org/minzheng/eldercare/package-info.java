/**
 * Eldercare (养老服务): the older-person ability assessment of GB/T 42195-2022 《老年人能力评估规范》
 * (and the superseded MZ/T 039-2013 for old records), and the services an assessed level or a
 * household's assistance status opens.
 *
 * <p>Program ids are part of the public contract: {@code ability-assessment},
 * {@code family-care-bed}, {@code meal-assistance}, {@code home-adaptation},
 * {@code moderate-disability-care}, {@code home-care-nurse}.
 *
 * <p>Packages: {@code assessment} (GB/T 42195-2022 items, levels, the program, assessment
 * records and re-assessment dates), {@code assessment.legacy} (MZ/T 039-2013 and the level
 * correspondence), {@code person} (the older person's facts and the assistance vocabulary
 * 特困 / 低保 / 低保边缘), {@code services} (the service programs), {@code bed} (一床一码 bed
 * codes and occupancy). The policy values live in
 * {@code org/minzheng/eldercare/policy/national.yaml}; see {@code docs/eldercare.md} for the two
 * policy switches of the assessment and the choices made where the sources are silent.
 *
 * <p>Design notes: the scoring definitions of the standard (item maxima, score bands, the
 * two-event threshold) are code, like the check-digit weights of an identifier, because they
 * define the instrument; what a locality or a reading of the text decides (the coma reading,
 * whether the two raises add up, re-assessment intervals, every service criterion and amount)
 * are dated, cited parameters.
 */
package org.minzheng.eldercare;
