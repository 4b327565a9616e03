package org.minzheng.eligibility.household;

import jakarta.validation.constraints.NotNull;
import org.minzheng.core.money.Money;
import org.minzheng.core.validation.constraints.NonNegativeMoney;

/**
 * A vehicle the household owns. A vehicle used for the household's livelihood or a disabled
 * person's mobility is property needed for production or daily life, which Art. 14 lets a
 * locality exempt (a parameter of each program family); otherwise, and where the locality does
 * not exempt it, it is tested like a private car.
 *
 * @param use   what it is used for, not null
 * @param value its estimated value, not negative
 */
public record Vehicle(
        @NotNull Use use, @NotNull @NonNegativeMoney Money value) {

    /** What a vehicle is used for. */
    public enum Use {
        /** A private car for the family's own use. */
        PRIVATE_CAR,
        /** A small vehicle that is the household's sole livelihood (营运). */
        LIVELIHOOD,
        /** A disabled person's mobility vehicle (残疾人代步车). */
        DISABILITY_MOBILITY
    }
}
