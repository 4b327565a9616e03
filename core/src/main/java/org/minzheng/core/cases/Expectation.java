package org.minzheng.core.cases;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;

/**
 * What a case file is expected to decide: the {@code <name>.expected.json} beside it.
 *
 * @param pack              {@code official} (the shipped data) or {@code illustrative} (with the
 *                          examples' illustrative overlay), not null
 * @param packs             the overlay pack files the case needs, each a path relative to the case
 *                          file (such as {@code ../packs/wuxing.yaml}); the checker must be given
 *                          every one of them ({@code minzheng check --pack FILE},
 *                          {@link CaseChecker#withOverlays}), else the case fails without being
 *                          decided; null or empty when the case needs none
 * @param outcome           the expected outcome, not null
 * @param result            a subset of the result's JSON, compared field by field; null to skip
 * @param rules             expected verdicts by rule id (every finding of that rule must have
 *                          it); null to skip
 * @param missingParameters the keys the decision must name as missing, in any order; null to skip
 * @param warnings          the warnings the decision must give, exactly, in any order: each as its
 *                          code, followed by {@code :} and the key it names where it names one
 *                          (such as {@code policy.inherited-default:edge.income-multiplier}); null to skip
 */
@JsonPropertyOrder({"pack", "packs", "outcome", "result", "rules", "missingParameters", "warnings"})
public record Expectation(
        String pack,
        List<String> packs,
        Outcome outcome,
        JsonNode result,
        Map<String, Verdict> rules,
        List<String> missingParameters,
        List<String> warnings) {

    /** The pack name of the shipped data. */
    public static final String OFFICIAL = "official";
    /** The pack name of the shipped data with the illustrative overlay. */
    public static final String ILLUSTRATIVE = "illustrative";

    /** Copies the list of packs. */
    public Expectation {
        packs = packs == null ? null : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(packs));
    }

    /** @return the overlay pack files the case needs, relative to the case file; empty if none */
    public List<String> neededPacks() {
        return packs == null ? List.of() : packs;
    }

    /** @return true if the case is decided with the illustrative overlay */
    public boolean illustrative() {
        return ILLUSTRATIVE.equals(pack);
    }
}
