package org.minzheng.charity.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import org.minzheng.core.money.Money;

/**
 * The result of a matching.
 *
 * @param strategy       the allocation strategy ({@value MostLocalFundFirst#NAME})
 * @param allocations    the allocations, in the order made
 * @param needs          each need's outcome, in the order served
 * @param funds          each fund's outcome, ordered by id
 * @param totalAllocated the sum of the allocations
 * @param totalShortfall the sum of the needs' shortfalls
 */
@JsonPropertyOrder({"strategy", "allocations", "needs", "funds", "totalAllocated", "totalShortfall"})
public record MatchingResult(
        String strategy,
        List<Allocation> allocations,
        List<NeedOutcome> needs,
        List<FundOutcome> funds,
        Money totalAllocated,
        Money totalShortfall) {

    /** Copies the lists. */
    public MatchingResult {
        allocations = List.copyOf(allocations);
        needs = List.copyOf(needs);
        funds = List.copyOf(funds);
    }
}
