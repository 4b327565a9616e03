package org.minzheng.eligibility.dibao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of an individual application.
 *
 * @param ground        the ground that applies (or that a case worker must confirm), null if none
 * @param monthlyAmount the person's monthly payment as a one-person unit: zero when not eligible; absent
 *                      when the decision needs review or is undetermined, or when eligible and the
 *                      rounding it needs is not configured
 * @param ownIncome     the person's own counted monthly income, shown to the fen
 * @param standard      the dibao standard applied
 */
@JsonPropertyOrder({"ground", "monthlyAmount", "ownIncome", "standard"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record SingleMemberResult(
        SingleMemberGround ground, Optional<Money> monthlyAmount, Money ownIncome, Money standard) implements Payment {

    /** An absent amount is an empty Optional, never null. */
    public SingleMemberResult {
        monthlyAmount = Objects.requireNonNullElse(monthlyAmount, Optional.empty());
    }

    /** @return the monthly payment of the member granted dibao alone, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return monthlyAmount;
    }

    /** @return monthly */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.MONTHLY;
    }

    /** The grounds for applying alone. */
    public enum SingleMemberGround {
        /** Art. 8 (1): severe disability (grade 1–2) or grade 3 intellectual / psychiatric disability in an edge family. */
        SEVERE_DISABILITY,
        /** Art. 8 (2): a serious illness recognised by the local authorities, in an edge family. */
        SERIOUS_ILLNESS,
        /** 2022 notice 一（一）, 国办发〔2023〕39号 四（一）: an adult with no occupation and a grade 1–2 disability certificate. */
        ADULT_UNEMPLOYED_SEVERE_DISABILITY,
        /** Art. 8 (3): clergy living in a religious venue for three years or more, in hardship (a case worker confirms). */
        CLERGY,
        /** Art. 8 (4): a category the county's civil-affairs department set (a case worker confirms). */
        COUNTY_CATEGORY
    }
}
