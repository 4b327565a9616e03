package org.minzheng.charity.reporting;

/** Where a reporting duty stands on the check date. */
public enum DutyStatus {
    /** Done in time. */
    DONE,
    /** Done, but after its last day. */
    DONE_LATE,
    /** Not done yet; its period has not ended. */
    DUE,
    /** Done, but falling short of a requirement (e.g. a clearing report the supervisor has not approved). */
    DEFICIENT,
    /** Not done, and its period has ended. */
    OVERDUE,
    /** Not assessed: a partial first or last year, for which the texts do not settle whether a report is due. */
    NOT_ASSESSED,
    /** Done in part; a person must judge the rest (e.g. a clearing report not yet published, no deadline known). */
    FOR_REVIEW,
    /** A deadline is not configured: nothing can be said. */
    UNDETERMINED
}
