package org.minzheng.eligibility.dibao;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.money.Money;

/**
 * The result of an individual application.
 *
 * @param ground        the Art. 8 ground that applies, null if none
 * @param monthlyAmount the person's monthly payment as a one-person unit (zero when not eligible)
 * @param ownIncome     the person's own counted monthly income, shown to the fen
 * @param standard      the dibao standard applied
 */
@JsonPropertyOrder({"ground", "monthlyAmount", "ownIncome", "standard"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SingleMemberResult(SingleMemberGround ground, Money monthlyAmount, Money ownIncome, Money standard) {

    /** The grounds of Art. 8 this library decides. */
    public enum SingleMemberGround {
        /** Art. 8 (1): severe disability (grade 1–2) or grade 3 intellectual / psychiatric disability in an edge family. */
        SEVERE_DISABILITY,
        /** Art. 8 (2): a serious illness recognised by the local authorities, in an edge family. */
        SERIOUS_ILLNESS
    }
}
