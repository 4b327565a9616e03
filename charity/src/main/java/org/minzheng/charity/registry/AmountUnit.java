package org.minzheng.charity.registry;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.minzheng.core.money.Money;

/**
 * The units in which reports state sums of money: 元, 万元 (ten thousand), 百万元 (million), 亿元
 * (hundred million). The Huzhou 2024 report states "慈善信托备案6114万元", i.e. 61.14 million yuan in
 * whole 万元. Converting divides, so it always names its scale and {@link RoundingMode}.
 */
public enum AmountUnit {
    /** 元. */
    YUAN(1),
    /** 万元, 10,000 yuan. */
    WAN(10_000),
    /** 百万元, 1,000,000 yuan. */
    MILLION(1_000_000),
    /** 亿元, 100,000,000 yuan. */
    YI(100_000_000);

    private final long yuan;

    AmountUnit(long yuan) {
        this.yuan = yuan;
    }

    /** @return the size of the unit in yuan */
    public long yuan() {
        return yuan;
    }

    /**
     * Expresses an amount in this unit.
     *
     * @param amount the amount, not null
     * @param scale  decimal places to keep, zero or more
     * @param mode   the rounding mode, not null
     * @return the amount in this unit, rounded
     */
    public BigDecimal of(Money amount, int scale, RoundingMode mode) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(mode, "mode");
        return amount.toBigDecimal().divide(BigDecimal.valueOf(yuan), scale, mode);
    }
}
