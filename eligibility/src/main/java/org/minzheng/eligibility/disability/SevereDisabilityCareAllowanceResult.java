package org.minzheng.eligibility.disability;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import org.minzheng.core.money.Money;
import org.minzheng.core.person.SelfCareCategory;

/**
 * The result of a {@code severe-disability-care-allowance} decision.
 *
 * @param selfCareCategory the self-care category (the tier)
 * @param monthlyAmount    the monthly allowance of the tier; null if not computed
 * @param extension        true if the person qualifies only through the local extension to
 *                         non-severe intellectual or psychiatric disability
 */
@JsonPropertyOrder({"selfCareCategory", "monthlyAmount", "extension"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SevereDisabilityCareAllowanceResult(SelfCareCategory selfCareCategory, Money monthlyAmount, boolean extension) {
}
