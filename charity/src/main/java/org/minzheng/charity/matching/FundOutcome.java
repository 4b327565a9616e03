package org.minzheng.charity.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.money.Money;

/**
 * How one fund came out.
 *
 * @param fund      the fund's id
 * @param before    the amount it had
 * @param allocated the amount allocated from it, never more than it had
 * @param remaining before − allocated
 */
@JsonPropertyOrder({"fund", "before", "allocated", "remaining"})
public record FundOutcome(String fund, Money before, Money allocated, Money remaining) {}
