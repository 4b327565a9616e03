package org.minzheng.eldercare.services;

import java.util.List;
import org.minzheng.core.money.Money;

/**
 * How several per-meal subsidy rates that apply to one person combine: the parameter
 * {@code meal-assistance.rate-combination}. 民发〔2023〕58号 names the priority groups but not how
 * their support combines with age-based support; localities differ.
 */
public enum RateCombination {
    /** The highest applicable rate (就高, no stacking). */
    HIGHEST,
    /** The sum of the applicable rates (叠加). */
    SUM;

    /**
     * @param rates the applicable rates per meal, none negative, not null
     * @return the combined rate per meal (zero for no rate)
     */
    public Money combine(List<Money> rates) {
        Money combined = Money.ZERO;
        for (Money r : rates) {
            combined = this == SUM ? combined.plus(r) : Money.max(combined, r);
        }
        return combined;
    }
}
