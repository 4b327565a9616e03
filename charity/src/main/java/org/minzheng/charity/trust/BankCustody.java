package org.minzheng.charity.trust;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import org.immutables.value.Value;
import org.minzheng.core.style.MinzhengStyle;

/**
 * Bank custody (保管) of a cash trust: a custody agreement with a commercial bank and a dedicated
 * charitable-trust account (《慈善信托管理办法》 Art. 18 item 5, REFERENCE.md §7).
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableBankCustody.class)
@JsonDeserialize(as = ImmutableBankCustody.class)
public interface BankCustody {

    /** @return the custodian commercial bank (保管银行) */
    @NotBlank
    String bank();

    /** @return true if the cash is held in a dedicated charitable-trust account (慈善信托专用资金账户) */
    @Value.Default
    default boolean dedicatedAccount() {
        return true;
    }

    /**
     * @param bank the bank
     * @return custody in a dedicated account
     */
    static BankCustody of(String bank) {
        return ImmutableBankCustody.builder().bank(bank).build();
    }
}
