package org.minzheng.eldercare.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.minzheng.core.money.Money;

/**
 * The result of a home-adaptation decision.
 *
 * @param age                 the person's age on the decision date
 * @param frailty             why the person is very old, disabled or impaired (empty if not, or not known)
 * @param subsidyPerHousehold the subsidy, null if not eligible or not configured
 */
@JsonPropertyOrder({"age", "frailty", "subsidyPerHousehold"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record HomeAdaptationResult(int age, List<FrailtyBasis> frailty, Money subsidyPerHousehold) {

    /** Copies the list. */
    public HomeAdaptationResult {
        frailty = List.copyOf(frailty);
    }
}
