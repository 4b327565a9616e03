package org.minzheng.charity.registry;

import java.math.RoundingMode;
import java.util.Objects;

/**
 * A named rounding of a ratio expressed as a percentage: how many decimal places of the percentage
 * to keep, and the {@link RoundingMode}. Written {@code PERCENT:0:HALF_UP}.
 *
 * @param scale decimal places of the percentage, zero or more
 * @param mode  the rounding mode, not null
 */
public record RatioRounding(int scale, RoundingMode mode) {

    /**
     * Whole percent, half away from zero: how the Huzhou 2024 report states growth ("同比增长33%").
     */
    public static final RatioRounding WHOLE_PERCENT_HALF_UP = new RatioRounding(0, RoundingMode.HALF_UP);

    /** Validates the components. */
    public RatioRounding {
        Objects.requireNonNull(mode, "mode");
        if (scale < 0) {
            throw new IllegalArgumentException("scale must not be negative: " + scale);
        }
    }

    /** @return {@code PERCENT:<scale>:<mode>} */
    @Override
    public String toString() {
        return "PERCENT:" + scale + ":" + mode.name();
    }
}
