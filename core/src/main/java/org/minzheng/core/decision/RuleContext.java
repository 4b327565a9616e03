package org.minzheng.core.decision;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Provenance;

/**
 * The working state of one decision: reads parameters from the snapshot (recording each value
 * read, each missing key and the warnings they bring), collects findings, counterfactuals and
 * warnings, and builds the {@link Decision}. One per decision; not thread-safe.
 */
public final class RuleContext {

    private final String program;
    private final PolicySnapshot snapshot;
    private final List<Finding> findings = new ArrayList<>(8);
    private final List<Note> counterfactuals = new ArrayList<>();
    private final List<Note> warnings = new ArrayList<>();
    private final List<MissingParameter> missing = new ArrayList<>();
    private final List<ParameterValue<?>> used = new ArrayList<>(4);
    private boolean finished;

    private RuleContext(String program, PolicySnapshot snapshot) {
        this.program = program;
        this.snapshot = snapshot;
    }

    /**
     * Starts a decision.
     *
     * @param program  the program id, not null
     * @param snapshot the policy values in force, not null
     * @return a new context, not null
     */
    public static RuleContext start(String program, PolicySnapshot snapshot) {
        return new RuleContext(Objects.requireNonNull(program, "program"), Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** @return the snapshot */
    public PolicySnapshot snapshot() {
        return snapshot;
    }

    /**
     * Reads a parameter in force, recording the value (and a warning if it is ILLUSTRATIVE or
     * its start date is not exact), or recording it as missing.
     *
     * @param key the key, not null
     * @param <T> the value type
     * @return the value, or null if not configured; the caller then records an UNDETERMINED finding
     */
    public <T> T param(ParameterKey<T> key) {
        ParameterValue<T> v = snapshot.find(key);
        if (v == null) {
            for (MissingParameter m : missing) {
                if (m.key().equals(key.name())) {
                    return null;
                }
            }
            missing.add(new MissingParameter(key.name(), key.unit(), snapshot.region()));
            return null;
        }
        for (ParameterValue<?> u : used) {
            if (u == v) {
                return v.value();
            }
        }
        used.add(v);
        if (v.grade() == Provenance.ILLUSTRATIVE) {
            warnings.add(new Note("policy.illustrative-value", facts("key", key.name(), "value", v.valueText(),
                    "region", v.region())));
        }
        if (!v.sinceExact()) {
            warnings.add(new Note("policy.since-not-exact", facts("key", key.name(), "since", v.since())));
        }
        return v.value();
    }

    /**
     * Records a finding.
     *
     * @param rule      the rule id, not null
     * @param verdict   the verdict, not null
     * @param citation  the legal basis, not null
     * @param keyValues alternating fact names and values (values not null)
     * @return the verdict, for chaining into conditions
     */
    public Verdict record(String rule, Verdict verdict, Citation citation, Object... keyValues) {
        findings.add(new Finding(rule, verdict, facts(keyValues), citation));
        return verdict;
    }

    /**
     * Records a counterfactual: what would change the outcome.
     *
     * @param code      the message code, not null
     * @param keyValues alternating names and values
     */
    public void counterfactual(String code, Object... keyValues) {
        counterfactuals.add(new Note(code, facts(keyValues)));
    }

    /**
     * Records a warning.
     *
     * @param code      the message code, not null
     * @param keyValues alternating names and values
     */
    public void warn(String code, Object... keyValues) {
        warnings.add(new Note(code, facts(keyValues)));
    }

    /**
     * Takes in what another decision made for the same case read: its parameter values (so the
     * fingerprint covers them), its missing parameters and its warnings, each once. Used by
     * programs that run other programs, such as a screening.
     *
     * @param sub the other decision, made on the same snapshot
     */
    public void absorb(Decision<?> sub) {
        for (ParameterValue<?> v : sub.parameterValues()) {
            if (!used.contains(v)) {
                used.add(v);
            }
        }
        for (MissingParameter m : sub.missingParameters()) {
            if (!missing.contains(m)) {
                missing.add(m);
            }
        }
        for (Note w : sub.warnings()) {
            if (!warnings.contains(w)) {
                warnings.add(w);
            }
        }
    }

    /** @return true if any parameter read so far was missing */
    public boolean anyMissing() {
        return !missing.isEmpty();
    }

    /** @return the verdicts recorded so far, in order */
    public List<Verdict> verdicts() {
        List<Verdict> list = new ArrayList<>(findings.size());
        for (Finding f : findings) {
            list.add(f.verdict());
        }
        return list;
    }

    /**
     * Finishes with the outcome {@link Outcome#combine(Iterable) combined} from the findings.
     *
     * @param result the result, may be null
     * @param <R>    the result type
     * @return the decision
     */
    public <R> Decision<R> decide(R result) {
        return decide(Outcome.combine(verdicts()), result);
    }

    /**
     * Finishes with an explicit outcome.
     *
     * @param outcome the outcome, not null
     * @param result  the result, may be null
     * @param <R>     the result type
     * @return the decision
     */
    public <R> Decision<R> decide(Outcome outcome, R result) {
        if (finished) {
            throw new IllegalStateException("this decision was already made; start a new RuleContext");
        }
        finished = true;
        used.sort((a, b) -> a.key().name().compareTo(b.key().name()));
        // the lists are handed over, not copied: the context is finished and never touched again
        return new Decision<>(program, snapshot.region(), snapshot.date(), outcome, result,
                Collections.unmodifiableList(findings), view(counterfactuals), view(warnings), view(missing),
                Collections.unmodifiableList(used));
    }

    private static <T> List<T> view(List<T> list) {
        return list.isEmpty() ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * Builds an ordered, unmodifiable map of named facts.
     *
     * @param keyValues alternating names (String) and values (not null)
     * @return the map
     * @throws IllegalArgumentException if the arguments do not alternate name, value
     */
    public static Map<String, Object> facts(Object... keyValues) {
        if (keyValues.length == 0) {
            return Collections.emptyMap();
        }
        if (keyValues.length % 2 != 0) {
            throw new IllegalArgumentException("facts must alternate name and value");
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!(keyValues[i] instanceof String name)) {
                throw new IllegalArgumentException("fact name at " + i + " is not a String");
            }
            Objects.requireNonNull(keyValues[i + 1], name);
            for (int j = 0; j < i; j += 2) {
                if (keyValues[j].equals(name)) {
                    throw new IllegalArgumentException("fact '" + name + "' given twice");
                }
            }
        }
        return new FactMap(keyValues);
    }
}
