package org.minzheng.eldercare.assessment;

/**
 * The care-risk events (照护风险事件) of GB/T 42195-2022 A.2.14, counted over the last 30 days
 * for the C.4 raise.
 */
public enum CareRiskEventType {
    /** 跌倒 — fall. */
    FALL,
    /** 噎食 — choking. */
    CHOKING,
    /** 自杀、自伤 — suicide attempt or self-harm. */
    SUICIDE_OR_SELF_HARM,
    /** 走失 — wandering off or getting lost. */
    WANDERING_OR_GETTING_LOST,
    /** 其他 — another care-risk event. */
    OTHER
}
