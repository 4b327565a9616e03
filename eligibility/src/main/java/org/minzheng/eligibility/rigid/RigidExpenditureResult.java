package org.minzheng.eligibility.rigid;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.minzheng.core.money.Money;

/**
 * The result of a rigid-expenditure decision.
 *
 * @param spendingFrom          the first day of the twelve months before the application (Art. 4 (4))
 * @param spendingUntil         the application date: spending from this day on is not counted
 * @param rigidSpending12Months the household's own share of rigid spending in the 12 months before the application
 * @param income12Months        the household's total income (家庭总收入) over 12 months (12 × counted monthly income,
 *                              rigid-cost deductions left out), shown to the fen
 * @param threshold             the share of income the spending had to exceed
 * @param validUntil            the first day after the recognition lapses (Art. 10), null if not eligible or the
 *                              validity period is not configured
 */
@JsonPropertyOrder({
    "spendingFrom",
    "spendingUntil",
    "rigidSpending12Months",
    "income12Months",
    "threshold",
    "validUntil"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RigidExpenditureResult(
        LocalDate spendingFrom,
        LocalDate spendingUntil,
        Money rigidSpending12Months,
        Money income12Months,
        BigDecimal threshold,
        LocalDate validUntil) {}
