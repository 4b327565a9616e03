package org.minzheng.eligibility.temporary;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
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
 * @param amount           standard × persons × months granted (a one-off payment), when a grant is decided or
 *                         goes to review (ELIGIBLE, NEEDS_REVIEW); absent when the outcome is UNDETERMINED or
 *                         INELIGIBLE (no grant is decided) or a value it needs is not configured
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
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record TemporaryAssistanceResult(
        AssistanceType type,
        int persons,
        int monthsOfHardship,
        Integer monthsGranted,
        Money standard,
        Optional<Money> amount,
        ApprovalRoute approvalRoute,
        boolean caseByCase)
        implements Payment {

    /** An absent amount is an empty Optional, never null. */
    public TemporaryAssistanceResult {
        amount = Objects.requireNonNullElse(amount, Optional.empty());
    }

    /** @return the one-off payment, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return amount;
    }

    /** @return one-off */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.ONE_OFF;
    }
}
