package org.minzheng.charity.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Map;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.core.decision.Describable;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * One allocation: money from a fund to a need, and why that fund (its purpose covers the need's,
 * its region contains the need's, and it was the most local fund with money left).
 *
 * @param step       the position of the allocation in the run, from 1
 * @param need       the need's id
 * @param fund       the fund's id
 * @param amount     the amount allocated, greater than zero
 * @param purpose    the purpose served
 * @param needRegion the need's region
 * @param fundRegion the fund's region (the need's region or an ancestor)
 * @param fundScope  the level of the fund's region: COUNTY funds are used before PREFECTURE ones, and so on
 */
@JsonPropertyOrder({"step", "need", "fund", "amount", "purpose", "needRegion", "fundRegion", "fundScope"})
public record Allocation(
        int step,
        String need,
        String fund,
        Money amount,
        CharitablePurpose purpose,
        RegionCode needRegion,
        RegionCode fundRegion,
        RegionLevel fundScope)
        implements Describable {

    @Override
    public String messageKey() {
        return "charity-matching.allocation-entry";
    }

    @Override
    public Map<String, Object> messageFacts() {
        return RuleContext.facts("fund", fund, "amount", amount);
    }
}
