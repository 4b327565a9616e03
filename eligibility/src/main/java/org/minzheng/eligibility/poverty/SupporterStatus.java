package org.minzheng.eligibility.poverty;

/** The legal status of a legal supporter that bears on Art. 8(5) of 特困人员认定办法. */
public enum SupporterStatus {
    /** None of the statuses below. */
    NORMAL,
    /** 无民事行为能力, without civil capacity. */
    NO_CIVIL_CAPACITY,
    /** 被宣告失踪, declared missing by a court. */
    DECLARED_MISSING,
    /** 在监狱服刑, serving a prison sentence. */
    IN_PRISON
}
