package org.minzheng.examples.walkthrough;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Optional;
import org.minzheng.core.money.Money;

/**
 * What an old-age allowance decision grants.
 *
 * @param age           the applicant's completed years on the decision date
 * @param monthlyAmount the monthly allowance, absent when the case is not eligible or the region
 *                      sets no amount
 */
@JsonPropertyOrder({"age", "monthlyAmount"})
public record OldAgeAllowanceResult(int age, Optional<Money> monthlyAmount) {
}
