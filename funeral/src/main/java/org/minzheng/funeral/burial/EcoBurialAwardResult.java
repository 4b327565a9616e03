package org.minzheng.funeral.burial;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.decision.Payment;
import org.minzheng.core.money.Money;

/**
 * The result of an eco-burial award decision.
 *
 * @param form           the form
 * @param category       its kind under 民发〔2016〕21号
 * @param ecoBurial      true if the form counts as 节地生态安葬
 * @param keepsAshes     true if the ashes are kept at a place the family can visit
 * @param awardPerSet    the award per set of remains, null if not eligible or not configured
 * @param setsOfRemains  the sets of remains
 * @param totalAward     awardPerSet × setsOfRemains, null when awardPerSet is
 */
@JsonPropertyOrder({"form", "category", "ecoBurial", "keepsAshes", "awardPerSet", "setsOfRemains", "totalAward"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EcoBurialAwardResult(
        BurialForm form,
        BurialCategory category,
        boolean ecoBurial,
        boolean keepsAshes,
        Money awardPerSet,
        int setsOfRemains,
        Money totalAward)
        implements Payment {
    /** @return the award for all sets of remains, paid once, where the decision grants one */
    @Override
    public java.util.Optional<Money> paidAmount() {
        return java.util.Optional.ofNullable(totalAward);
    }

    /** @return one-off */
    @Override
    public Payment.Period paymentPeriod() {
        return Payment.Period.ONE_OFF;
    }
}
