package org.minzheng.core.decision;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicySnapshot;

/**
 * The working state of one decision: reads parameters from the snapshot (recording each value
 * read, each missing key and the warnings they bring), collects findings, counterfactuals and
 * warnings, and builds the {@link Decision}. One per decision; not thread-safe.
 */
public final class RuleContext {

    /** Slots per finding row. */
    // package-private: the explainer reads a finished context's rows (see Explainer.fromRows)
    static final int ROW = 4;

    // package-private: the Decision made from this context reads them once it is finished
    final String program;
    final PolicySnapshot snapshot;
    // the program's declared rules, checked under assertions; null for a context started without them
    private final List<Rule> rules;
    // findings as rows of ROW slots (Rule, verdict, citation, the facts' varargs array): the
    // Finding objects are made only when the decision's findings are read (see findingList)
    Object[] findings = new Object[6 * ROW];
    int findingCount;
    volatile List<Finding> findingList;
    // the rest: plain arrays, created on first use and read by the decision as lists (see
    // FrozenList), so a decision allocates only what it records
    Object[] counterfactuals;
    int counterfactualCount;
    // Note, or ParameterValue standing for the warnings its grade and date bring (see Decision)
    Object[] warnings;
    int warningCount;
    Object[] missing;
    int missingCount;
    Object[] used = new Object[4];
    int usedCount;
    // set by the decision once it has put the values read in key order (see Decision#parameterValues)
    volatile boolean sorted;
    private boolean finished;

    private RuleContext(String program, List<Rule> rules, PolicySnapshot snapshot) {
        this.program = program;
        this.rules = rules;
        this.snapshot = snapshot;
    }

    /**
     * Starts a decision of a program that declares its rules. When assertions are enabled (as in
     * every test run), recording a finding of a rule not in the list or with a verdict the rule
     * does not declare, citing an article the rule does not, adding a note no rule declares, or
     * reading a parameter no rule declares, fails with an {@link AssertionError}.
     *
     * @param program  the program id, not null
     * @param rules    the program's rules ({@link org.minzheng.core.program.Program#rules()}), not null
     * @param snapshot the policy values in force, not null
     * @return a new context, not null
     */
    public static RuleContext start(String program, List<Rule> rules, PolicySnapshot snapshot) {
        return new RuleContext(
                Objects.requireNonNull(program, "program"),
                Objects.requireNonNull(rules, "rules"),
                Objects.requireNonNull(snapshot, "snapshot"));
    }

    /**
     * Starts a context that checks nothing against declarations, for tools and tests of the
     * kernel. Programs start their decisions with their rules ({@code AbstractProgram.start});
     * {@code ArchitectureRules.decisionsUseDeclaredRules} keeps this out of production code.
     *
     * @param program  the program id, not null
     * @param snapshot the policy values in force, not null
     * @return a new context, not null
     */
    public static RuleContext start(String program, PolicySnapshot snapshot) {
        return new RuleContext(
                Objects.requireNonNull(program, "program"), null, Objects.requireNonNull(snapshot, "snapshot"));
    }

    /** @return the snapshot */
    public PolicySnapshot snapshot() {
        return snapshot;
    }

    /**
     * Reads a parameter in force that the outcome depends on, recording the value (and the
     * warnings it brings: ILLUSTRATIVE, start date not exact, an inherited default, a source
     * older than the staleness horizon; see {@link Decision#warnings()}), or recording it as missing and
     * {@link MissingParameter#blocksOutcome() blocking the outcome}.
     *
     * @param key the key, not null
     * @param <T> the value type
     * @return the value, or null if not configured; the caller then records an UNDETERMINED finding
     */
    public <T> T param(ParameterKey<T> key) {
        return read(key, null);
    }

    /**
     * Reads a parameter in force that only a detail of the result depends on (an amount, a
     * deadline, a validity period), not the outcome. If it is not configured, it is recorded as
     * missing with the result field it leaves absent; the caller leaves that field empty, records
     * the finding that would have used the value as {@link Verdict#INFO} (not UNDETERMINED) and
     * decides the outcome from the other conditions. See {@code docs/writing-a-program.md}, "When a
     * missing value blocks the outcome".
     *
     * @param key         the key, not null
     * @param absentField the name of the result field left absent if the value is missing (as in
     *                    the result's JSON, such as {@code monthlyAmount}), not null
     * @param <T>         the value type
     * @return the value, or null if not configured
     */
    public <T> T detail(ParameterKey<T> key, String absentField) {
        return read(key, Objects.requireNonNull(absentField, "absentField"));
    }

    /**
     * Tells whether a parameter is configured for the decision's region and date, without
     * recording it: for a rule that takes a path only where a value exists (a published amount
     * that replaces a computed one, a cap that applies where it is set, the first open switch of
     * several) and then reads the value with {@link #param} or {@link #detail}, which record it.
     * The key must be one a rule of the program declares, as for every read.
     *
     * @param key the key, not null
     * @return true if a value is in force
     */
    public boolean isConfigured(ParameterKey<?> key) {
        checkOpen();
        assert declaresRead(key);
        return snapshot.find(key) != null;
    }

    /**
     * Reads a parameter in force on another date than the decision's, at the decision's region,
     * recording it as {@link #param} records a value (or a missing key): for rules that follow the
     * law in force on the day of an event, such as the signing of a trust.
     *
     * @param key  the key, one a rule of the program declares, not null
     * @param date the date whose value applies, not null
     * @param <T>  the value type
     * @return the value, or null if none is configured on that date (then recorded as missing)
     */
    public <T> T paramOn(ParameterKey<T> key, LocalDate date) {
        checkOpen();
        if (date.equals(snapshot.date())) {
            return param(key);
        }
        assert declaresRead(key);
        // a context of its own on that date, taken in like a sub-decision: the value, its
        // warnings (which depend on the date) and a missing key are recorded once
        RuleContext on = new RuleContext(program, null, snapshot.book().snapshot(snapshot.region(), date));
        T value = on.param(key);
        absorb(on.decide(Outcome.ELIGIBLE, null));
        return value;
    }

    private <T> T read(ParameterKey<T> key, String absentField) {
        checkOpen();
        assert declaresRead(key);
        ParameterValue<T> v = snapshot.find(key);
        if (v == null) {
            MissingParameter element = absentField == null
                    ? new MissingParameter(key.name(), key.unit(), snapshot.region())
                    : new MissingParameter(key.name(), key.unit(), snapshot.region(), List.of(absentField));
            addMissing(element);
            return null;
        }
        for (int i = 0; i < usedCount; i++) {
            if (used[i] == v) {
                return v.value();
            }
        }
        used = FrozenList.append(used, usedCount, v, 8);
        usedCount++;
        if (Decision.warns(v, snapshot)) {
            // the notes themselves are made only if someone reads the decision's warnings
            warnings = FrozenList.append(warnings, warningCount, v, 2);
            warningCount++;
        }
        return v.value();
    }

    /** Records a missing value once per key, merging how it was needed (see MissingParameter#merge). */
    private void addMissing(MissingParameter element) {
        for (int i = 0; i < missingCount; i++) {
            MissingParameter m = (MissingParameter) missing[i];
            if (m.key().equals(element.key()) && m.region().equals(element.region())) {
                missing[i] = m.merge(element);
                return;
            }
        }
        missing = FrozenList.append(missing, missingCount, element, 4);
        missingCount++;
    }

    /**
     * Records a finding of a rule, citing the article the rule enforces.
     *
     * @param rule      the rule, one of the program's, not null
     * @param verdict   a verdict the rule declares, not null
     * @param keyValues alternating fact names and values (values not null); the array is kept, not
     *                  copied, so pass the facts as arguments (a fresh array) rather than an array
     *                  you change afterwards
     * @return the verdict, for chaining into conditions
     */
    public Verdict record(Rule rule, Verdict verdict, Object... keyValues) {
        checkOpen();
        // the finding keeps the varargs array (a fresh one per call), checked once here
        addRow(rule, verdict, rule.citation(), checkFacts(keyValues));
        return verdict;
    }

    /**
     * Records a finding of a rule without facts.
     *
     * @param rule    the rule, one of the program's, not null
     * @param verdict a verdict the rule declares, not null
     * @return the verdict, for chaining into conditions
     */
    public Verdict record(Rule rule, Verdict verdict) {
        checkOpen();
        addRow(rule, verdict, rule.citation(), FactMap.NONE);
        return verdict;
    }

    /**
     * Records a finding of a rule citing one of the further articles it declares
     * ({@link Rule#alsoCites()}), such as the provincial restatement that applies on the date.
     *
     * @param rule      the rule, one of the program's, not null
     * @param verdict   a verdict the rule declares, not null
     * @param citation  the rule's citation or one it also cites, not null
     * @param keyValues alternating fact names and values
     * @return the verdict, for chaining into conditions
     */
    public Verdict recordCiting(Rule rule, Verdict verdict, Citation citation, Object... keyValues) {
        checkOpen();
        assert rule.cites(citation) : "rule " + rule + " does not declare the citation " + citation;
        addRow(rule, verdict, citation, checkFacts(keyValues));
        return verdict;
    }

    private void addRow(Rule rule, Verdict verdict, Citation citation, Object[] keyValues) {
        Objects.requireNonNull(rule, "rule");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(citation, "citation");
        assert declaresFinding(rule, verdict);
        int at = findingCount * ROW;
        Object[] rows = findings;
        if (at + ROW > rows.length) {
            rows = java.util.Arrays.copyOf(rows, rows.length * 2);
            findings = rows;
        }
        rows[at] = rule;
        rows[at + 1] = verdict;
        rows[at + 2] = citation;
        rows[at + 3] = keyValues;
        findingCount++;
    }

    /** Under assertions: the rule is the program's and declares the verdict. */
    private boolean declaresFinding(Rule rule, Verdict verdict) {
        if (rules == null) {
            return true;
        }
        // the program's own declaration counts (it may narrow a shared rule's verdicts)
        int at = rules.indexOf(rule);
        if (at < 0) {
            throw new AssertionError("program " + program + " does not declare the rule " + rule);
        }
        Rule declared = rules.get(at);
        if (!declared.mayRecord(verdict)) {
            throw new AssertionError("rule " + rule + " does not declare the verdict " + verdict + " (it declares "
                    + declared.verdicts() + ")");
        }
        return true;
    }

    /** Under assertions: some rule of the program reads the key. */
    private boolean declaresRead(ParameterKey<?> key) {
        if (rules == null) {
            return true;
        }
        for (Rule r : rules) {
            if (r.reads(key)) {
                return true;
            }
        }
        throw new AssertionError(
                "program " + program + " reads the parameter " + key + " that none of its rules declares");
    }

    /** Under assertions: some rule of the program declares the note. */
    private boolean declaresNote(String code) {
        if (rules == null) {
            return true;
        }
        for (Rule r : rules) {
            if (r.notes().contains(code)) {
                return true;
            }
        }
        throw new AssertionError("program " + program + " adds the note " + code + " that none of its rules declares");
    }

    /** @return the verdict of finding {@code i} */
    private Verdict verdictAt(int i) {
        return (Verdict) findings[i * ROW + 1];
    }

    /** @return the findings as objects, made on first reading and kept */
    List<Finding> findingList() {
        List<Finding> list = findingList;
        if (list == null) {
            Object[] made = new Object[findingCount];
            for (int i = 0; i < findingCount; i++) {
                int at = i * ROW;
                Rule rule = (Rule) findings[at];
                made[i] = new Finding(
                        rule.id(),
                        (Verdict) findings[at + 1],
                        (Object[]) findings[at + 3],
                        (Citation) findings[at + 2],
                        sources(rule));
            }
            list = FrozenList.of(made, findingCount);
            findingList = list;
        }
        return list;
    }

    /**
     * @return where the values of the rule's parameters that this decision read were set, in the
     *         order read (a value read once serves every finding of a rule that declares its key)
     */
    private List<ValueSource> sources(Rule rule) {
        if (rule.parameters().isEmpty()) {
            return List.of();
        }
        List<ValueSource> list = null;
        for (int i = 0; i < usedCount; i++) {
            ParameterValue<?> v = (ParameterValue<?>) used[i];
            if (rule.reads(v.key())) {
                if (list == null) {
                    list = new ArrayList<>(2);
                }
                list.add(ValueSource.of(v));
            }
        }
        return list == null ? List.of() : Collections.unmodifiableList(list);
    }

    /**
     * Records a counterfactual: what would change the outcome.
     *
     * @param code      the message code, not null
     * @param keyValues alternating names and values
     */
    public void counterfactual(String code, Object... keyValues) {
        checkOpen();
        assert declaresNote(code);
        Note element = new Note(code, checkFacts(keyValues));
        counterfactuals = FrozenList.append(counterfactuals, counterfactualCount, element, 2);
        counterfactualCount++;
    }

    /**
     * Records a warning.
     *
     * @param code      the message code, not null
     * @param keyValues alternating names and values
     */
    public void warn(String code, Object... keyValues) {
        checkOpen();
        assert declaresNote(code);
        Note element = new Note(code, checkFacts(keyValues));
        warnings = FrozenList.append(warnings, warningCount, element, 4);
        warningCount++;
    }

    /**
     * Takes in what another decision made for the same case read: its parameter values (so the
     * fingerprint covers them), its missing parameters and its warnings, each once. Used by
     * programs that run other programs, such as a screening.
     *
     * @param sub the other decision, made on the same snapshot
     */
    public void absorb(Decision<?> sub) {
        checkOpen();
        RuleContext other = sub.made();
        // one snapshot holds one value object per key: values read from it are compared by identity
        boolean sameSnapshot = other.snapshot == snapshot;
        for (int i = 0; i < other.usedCount; i++) {
            Object v = other.used[i];
            if ((sameSnapshot ? indexOf(used, usedCount, v) : indexOfEqual(used, usedCount, v)) < 0) {
                used = FrozenList.append(used, usedCount, v, 8);
                usedCount++;
            }
        }
        for (int i = 0; i < other.missingCount; i++) {
            addMissing((MissingParameter) other.missing[i]);
        }
        if (sameSnapshot) {
            for (int i = 0; i < other.warningCount; i++) {
                Object w = other.warnings[i];
                int at = w instanceof Note
                        ? indexOfEqual(warnings, warningCount, w)
                        : indexOf(warnings, warningCount, w);
                if (at < 0) {
                    warnings = FrozenList.append(warnings, warningCount, w, 4);
                    warningCount++;
                }
            }
        } else {
            // a value's warnings depend on the snapshot's region and date: take them as the other
            // decision rendered them, not as they would read here
            for (Note w : sub.warnings()) {
                if (indexOfEqual(warnings, warningCount, w) < 0) {
                    warnings = FrozenList.append(warnings, warningCount, w, 4);
                    warningCount++;
                }
            }
        }
    }

    private static int indexOf(Object[] array, int size, Object element) {
        for (int i = 0; i < size; i++) {
            if (array[i] == element) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfEqual(Object[] array, int size, Object element) {
        for (int i = 0; i < size; i++) {
            if (array[i].equals(element)) {
                return i;
            }
        }
        return -1;
    }

    /** @return true if any parameter read so far was missing (blocking the outcome or only a detail) */
    public boolean anyMissing() {
        return missingCount > 0;
    }

    /** @return true if any parameter read so far that the outcome depends on was missing */
    public boolean anyBlockingMissing() {
        for (int i = 0; i < missingCount; i++) {
            if (((MissingParameter) missing[i]).blocksOutcome()) {
                return true;
            }
        }
        return false;
    }

    /** @return the verdicts recorded so far, in order */
    public List<Verdict> verdicts() {
        List<Verdict> list = new ArrayList<>(findingCount);
        for (int i = 0; i < findingCount; i++) {
            list.add(verdictAt(i));
        }
        return list;
    }

    /**
     * @return the outcome {@link Outcome#combine(Iterable) combined} from the verdicts recorded so
     *         far (the same as {@code Outcome.combine(verdicts())}, without making the list)
     */
    public Outcome outcome() {
        boolean undetermined = false;
        boolean review = false;
        for (int i = 0; i < findingCount; i++) {
            Verdict v = verdictAt(i);
            if (v == Verdict.NOT_MET) {
                return Outcome.INELIGIBLE;
            }
            undetermined |= v == Verdict.UNDETERMINED;
            review |= v == Verdict.NEEDS_REVIEW;
        }
        return undetermined ? Outcome.UNDETERMINED : review ? Outcome.NEEDS_REVIEW : Outcome.ELIGIBLE;
    }

    /**
     * Finishes with the outcome {@link Outcome#combine(Iterable) combined} from the findings.
     *
     * @param result the result, may be null
     * @param <R>    the result type
     * @return the decision
     */
    public <R> Decision<R> decide(R result) {
        return decide(outcome(), result);
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
        checkOpen();
        Objects.requireNonNull(outcome, "outcome");
        finished = true;
        // the arrays are handed over, not copied: the context is finished and never touched again
        return new Decision<>(this, outcome, result);
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("this decision was already made; start a new RuleContext");
        }
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
        return new FactMap(checkFacts(keyValues));
    }

    /**
     * Checks the facts of a finding or note: names alternate with values, names are Strings and
     * values are not null. That names are not given twice is checked when assertions are enabled
     * (as in every test run): names are constants in rule code, and the check would otherwise be
     * the largest single cost of recording a finding.
     *
     * @param keyValues alternating names and values
     * @return the same array
     * @throws IllegalArgumentException if the arguments do not alternate name and value
     * @throws NullPointerException     if a value is null
     */
    static Object[] checkFacts(Object[] keyValues) {
        if ((keyValues.length & 1) != 0) {
            throw new IllegalArgumentException("facts must alternate name and value");
        }
        for (int i = 0; i < keyValues.length; i += 2) {
            if (!(keyValues[i] instanceof String name)) {
                throw new IllegalArgumentException("fact name at " + i + " is not a String");
            }
            Objects.requireNonNull(keyValues[i + 1], name);
        }
        assert distinctNames(keyValues);
        return keyValues;
    }

    private static boolean distinctNames(Object[] keyValues) {
        for (int i = 0; i < keyValues.length; i += 2) {
            for (int j = 0; j < i; j += 2) {
                if (keyValues[j].equals(keyValues[i])) {
                    throw new IllegalArgumentException("fact '" + keyValues[i] + "' given twice");
                }
            }
        }
        return true;
    }
}
