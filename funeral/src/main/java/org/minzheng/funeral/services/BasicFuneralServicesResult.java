package org.minzheng.funeral.services;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;

/**
 * The result of a basic funeral services decision.
 *
 * @param beneficiaryScope who receives the free items in the region, null if not configured
 * @param freeItems        the items free in the region on the date (for this person, if a beneficiary)
 * @param freeItemsUsed    items used that are free
 * @param chargedItems     items used that are not free
 * @param unusedFreeItems  free items not used
 * @param unusedPaidInCash whether unused free items are paid out in cash; null if not configured or not asked
 */
@JsonPropertyOrder({
    "beneficiaryScope",
    "freeItems",
    "freeItemsUsed",
    "chargedItems",
    "unusedFreeItems",
    "unusedPaidInCash"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record BasicFuneralServicesResult(
        BeneficiaryScope beneficiaryScope,
        List<FuneralServiceItem> freeItems,
        List<FuneralServiceItem> freeItemsUsed,
        List<FuneralServiceItem> chargedItems,
        List<FuneralServiceItem> unusedFreeItems,
        Boolean unusedPaidInCash) {

    /** Copies the lists. */
    public BasicFuneralServicesResult {
        freeItems = List.copyOf(freeItems);
        freeItemsUsed = List.copyOf(freeItemsUsed);
        chargedItems = List.copyOf(chargedItems);
        unusedFreeItems = List.copyOf(unusedFreeItems);
    }
}
