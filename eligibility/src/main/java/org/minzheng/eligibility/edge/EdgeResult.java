package org.minzheng.eligibility.edge;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.math.BigDecimal;
import org.minzheng.core.money.Money;

/**
 * The result of a low-income edge decision.
 *
 * @param countedMembers         the members counted
 * @param perCapitaMonthlyIncome per-capita monthly income, shown to the fen (comparisons are exact)
 * @param standard               the dibao standard
 * @param multiplier             the edge multiple of the standard
 */
@JsonPropertyOrder({"countedMembers", "perCapitaMonthlyIncome", "standard", "multiplier"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EdgeResult(int countedMembers, Money perCapitaMonthlyIncome, Money standard, BigDecimal multiplier) {}
