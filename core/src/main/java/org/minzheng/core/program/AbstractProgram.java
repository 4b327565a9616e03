package org.minzheng.core.program;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
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
    private final List<Citation> citations;
    private final List<ParameterKey<?>> parameters;
    private final Class<I> factsType;
    private final Class<R> resultType;
    private final String messageBundle;

    /**
     * @param id            the program id
     * @param title         the title
     * @param citations     the instruments implemented
     * @param parameters    the parameters read
     * @param factsType     the facts type
     * @param resultType    the result type
     * @param messageBundle the message bundle base name
     */
    protected AbstractProgram(String id, LocalizedText title, List<Citation> citations, List<ParameterKey<?>> parameters,
                              Class<I> factsType, Class<R> resultType, String messageBundle) {
        this.id = Objects.requireNonNull(id, "id");
        this.title = Objects.requireNonNull(title, "title");
        this.citations = List.copyOf(citations);
        this.parameters = List.copyOf(parameters);
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
        List<Violation> violations = new ArrayList<>(InputValidator.get().validate(facts, "facts"));
        boolean structureComplete = violations.stream()
                .noneMatch(v -> v.code().equals("NotNull") || v.code().equals("NotEmpty"));
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
    protected void checkFacts(I facts, PolicySnapshot snapshot, List<Violation> violations) {
    }

    @Override
    public String toString() {
        return "Program[" + id + "]";
    }
}
