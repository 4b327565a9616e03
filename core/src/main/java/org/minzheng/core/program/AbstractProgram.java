package org.minzheng.core.program;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * The base of every program: holds its description and runs validation before the rules.
 *
 * @param <I> the facts type
 * @param <R> the result type
 */
public abstract class AbstractProgram<I, R> implements Program<I, R> {

    private final String id;
    private final LocalizedText title;
    private final List<Rule> rules;
    private final List<Citation> citations;
    private final List<ParameterKey<?>> parameters;
    private final Class<I> factsType;
    private final Class<R> resultType;
    private final String messageBundle;

    /**
     * @param id            the program id
     * @param title         the title
     * @param factsType     the facts type
     * @param resultType    the result type
     * @param messageBundle the message bundle base name
     * @param rules         the rules, in the order they are decided; the program's citations and
     *                      parameters are read from them
     * @throws IllegalArgumentException if two rules have the same id, or none is given
     */
    protected AbstractProgram(
            String id,
            LocalizedText title,
            Class<I> factsType,
            Class<R> resultType,
            String messageBundle,
            List<Rule> rules) {
        this(id, title, factsType, resultType, messageBundle, rules, List.of());
    }

    /**
     * Creates a composite program: one that also runs other programs and takes their decisions in
     * ({@link org.minzheng.core.decision.RuleContext#absorb}). It may read every parameter they read,
     * so its {@link #parameters()} are its own rules' and then each sub-program's, each once.
     *
     * @param id            the program id
     * @param title         the title
     * @param factsType     the facts type
     * @param resultType    the result type
     * @param messageBundle the message bundle base name
     * @param rules         the program's own rules, in the order they are decided
     * @param runs          the programs it runs, not null
     * @throws IllegalArgumentException if two rules have the same id, or none is given
     */
    protected AbstractProgram(
            String id,
            LocalizedText title,
            Class<I> factsType,
            Class<R> resultType,
            String messageBundle,
            List<Rule> rules,
            List<? extends Program<?, ?>> runs) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.rules = List.copyOf(rules);
        if (this.rules.isEmpty()) {
            throw new IllegalArgumentException("Program " + id + " declares no rule");
        }
        Set<String> ids = new HashSet<>();
        Set<Citation> cited = new LinkedHashSet<>();
        Set<ParameterKey<?>> read = new LinkedHashSet<>();
        for (Rule r : this.rules) {
            if (!ids.add(r.id())) {
                throw new IllegalArgumentException("Program " + id + " declares the rule " + r.id() + " twice");
            }
            cited.add(r.citation());
            cited.addAll(r.alsoCites());
            read.addAll(r.parameters());
        }
        for (Program<?, ?> sub : runs) {
            read.addAll(sub.parameters());
        }
        this.citations = List.copyOf(cited);
        this.parameters = List.copyOf(read);
        this.factsType = Objects.requireNonNull(factsType, "factsType");
        this.resultType = Objects.requireNonNull(resultType, "resultType");
        this.messageBundle = Objects.requireNonNull(messageBundle, "messageBundle");
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final LocalizedText title() {
        return title;
    }

    @Override
    public final List<Rule> rules() {
        return rules;
    }

    /**
     * Starts a decision of this program: a context that, under assertions, checks each finding,
     * note and parameter read against the program's rules.
     *
     * @param snapshot the policy values in force, not null
     * @return a new context
     */
    protected final RuleContext start(PolicySnapshot snapshot) {
        return RuleContext.start(id, rules, snapshot);
    }

    @Override
    public final List<Citation> citations() {
        return citations;
    }

    @Override
    public final List<ParameterKey<?>> parameters() {
        return parameters;
    }

    @Override
    public final Class<I> factsType() {
        return factsType;
    }

    @Override
    public final Class<R> resultType() {
        return resultType;
    }

    @Override
    public final String messageBundle() {
        return messageBundle;
    }

    @Override
    public final List<Violation> validate(I facts, PolicySnapshot snapshot) {
        Objects.requireNonNull(facts, "facts");
        List<Violation> found = InputValidator.get().validate(facts, "facts");
        List<Violation> violations = found.isEmpty() ? new ArrayList<>() : new ArrayList<>(found);
        boolean structureComplete = true;
        for (int i = 0; i < found.size() && structureComplete; i++) {
            String code = found.get(i).code();
            structureComplete = !code.equals("NotNull") && !code.equals("NotEmpty");
        }
        if (structureComplete) {
            // domain checks see every required value present, so they run alongside the other
            // constraint violations and the caller gets every problem at once
            checkFacts(facts, snapshot, violations);
        }
        return violations;
    }

    @Override
    public final Decision<R> decide(I facts, PolicySnapshot snapshot) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<Violation> violations = validate(facts, snapshot);
        if (!violations.isEmpty()) {
            throw new InvalidInputException(violations);
        }
        return evaluate(facts, snapshot);
    }

    /**
     * Domain checks beyond the Jakarta constraints, run whenever no required value is missing
     * (other constraint violations may be present, so checks must not assume valid amounts).
     * Paths start with {@code facts}.
     *
     * @param facts      the facts
     * @param snapshot   the snapshot (its date is the decision date)
     * @param violations where to add violations
     */
    protected void checkFacts(I facts, PolicySnapshot snapshot, List<Violation> violations) {}

    @Override
    public String toString() {
        return "Program[" + id + "]";
    }
}
