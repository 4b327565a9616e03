package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Optional;
import org.minzheng.funeral.person.Relation;

/**
 * The result of an estate-query decision: the route and documents, and then either a
 * {@link EstateQueryGrant} (outcome ELIGIBLE), a {@link EstateQueryRefusal} (INELIGIBLE), or
 * neither (UNDETERMINED: the scope of an asked-for kind or the validity period is not
 * configured for the region).
 *
 * @param relation          the applicant's relation
 * @param route             the 2019 notice's route for that relation
 * @param requiredEvidence  the documents the route requires
 * @param missingEvidence   the required documents not held
 * @param coveredKinds      asked-for kinds the region's query covers
 * @param excludedKinds     asked-for kinds the region's query does not cover (apply to the institution directly)
 * @param undeterminedKinds asked-for kinds whose coverage is not configured
 * @param grant             the grant, null unless the outcome is ELIGIBLE
 * @param refusal           the refusal, null unless the outcome is INELIGIBLE
 */
@JsonPropertyOrder({
    "relation",
    "route",
    "requiredEvidence",
    "missingEvidence",
    "coveredKinds",
    "excludedKinds",
    "undeterminedKinds",
    "grant",
    "refusal"
})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EstateQueryResult(
        Relation relation,
        EvidenceRoute route,
        List<Evidence> requiredEvidence,
        List<Evidence> missingEvidence,
        List<AssetKind> coveredKinds,
        List<AssetKind> excludedKinds,
        List<AssetKind> undeterminedKinds,
        EstateQueryGrant grant,
        EstateQueryRefusal refusal) {

    /** Copies the lists. */
    public EstateQueryResult {
        requiredEvidence = List.copyOf(requiredEvidence);
        missingEvidence = List.copyOf(missingEvidence);
        coveredKinds = List.copyOf(coveredKinds);
        excludedKinds = List.copyOf(excludedKinds);
        undeterminedKinds = List.copyOf(undeterminedKinds);
        if (grant != null && refusal != null) {
            throw new IllegalArgumentException("a result holds a grant or a refusal, not both");
        }
    }

    /** @return the grant, if one was issued */
    public Optional<EstateQueryGrant> grantIfIssued() {
        return Optional.ofNullable(grant);
    }

    /** @return the refusal, if the application was refused */
    public Optional<EstateQueryRefusal> refusalIfRefused() {
        return Optional.ofNullable(refusal);
    }
}
