package org.minzheng.eldercare.services;

/**
 * How several per-meal subsidy rates that apply to one person combine: the parameter
 * {@code meal-assistance.rate-combination}. 民发〔2023〕58号 names the priority groups but not how
 * their support combines with age-based support; localities differ.
 */
public enum RateCombination {
    /** The highest applicable rate (就高, no stacking). */
    HIGHEST,
    /** The sum of the applicable rates (叠加). */
    SUM
}
