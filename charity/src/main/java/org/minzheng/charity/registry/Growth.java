package org.minzheng.charity.registry;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.money.Money;

/**
 * Growth from one amount to another (同比增长), held exactly as the two amounts; the ratio
 * {@code (current − previous) / previous} is computed only when asked, with a named rounding.
 *
 * @param current  the amount now, not null
 * @param previous the amount one year earlier, not null
 */
@JsonPropertyOrder({"current", "previous", "change"})
public record Growth(Money current, Money previous) {

    /** Validates the components. */
    public Growth {
        Objects.requireNonNull(current, "current");
        Objects.requireNonNull(previous, "previous");
    }

    /** @return {@code current − previous}, exact */
    public Money change() {
        return current.minus(previous);
    }

    /**
     * The growth as a percentage, {@code (current − previous) × 100 / previous}, computed exactly
     * and rounded once.
     *
     * @param rounding the rounding, not null
     * @return the percentage, e.g. {@code 33} for +33 %; empty when the previous amount is not
     *         positive (no growth rate exists)
     */
    public Optional<BigDecimal> percent(RatioRounding rounding) {
        if (!previous.isPositive()) {
            return Optional.empty();
        }
        BigDecimal num = BigDecimal.valueOf(change().fen()).multiply(BigDecimal.valueOf(100));
        return Optional.of(num.divide(BigDecimal.valueOf(previous.fen()), rounding.scale(), rounding.mode()));
    }
}
