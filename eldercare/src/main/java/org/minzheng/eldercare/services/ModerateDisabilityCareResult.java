package org.minzheng.eldercare.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;
import org.minzheng.eldercare.assessment.AbilityLevel;

/**
 * The result of a moderate-disability-care decision.
 *
 * @param age             the person's age on the decision date
 * @param abilityLevel    the assessed level, null if not assessed
 * @param subsidyPerMonth the monthly support, null if not eligible or not configured
 */
@JsonPropertyOrder({"age", "abilityLevel", "subsidyPerMonth"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ModerateDisabilityCareResult(int age, AbilityLevel abilityLevel, Money subsidyPerMonth)
        implements Payment {
    /** @return the monthly subsidy, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(subsidyPerMonth);
    }

    /** @return monthly */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.MONTHLY;
    }
}
