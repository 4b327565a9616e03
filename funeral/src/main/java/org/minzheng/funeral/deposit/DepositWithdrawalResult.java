package org.minzheng.funeral.deposit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.core.money.Money;

/**
 * The result of a small-deposit withdrawal decision.
 *
 * @param limit                            the limit applied (the notice's, or the bank's own within the notice's range), null if not configured
 * @param countedBalance                   the total of the holdings that count toward the limit
 * @param survivorPayments                 funeral grants and survivor pensions held
 * @param notCoveredBalance                holdings outside the simplified procedure on this date
 * @param notCoveredKinds                  their kinds
 * @param withdrawableWithoutNotarisation  what the applicant may withdraw without notarisation
 * @param transactionHistoryFrom           first date of the transaction history the bank may give (it runs to the present), null if not asked, not available or not configured
 */
@JsonPropertyOrder({
    "limit",
    "countedBalance",
    "survivorPayments",
    "notCoveredBalance",
    "notCoveredKinds",
    "withdrawableWithoutNotarisation",
    "transactionHistoryFrom"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record DepositWithdrawalResult(
        Money limit,
        Money countedBalance,
        Money survivorPayments,
        Money notCoveredBalance,
        List<HoldingKind> notCoveredKinds,
        Money withdrawableWithoutNotarisation,
        LocalDate transactionHistoryFrom) {

    /** Copies the list. */
    public DepositWithdrawalResult {
        notCoveredKinds = List.copyOf(notCoveredKinds);
    }
}
