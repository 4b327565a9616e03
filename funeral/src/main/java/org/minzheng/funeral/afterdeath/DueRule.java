package org.minzheng.funeral.afterdeath;

/** How an after-death task's deadline is set. */
public enum DueRule {
    /**
     * Within a number of months of the death: the deadline is the last day of the period, the
     * corresponding day of the final month or that month's last day (民法典 Art. 202).
     */
    WITHIN_MONTHS_OF_DEATH,
    /** Before the burial (户口登记条例 Art. 8, in a city): the deadline is the burial date, which the task must precede. */
    BEFORE_BURIAL,
    /** No source found gives a deadline: the task is listed with its deadline undetermined. */
    NOT_CONFIGURED
}
