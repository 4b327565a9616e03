package org.minzheng.eligibility.children;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of a {@code child-allowance} decision.
 *
 * @param category         orphan or de-facto unsupported child; null if neither is established
 * @param placement        where the child is raised
 * @param fatherStanding   how the father's situation counts
 * @param motherStanding   how the mother's situation counts
 * @param standard         the allowance standard of the category; null if not established or not configured
 * @param existingBenefits the benefits the child already receives each month (top-up base, de-facto only)
 * @param monthlyAmount    the monthly allowance: the standard, or for a de-facto child the top-up over
 *                         existing benefits (never negative); null if not computed
 * @param topUp            true if the amount is a top-up (补差发放)
 */
@JsonPropertyOrder({
    "category",
    "placement",
    "fatherStanding",
    "motherStanding",
    "standard",
    "existingBenefits",
    "monthlyAmount",
    "topUp"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ChildAllowanceResult(
        ChildCategory category,
        Placement placement,
        ParentStanding fatherStanding,
        ParentStanding motherStanding,
        Money standard,
        Money existingBenefits,
        Money monthlyAmount,
        boolean topUp)
        implements Payment {
    /** @return the monthly allowance, where the decision grants one */
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
