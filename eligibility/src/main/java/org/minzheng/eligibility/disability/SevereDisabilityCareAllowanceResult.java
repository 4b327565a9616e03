package org.minzheng.eligibility.disability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.SelfCareCategory;

/**
 * The result of a {@code severe-disability-care-allowance} decision.
 *
 * @param selfCareCategory the tier (a self-care category) as the region's assessment found it; null if
 *                         the region's tier assessment is not configured or not one this library reads
 * @param tierAssessment   the assessment that set the tier; null if not configured
 * @param monthlyAmount    the monthly allowance of the tier; null if not computed or not configured
 * @param extension        true if the person qualifies only through the local extension to
 *                         non-severe intellectual or psychiatric disability
 */
@JsonPropertyOrder({"selfCareCategory", "tierAssessment", "monthlyAmount", "extension"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SevereDisabilityCareAllowanceResult(
        SelfCareCategory selfCareCategory, CareTierAssessment tierAssessment, Money monthlyAmount, boolean extension)
        implements Payment {
    /** @return the monthly care allowance, where the decision grants one */
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
