package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.funeral.person.Relation;

/**
 * A refusal of an estate query: every required document the applicant lacks, or, when the
 * documents are complete, the asked-for kinds of asset the region's query does not cover. A
 * refusal names everything missing at once (the 2024 notice asks banks to tell applicants all
 * missing documents at once, 一次性告知; minzheng applies the same to queries).
 *
 * @param relation          the applicant's relation, not null
 * @param missingEvidence   the missing documents, in {@link Evidence} order
 * @param kindsNotCovered   asked-for kinds the region does not cover (only when no asked-for kind is covered)
 * @param basis             the passage the refusal rests on, not null
 */
@JsonPropertyOrder({"relation", "missingEvidence", "kindsNotCovered", "basis"})
public record EstateQueryRefusal(
        Relation relation, List<Evidence> missingEvidence, List<AssetKind> kindsNotCovered, Citation basis) {

    /** Validates the components. */
    public EstateQueryRefusal {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(basis, "basis");
        missingEvidence = missingEvidence.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(missingEvidence));
        kindsNotCovered = kindsNotCovered.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(kindsNotCovered));
        if (missingEvidence.isEmpty() && kindsNotCovered.isEmpty()) {
            throw new IllegalArgumentException("a refusal names what is missing");
        }
    }
}
