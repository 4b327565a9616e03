package org.minzheng.charity.registry;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.charity.trust.CharitablePurpose;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.Trustee;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * One record as exported: what is filed about a trust, without any settlor's or supervisor's
 * name (a settlor may refuse publication of its name, 慈善法 Art. 82; the export never holds
 * names of persons). Trustees are organisations; their names and codes are public.
 *
 * @param filingNumber         备案编号
 * @param authorityRegion      the filing department's division code
 * @param authorityLevel       its level
 * @param filedOn              the filing date
 * @param signingDate          the signing date
 * @param leadTrusteeName      the lead trustee's name
 * @param leadTrusteeCode      the lead trustee's credit code
 * @param leadTrusteeType      the lead trustee's type
 * @param trustees             the number of trustees
 * @param settlors             the number of settlors
 * @param supervisor           true if a supervisor is appointed
 * @param purposes             the purposes, in the order of Art. 3
 * @param totalValue           the property's total value
 * @param cashValue            its cash part
 * @param nonCashValue         its non-cash part
 * @param termStart            the first day of the term
 * @param termEndExclusive     the first day after the term, null if perpetual
 */
@JsonPropertyOrder({
    "filingNumber",
    "authorityRegion",
    "authorityLevel",
    "filedOn",
    "signingDate",
    "leadTrusteeName",
    "leadTrusteeCode",
    "leadTrusteeType",
    "trustees",
    "settlors",
    "supervisor",
    "purposes",
    "totalValue",
    "cashValue",
    "nonCashValue",
    "termStart",
    "termEndExclusive"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record RegistryRow(
        String filingNumber,
        RegionCode authorityRegion,
        RegionLevel authorityLevel,
        LocalDate filedOn,
        LocalDate signingDate,
        String leadTrusteeName,
        String leadTrusteeCode,
        TrusteeType leadTrusteeType,
        int trustees,
        int settlors,
        boolean supervisor,
        List<CharitablePurpose> purposes,
        Money totalValue,
        Money cashValue,
        Money nonCashValue,
        LocalDate termStart,
        LocalDate termEndExclusive) {

    /** Copies the list. */
    public RegistryRow {
        purposes = List.copyOf(purposes);
    }

    /**
     * @param t a filed, validated record
     * @return its exported form
     */
    public static RegistryRow of(CharitableTrust t) {
        Trustee lead = t.lead();
        return new RegistryRow(
                t.filingNumber().orElseThrow(),
                t.filingAuthority().orElseThrow().region(),
                t.filingAuthority().orElseThrow().level(),
                t.filedOn().orElseThrow(),
                t.signingDate(),
                lead.name(),
                lead.code().value(),
                lead.type(),
                t.trustees().size(),
                t.settlors().size(),
                t.supervisor().isPresent(),
                t.purposesInOrder(),
                t.totalValue(),
                t.cashValue(),
                t.totalValue().minus(t.cashValue()),
                t.term().start(),
                t.term().endExclusive().orElse(null));
    }
}
