package org.minzheng.eldercare.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;
import org.minzheng.eldercare.assessment.AbilityLevel;
import org.minzheng.eldercare.person.Situation;

/**
 * The result of a family-care-bed decision.
 *
 * @param age                   the person's age on the decision date
 * @param abilityLevel          the assessed level, null if not assessed
 * @param qualifyingSituation   the situation that opens a bed, null if none does (or not known)
 * @param serviceHoursPerMonth  hours of home service a month in the package, null if not eligible or not configured
 * @param subsidyPerMonth       the monthly subsidy of the bed, null if not eligible or not configured
 */
@JsonPropertyOrder({"age", "abilityLevel", "qualifyingSituation", "serviceHoursPerMonth", "subsidyPerMonth"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record FamilyCareBedResult(
        int age,
        AbilityLevel abilityLevel,
        Situation qualifyingSituation,
        Integer serviceHoursPerMonth,
        Money subsidyPerMonth)
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
