package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.MinzhengVersion;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.region.RegionCode;

/**
 * What a program decided for one case, and why: the outcome, a program-specific result, the
 * ordered findings with their citations, counterfactuals, warnings, the parameters that were
 * missing (for UNDETERMINED) and the parameter values read, with a fingerprint of those values.
 *
 * <p>Decisions are immutable values; their JSON form (see {@code org.minzheng.core.json.Json})
 * is byte-identical for the same case and the same policy values. Explanations are rendered
 * from the findings by {@link Explainer}, never stored as prose.
 *
 * @param <R> the type of the program's result
 */
@JsonPropertyOrder({"schemaVersion", "program", "region", "date", "outcome", "result", "findings", "counterfactuals",
        "warnings", "missingParameters", "parameters", "policyFingerprint", "libraryVersion"})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Decision<R> {

    /** The version of the decision record's JSON form. */
    public static final String SCHEMA_VERSION = "1";

    private final String program;
    private final RegionCode region;
    private final LocalDate date;
    private final Outcome outcome;
    private final R result;
    private final List<Finding> findings;
    private final List<Note> counterfactuals;
    private final List<Note> warnings;
    private final List<MissingParameter> missingParameters;
    private final List<ParameterValue<?>> used;
    private volatile String fingerprint;

    Decision(String program, RegionCode region, LocalDate date, Outcome outcome, R result, List<Finding> findings,
             List<Note> counterfactuals, List<Note> warnings, List<MissingParameter> missingParameters,
             List<ParameterValue<?>> used) {
        this.program = Objects.requireNonNull(program, "program");
        this.region = Objects.requireNonNull(region, "region");
        this.date = Objects.requireNonNull(date, "date");
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.result = result;
        // package-private: RuleContext hands over unmodifiable lists it never touches again
        this.findings = findings;
        this.counterfactuals = counterfactuals;
        this.warnings = warnings;
        this.missingParameters = missingParameters;
        this.used = used;
    }

    /** @return the version of this record's JSON form */
    @JsonProperty
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** @return the program id */
    @JsonProperty
    public String program() {
        return program;
    }

    /** @return the region the case was decided for */
    @JsonProperty
    public RegionCode region() {
        return region;
    }

    /** @return the date the case was decided for (the policy date) */
    @JsonProperty
    public LocalDate date() {
        return date;
    }

    /** @return the outcome */
    @JsonProperty
    public Outcome outcome() {
        return outcome;
    }

    /** @return the program's result (amount, level, deadline…), empty when there is none */
    public Optional<R> result() {
        return Optional.ofNullable(result);
    }

    @JsonProperty("result")
    R resultOrNull() {
        return result;
    }

    /** @return the findings, in the order the rules were applied */
    @JsonProperty
    public List<Finding> findings() {
        return findings;
    }

    /**
     * @param rule a rule id, not null
     * @return the first finding of that rule, if any
     */
    public Optional<Finding> finding(String rule) {
        for (Finding f : findings) {
            if (f.rule().equals(rule)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** @return what would change the outcome */
    @JsonProperty
    public List<Note> counterfactuals() {
        return counterfactuals;
    }

    /** @return warnings, such as ILLUSTRATIVE values used */
    @JsonProperty
    public List<Note> warnings() {
        return warnings;
    }

    /** @return the parameters that were not configured (non-empty iff some rule was UNDETERMINED) */
    @JsonProperty
    public List<MissingParameter> missingParameters() {
        return missingParameters;
    }

    /** @return the parameter values the decision read, ordered by key */
    @JsonIgnore
    public List<ParameterValue<?>> parameterValues() {
        return used;
    }

    @JsonProperty("parameters")
    List<ParameterUse> parameters() {
        List<ParameterUse> list = new ArrayList<>(used.size());
        for (ParameterValue<?> v : used) {
            list.add(ParameterUse.of(v));
        }
        return list;
    }

    /** @return true if any value read was ILLUSTRATIVE (then the decision is an example only) */
    @JsonIgnore
    public boolean usedIllustrativeValues() {
        for (ParameterValue<?> v : used) {
            if (v.grade() == Provenance.ILLUSTRATIVE) {
                return true;
            }
        }
        return false;
    }

    /** @return the SHA-256 fingerprint of the parameter values read (see {@link PolicySnapshot#fingerprint(java.util.Collection)}) */
    @JsonProperty
    public String policyFingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = PolicySnapshot.fingerprint(used);
            fingerprint = f;
        }
        return f;
    }

    /** @return the library version that made the decision */
    @JsonProperty
    public String libraryVersion() {
        return MinzhengVersion.libraryVersion();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decision<?> d && d.program.equals(program) && d.region.equals(region) && d.date.equals(date)
                && d.outcome == outcome && Objects.equals(d.result, result) && d.findings.equals(findings)
                && d.counterfactuals.equals(counterfactuals) && d.warnings.equals(warnings)
                && d.missingParameters.equals(missingParameters) && d.used.equals(used);
    }

    @Override
    public int hashCode() {
        return Objects.hash(program, region, date, outcome, result, findings);
    }

    /** @return a short summary; findings' facts hold no personal data */
    @Override
    public String toString() {
        return "Decision[" + program + " " + region + " " + date + " " + outcome
                + (result == null ? "" : " " + result) + "]";
    }
}
