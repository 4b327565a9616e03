package org.minzheng.eligibility.temporary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of a {@code temporary-assistance} decision.
 *
 * @param type             emergency (急难型) or expenditure (支出型)
 * @param persons          the number of people assisted
 * @param monthsOfHardship the months of hardship assessed
 * @param monthsGranted    the months of the standard granted, within the regional range; null if the range is not configured
 * @param standard         the dibao standard the amount is counted in; null if not configured
 * @param amount           standard × persons × months granted (a one-off payment); null if not computed
 * @param approvalRoute    who approves; null if not decided (not eligible, or the small-amount threshold is missing)
 * @param caseByCase       true if the case goes to case-by-case decision (一事一议), which may grant more than the amount
 */
@JsonPropertyOrder({
    "type",
    "persons",
    "monthsOfHardship",
    "monthsGranted",
    "standard",
    "amount",
    "approvalRoute",
    "caseByCase"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TemporaryAssistanceResult(
        AssistanceType type,
        int persons,
        int monthsOfHardship,
        Integer monthsGranted,
        Money standard,
        Money amount,
        ApprovalRoute approvalRoute,
        boolean caseByCase)
        implements Payment {
    /** @return the one-off payment, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(amount);
    }

    /** @return one-off */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.ONE_OFF;
    }
}
