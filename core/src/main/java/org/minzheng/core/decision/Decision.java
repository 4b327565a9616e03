package org.minzheng.core.decision;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.core.MinzhengVersion;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

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
@JsonPropertyOrder({
    "schemaVersion",
    "program",
    "region",
    "date",
    "outcome",
    "result",
    "findings",
    "counterfactuals",
    "warnings",
    "missingParameters",
    "parameters",
    "policyFingerprint",
    "libraryVersion"
})
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public final class Decision<R> {

    /** The version of the decision record's JSON form. */
    public static final String SCHEMA_VERSION = "1";

    // the finished context this decision was made in: its arrays are read here and never written
    // again (a finished context refuses every change), so a decision copies nothing
    private final RuleContext made;
    private final Outcome outcome;
    private final R result;
    private volatile List<Note> warnings;
    private volatile String fingerprint;

    Decision(RuleContext made, Outcome outcome, R result) {
        this.made = made;
        this.outcome = Objects.requireNonNull(outcome, "outcome");
        this.result = result;
    }

    /** @return the version of this record's JSON form */
    @JsonProperty
    public String schemaVersion() {
        return SCHEMA_VERSION;
    }

    /** @return the program id */
    @JsonProperty
    public String program() {
        return made.program;
    }

    /** @return the region the case was decided for */
    @JsonProperty
    public RegionCode region() {
        return made.snapshot.region();
    }

    /** @return the date the case was decided for (the policy date) */
    @JsonProperty
    public LocalDate date() {
        return made.snapshot.date();
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
        return made.findingList();
    }

    /**
     * @param rule a rule id, not null
     * @return the first finding of that rule, if any
     */
    public Optional<Finding> finding(String rule) {
        for (Finding f : made.findingList()) {
            if (f.rule().equals(rule)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /**
     * @param rule a rule, not null
     * @return the first finding of that rule, if any
     */
    public Optional<Finding> finding(Rule rule) {
        return finding(rule.id());
    }

    /** @return what would change the outcome */
    @JsonProperty
    public List<Note> counterfactuals() {
        return FrozenList.of(made.counterfactuals, made.counterfactualCount);
    }

    /**
     * @return warnings in the order they arose. For each parameter value read: an ILLUSTRATIVE value
     *         ({@code policy.illustrative-value}); a value whose start date the source does not state
     *         exactly ({@code policy.since-not-exact}); a default the texts leave to a local level,
     *         inherited because no region of the decision's chain sets its own
     *         ({@code policy.inherited-default}, naming the key, the level and that level's region in
     *         the chain, or {@code policy.inherited-default.below} when the decision's region is above
     *         that level); a value whose newest source is dated more than
     *         {@link PolicySnapshot#STALENESS_HORIZON_MONTHS} months before the decision
     *         ({@code policy.source-may-be-outdated}, naming the key and the source date). Then the
     *         programs' own warnings, in the order they were recorded among these; each note once
     */
    @JsonProperty
    public List<Note> warnings() {
        List<Note> w = warnings;
        if (w == null) {
            List<Note> list = new ArrayList<>(made.warningCount + 2);
            PolicySnapshot snapshot = made.snapshot;
            for (int i = 0; i < made.warningCount; i++) {
                Object e = made.warnings[i];
                if (e instanceof ParameterValue<?> v) {
                    for (Note n : ValueWarnings.of(v, snapshot)) { // made once for each value, region and date
                        addOnce(list, n);
                    }
                } else {
                    addOnce(list, (Note) e);
                }
            }
            w = list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
            warnings = w;
        }
        return w;
    }

    /** Adds the warnings reading a value brings, in a fixed order (see {@link #warnings()}). */
    static void valueWarnings(ParameterValue<?> v, PolicySnapshot snapshot, List<Note> list) {
        if (v.grade() == Provenance.ILLUSTRATIVE) {
            addOnce(
                    list,
                    new Note(
                            "policy.illustrative-value",
                            RuleContext.facts("key", v.key().name(), "value", v.valueText(), "region", v.region())));
        }
        if (!v.sinceExact()) {
            addOnce(
                    list,
                    new Note(
                            "policy.since-not-exact",
                            RuleContext.facts("key", v.key().name(), "since", v.since())));
        }
        if (snapshot.inheritsDefault(v)) {
            RegionLevel level = v.replaceableBy();
            RegionCode setter = snapshot.regionAt(level).orElse(null);
            addOnce(
                    list,
                    setter == null
                            ? new Note(
                                    "policy.inherited-default.below",
                                    RuleContext.facts(
                                            "key",
                                            v.key().name(),
                                            "value",
                                            v.valueText(),
                                            "from",
                                            v.region(),
                                            "level",
                                            level,
                                            "region",
                                            snapshot.region()))
                            : new Note(
                                    "policy.inherited-default",
                                    RuleContext.facts(
                                            "key",
                                            v.key().name(),
                                            "value",
                                            v.valueText(),
                                            "from",
                                            v.region(),
                                            "level",
                                            level,
                                            "region",
                                            setter)));
        }
        if (snapshot.isStale(v)) {
            addOnce(
                    list,
                    new Note(
                            "policy.source-may-be-outdated",
                            RuleContext.facts(
                                    "key",
                                    v.key().name(),
                                    "sourceDate",
                                    v.sourceDate(),
                                    "instrument",
                                    v.citation().instrument(),
                                    "months",
                                    PolicySnapshot.STALENESS_HORIZON_MONTHS)));
        }
    }

    /**
     * Adds a note unless an equal one is there: a decision that took in another decision made on
     * another snapshot holds that decision's rendered notes beside its own values, which may bring
     * the same note again.
     */
    private static void addOnce(List<Note> list, Note note) {
        if (!list.contains(note)) {
            list.add(note);
        }
    }

    /**
     * @param v        a parameter value read
     * @param snapshot the snapshot it was read from
     * @return true if reading it brings a warning (see {@link #warnings()})
     */
    static boolean warns(ParameterValue<?> v, PolicySnapshot snapshot) {
        return v.grade() == Provenance.ILLUSTRATIVE
                || !v.sinceExact()
                || snapshot.inheritsDefault(v)
                || snapshot.isStale(v);
    }

    /** @return the context the decision was made in, for {@link RuleContext#absorb} */
    RuleContext made() {
        return made;
    }

    /**
     * @return the parameters that were not configured, each once: those the outcome depends on
     *         (an UNDETERMINED condition read them) and those that only leave result fields absent
     *         ({@link MissingParameter#absentFields()}); an ELIGIBLE or INELIGIBLE decision may
     *         list the latter
     */
    @JsonProperty
    public List<MissingParameter> missingParameters() {
        return FrozenList.of(made.missing, made.missingCount);
    }

    /** @return the parameter values the decision read, ordered by key */
    @JsonIgnore
    public List<ParameterValue<?>> parameterValues() {
        // the values read are put in key order on first reading (most decisions in a screening are
        // never read value by value); until then they are in the order the rules read them
        if (!made.sorted) {
            synchronized (made) {
                if (!made.sorted) {
                    sortByKey(made.used, made.usedCount);
                    made.sorted = true;
                }
            }
        }
        return FrozenList.of(made.used, made.usedCount);
    }

    /** Insertion sort by key name: a decision reads a handful of values, and this allocates nothing. */
    private static void sortByKey(Object[] values, int size) {
        for (int i = 1; i < size; i++) {
            Object x = values[i];
            String name = ((ParameterValue<?>) x).key().name();
            int j = i - 1;
            while (j >= 0 && ((ParameterValue<?>) values[j]).key().name().compareTo(name) > 0) {
                values[j + 1] = values[j];
                j--;
            }
            values[j + 1] = x;
        }
    }

    @JsonProperty("parameters")
    List<ParameterUse> parameters() {
        List<ParameterValue<?>> values = parameterValues();
        List<ParameterUse> list = new ArrayList<>(values.size());
        for (ParameterValue<?> v : values) {
            list.add(ParameterUse.of(v));
        }
        return list;
    }

    /** @return true if any value read was ILLUSTRATIVE (then the decision is an example only) */
    @JsonIgnore
    public boolean usedIllustrativeValues() {
        for (int i = 0; i < made.usedCount; i++) {
            if (((ParameterValue<?>) made.used[i]).grade() == Provenance.ILLUSTRATIVE) {
                return true;
            }
        }
        return false;
    }

    /**
     * @return the SHA-256 fingerprint of the parameter values read (see {@link
     *     PolicySnapshot#fingerprint(java.util.Collection)}), computed once for each set of values
     *     decisions read
     */
    @JsonProperty
    public String policyFingerprint() {
        String f = fingerprint;
        if (f == null) {
            f = Fingerprints.of(parameterValues());
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
        return o instanceof Decision<?> d
                && d.program().equals(program())
                && d.region().equals(region())
                && d.date().equals(date())
                && d.outcome == outcome
                && Objects.equals(d.result, result)
                && d.findings().equals(findings())
                && d.counterfactuals().equals(counterfactuals())
                && d.warnings().equals(warnings())
                && d.missingParameters().equals(missingParameters())
                && d.parameterValues().equals(parameterValues());
    }

    @Override
    public int hashCode() {
        return Objects.hash(program(), region(), date(), outcome, result, findings());
    }

    /** @return a short summary; findings' facts hold no personal data */
    @Override
    public String toString() {
        return "Decision[" + program() + " " + region() + " " + date() + " " + outcome
                + (result == null ? "" : " " + result) + "]";
    }
}
