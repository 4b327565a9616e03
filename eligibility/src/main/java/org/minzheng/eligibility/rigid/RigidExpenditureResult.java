package org.minzheng.eligibility.rigid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.minzheng.core.money.Money;

/**
 * The result of a rigid-expenditure decision.
 *
 * @param rigidSpending12Months the household's own share of rigid spending in the 12 months before the decision date
 * @param income12Months        the counted household income over 12 months (12 × monthly), shown to the fen
 * @param threshold             the share of income the spending had to exceed
 * @param validUntil            the first day after the recognition lapses (Art. 10), null if not eligible
 */
@JsonPropertyOrder({"rigidSpending12Months", "income12Months", "threshold", "validUntil"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RigidExpenditureResult(Money rigidSpending12Months, Money income12Months, BigDecimal threshold,
                                     LocalDate validUntil) {
}
