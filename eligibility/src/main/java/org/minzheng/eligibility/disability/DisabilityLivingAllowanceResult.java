package org.minzheng.eligibility.disability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of a {@code disability-living-allowance} decision.
 *
 * @param monthlyAmount  the monthly allowance; null if not computed
 * @param dibaoStandard  the local dibao standard it is a share of; null if not read
 * @param ratio          the share; null if not read
 * @param rounding       the rounding applied, as {@code UNIT:MODE}; null if not read
 * @param published      true if the amount is the one the locality published (then standard, ratio
 *                       and rounding are not read)
 */
@JsonPropertyOrder({"monthlyAmount", "dibaoStandard", "ratio", "rounding", "published"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DisabilityLivingAllowanceResult(
        Money monthlyAmount, Money dibaoStandard, BigDecimal ratio, String rounding, boolean published)
        implements Payment {
    /** @return the monthly living allowance, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(monthlyAmount);
    }

    /** @return monthly */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.MONTHLY;
    }
}
