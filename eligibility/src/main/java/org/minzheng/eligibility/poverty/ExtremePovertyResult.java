package org.minzheng.eligibility.poverty;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.SelfCareCategory;

/**
 * The result of an {@code extreme-poverty} decision.
 *
 * @param eligible                true if the person is recognised as in extreme poverty (outcome ELIGIBLE), false if
 *                                refused (INELIGIBLE); absent while the outcome is UNDETERMINED or NEEDS_REVIEW
 * @param workCapacityGround      why the person has no capacity to work, or NONE
 * @param selfCareCategory        the self-care category (Art. 22)
 * @param failedSelfCareItems     how many of the six items are not achieved
 * @param arrangement             dispersed or centralised support
 * @param monthlyIncome           the counted monthly income, shown to the fen (the comparison is exact); null if not computed
 * @param basicLivingStandard     the basic living standard (基本生活标准) paid, null unless eligible and configured
 * @param careStandard            the care standard (照料护理标准) of the self-care tier, null unless eligible and configured
 * @param careStandardDetermined  false if the person is eligible but the care tier is not configured
 * @param monthlyTotal            basic living plus care standard, null unless both are known
 */
@JsonPropertyOrder({
    "eligible",
    "workCapacityGround",
    "selfCareCategory",
    "failedSelfCareItems",
    "arrangement",
    "monthlyIncome",
    "basicLivingStandard",
    "careStandard",
    "careStandardDetermined",
    "monthlyTotal"
})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record ExtremePovertyResult(
        Optional<Boolean> eligible,
        WorkCapacityGround workCapacityGround,
        SelfCareCategory selfCareCategory,
        int failedSelfCareItems,
        SupportArrangement arrangement,
        Money monthlyIncome,
        Money basicLivingStandard,
        Money careStandard,
        boolean careStandardDetermined,
        Money monthlyTotal)
        implements Payment {

    /** An undecided recognition is an empty Optional, never null. */
    public ExtremePovertyResult {
        eligible = Objects.requireNonNullElse(eligible, Optional.empty());
    }

    /** @return basic living plus care standard, paid monthly, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(monthlyTotal);
    }

    /** @return monthly */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.MONTHLY;
    }
}
