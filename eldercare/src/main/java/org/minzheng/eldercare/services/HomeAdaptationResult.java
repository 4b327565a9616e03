package org.minzheng.eldercare.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of a home-adaptation decision.
 *
 * @param age                 the person's age on the decision date
 * @param nationalTargetGroup true if the household is in the national target group of 国办发〔2019〕5号;
 *                            false if it is not (a local extension may still cover it); null if not known
 * @param frailty             why the person is very old, disabled or impaired (empty if not, or not known)
 * @param subsidyPerHousehold the subsidy, null if not eligible or not configured
 */
@JsonPropertyOrder({"age", "nationalTargetGroup", "frailty", "subsidyPerHousehold"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HomeAdaptationResult(
        int age, Boolean nationalTargetGroup, List<FrailtyBasis> frailty, Money subsidyPerHousehold)
        implements Payment {
    /** @return the subsidy per household, paid once, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(subsidyPerHousehold);
    }

    /** @return one-off */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.ONE_OFF;
    }

    /** Copies the list. */
    public HomeAdaptationResult {
        frailty = List.copyOf(frailty);
    }
}
