package org.minzheng.charity.matching;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.core.money.Money;

/**
 * How one need came out.
 *
 * @param need      the need's id
 * @param purpose   its purpose
 * @param requested the amount asked
 * @param allocated the amount allocated, never more than asked
 * @param shortfall requested − allocated
 * @param status    how far it was met
 */
@JsonPropertyOrder({"need", "purpose", "requested", "allocated", "shortfall", "status"})
public record NeedOutcome(
        String need, CharitablePurpose purpose, Money requested, Money allocated, Money shortfall, NeedStatus status) {}
