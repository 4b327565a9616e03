package org.minzheng.core.program;

import java.util.List;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * A policy program that decides cases: 低保, 特困, an ability assessment, a trust filing…
 *
 * <p>A program is a pure function of its facts and a policy snapshot: it reads no files, clock,
 * default locale or time zone. Programs are found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services/org.minzheng.core.program.Program}) and listed by
 * {@link ProgramRegistry}. Implementations extend {@link AbstractProgram}.
 *
 * @param <I> the type of the facts
 * @param <R> the type of the result
 */
public interface Program<I, R> {

    /** @return the id, part of the public contract, such as {@code dibao} */
    String id();

    /** @return the title in Chinese and English */
    LocalizedText title();

    /**
     * @return the program's rules in the order they are decided: each condition with the article
     *         it enforces, the verdicts it may record, the parameters it reads and the notes it may
     *         add. The citations, parameters and message keys of the program are read from them.
     */
    List<Rule> rules();

    /**
     * @return the articles the program implements: those its rules cite, each once, in the order
     *         of the rules
     */
    List<Citation> citations();

    /**
     * @return the parameters the program may read: those its rules read, each once, in rule order,
     *         then those of every program it runs (a composite such as {@code assistance-screening})
     */
    List<ParameterKey<?>> parameters();

    /** @return the type of the facts, for JSON reading and schemas */
    Class<I> factsType();

    /** @return the type of the result */
    Class<R> resultType();

    /** @return the base name of the program's message bundle */
    String messageBundle();

    /**
     * Checks facts against the program's rules of form (Jakarta Validation constraints and
     * domain checks such as "a member listed twice" or "a birth date after the decision date").
     *
     * @param facts    the facts, not null
     * @param snapshot the policy snapshot (its date is the decision date), not null
     * @return every violation, empty if the facts are valid
     */
    List<Violation> validate(I facts, PolicySnapshot snapshot);

    /**
     * Validates the facts and decides.
     *
     * @param facts    the facts, not null
     * @param snapshot the policy values in force at the case's region and date, not null
     * @return the decision, not null
     * @throws InvalidInputException listing every violation, if the facts are invalid; no
     *                               decision is made then
     */
    Decision<R> decide(I facts, PolicySnapshot snapshot);

    /**
     * Decides facts the caller has already validated with {@link #validate} (a screening
     * pipeline validating once at read time). Behaviour on invalid facts is unspecified.
     *
     * @param facts    valid facts, not null
     * @param snapshot the policy snapshot, not null
     * @return the decision, not null
     */
    Decision<R> evaluate(I facts, PolicySnapshot snapshot);
}
