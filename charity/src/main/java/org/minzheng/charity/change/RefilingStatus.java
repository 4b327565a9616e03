package org.minzheng.charity.change;

/** Where a re-filing stands on the check date. */
public enum RefilingStatus {
    /** Re-filed on or before the last day. */
    ON_TIME,
    /** Re-filed after the last day. */
    LATE,
    /** Not re-filed yet, and the last day has not passed. */
    PENDING,
    /** Not re-filed, and the last day has passed. */
    OVERDUE,
    /** The change needs no re-filing. */
    NOT_REQUIRED,
    /** The deadline is not configured for the date. */
    UNDETERMINED
}
