package org.minzheng.funeral.deposit;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.money.Money;
import org.minzheng.core.style.MinzhengStyle;
import org.minzheng.core.validation.constraints.NonNegativeMoney;
import org.minzheng.funeral.person.Relation;

/**
 * A request to withdraw a deceased depositor's small deposits at one legal-person bank
 * (同一法人银行) without an inheritance notarisation. Every holding listed is at that bank:
 * the limit applies to their total per legal-person bank. The request holds no name or
 * identity number; the bank checks identity itself.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableDepositWithdrawalRequest.class)
@JsonDeserialize(as = ImmutableDepositWithdrawalRequest.class)
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public interface DepositWithdrawalRequest {

    /** @return the date of death */
    @NotNull
    LocalDate dateOfDeath();

    /** @return the applicant's relation to the deceased */
    @NotNull
    Relation relation();

    /** @return the balances at the bank, by kind, at least one */
    @NotEmpty
    List<@Valid @NotNull Holding> holdings();

    /**
     * @return the bank's own announced limit, where it set one above the notice's floor (2021
     *         notice: banks are encouraged to set a limit between 10,000 and 50,000); empty if none
     */
    Optional<@NonNegativeMoney Money> bankOwnLimit();

    /** @return true for a rural small or medium bank (农村中小银行), which had a transition to the 2024 limit */
    @Value.Default
    default boolean ruralSmallOrMediumBank() {
        return false;
    }

    /** @return true if the applicant asks for the account's transaction history (2024 notice) */
    @Value.Default
    default boolean transactionHistoryRequested() {
        return false;
    }
}
