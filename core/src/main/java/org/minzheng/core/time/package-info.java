/**
 * Dates and periods: the half-open {@link org.minzheng.core.time.DateRange}, ages, and the one
 * day count of minzheng, {@link org.minzheng.core.time.PeriodCount} (民法典 第二百零一至二百零三条)
 * over a {@link org.minzheng.core.time.HolidayCalendar} of yearly
 * {@link org.minzheng.core.time.HolidayYear} arrangements. Nothing in minzheng reads the system
 * clock; every "today" is passed in.
 *
 * <p><b>Which date arithmetic is a period (期间) and which is not.</b> A deadline for a party's act
 * (filing, re-filing, reporting, publishing, a task after a death) is a period under the Civil
 * Code and goes through {@code PeriodCount} (programs: {@code org.minzheng.core.program.Periods}).
 * The other date arithmetic of the modules is not a period for an act and is left to plain
 * {@code java.time}, so a holiday never moves it:
 * <ul>
 *   <li>ages and how long a state of fact has lasted (a clergy member's absence of three years, a
 *       parent out of contact for some months): they measure time that has passed, not time left
 *       to act;</li>
 *   <li>look-back windows over past facts (twelve months of income or expenditure, the months of
 *       account history before a death);</li>
 *   <li>how long a grant, a recognition, an assessment or a benefit stays valid (an estate-query
 *       authorisation, a rigid-expenditure recognition, a reassessment due date, a 渐退期, a dibao
 *       review date): properties of a decision the department makes, not deadlines a party must
 *       meet.</li>
 * </ul>
 */
package org.minzheng.core.time;
