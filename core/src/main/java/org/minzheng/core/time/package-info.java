/**
 * Dates and periods: the half-open {@link org.minzheng.core.time.DateRange}. Nothing in
 * minzheng reads the system clock; every "today" is passed in.
 */
package org.minzheng.core.time;
