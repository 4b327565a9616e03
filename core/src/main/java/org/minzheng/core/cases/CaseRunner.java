package org.minzheng.core.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;

/**
 * Decides case files: reads the envelope, finds the program and the policy snapshot, reads the
 * facts strictly, validates them and decides. Every problem with the input is reported
 * together as an {@link InvalidInputException}; no decision is made then. Thread-safe.
 */
public final class CaseRunner {

    private final ProgramRegistry programs;
    private final PolicyBook book;

    private CaseRunner(ProgramRegistry programs, PolicyBook book) {
        this.programs = programs;
        this.book = book;
    }

    /**
     * @param programs the programs, not null
     * @param book     the policy book, not null
     * @return a runner
     */
    public static CaseRunner of(ProgramRegistry programs, PolicyBook book) {
        return new CaseRunner(Objects.requireNonNull(programs), Objects.requireNonNull(book));
    }

    /** @return the policy book */
    public PolicyBook book() {
        return book;
    }

    /** @return the programs */
    public ProgramRegistry programs() {
        return programs;
    }

    /**
     * Reads a case file's envelope from JSON text.
     *
     * @param json the text, not null
     * @return the envelope
     * @throws InvalidInputException if the text is not a well-formed envelope
     */
    public CaseFile read(String json) {
        JsonNode tree = Json.readTree(json, "$");
        return envelope(tree);
    }

    /**
     * Reads a case file's envelope from a JSON tree.
     *
     * @param tree the tree, not null
     * @return the envelope
     * @throws InvalidInputException if the tree is not a well-formed envelope
     */
    public CaseFile envelope(JsonNode tree) {
        CaseFile c = Json.convert(tree, CaseFile.class, "$");
        List<Violation> vs = new ArrayList<>();
        InputValidator v = InputValidator.get();
        if (c.program() == null) {
            vs.add(v.violation("program", "NotNull", Map.of()));
        } else if (programs.find(c.program()).isEmpty()) {
            vs.add(v.violation("program", "case.unknown-program", Map.of()));
        }
        if (c.region() == null) {
            vs.add(v.violation("region", "NotNull", Map.of()));
        } else if (!book.regions().contains(c.region())) {
            vs.add(v.violation("region", "case.unknown-region", Map.of()));
        }
        if (c.date() == null) {
            vs.add(v.violation("date", "NotNull", Map.of()));
        }
        if (c.facts() == null || c.facts().isNull()) {
            vs.add(v.violation("facts", "NotNull", Map.of()));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
        return c;
    }

    /**
     * Decides a case.
     *
     * @param c the case, not null
     * @return the decision
     * @throws InvalidInputException if the envelope or the facts are invalid
     */
    public Decision<?> decide(CaseFile c) {
        CaseFile checked = envelope(Json.mapper().valueToTree(c));
        Program<?, ?> program = programs.find(checked.program()).orElseThrow();
        return decide(program, checked);
    }

    /**
     * Reads the facts of a case into the program's facts type.
     *
     * @param c the case, not null
     * @return the facts
     * @throws InvalidInputException if the facts do not fit the schema
     */
    public Object facts(CaseFile c) {
        Program<?, ?> program = programs.find(c.program()).orElseThrow(() -> new InvalidInputException(
                List.of(InputValidator.get().violation("program", "case.unknown-program", Map.of()))));
        return Json.convert(c.facts(), program.factsType(), "facts");
    }

    private <I, R> Decision<R> decide(Program<I, R> program, CaseFile c) {
        I facts = Json.convert(c.facts(), program.factsType(), "facts");
        PolicySnapshot snapshot = book.snapshot(c.region(), c.date());
        return program.decide(facts, snapshot);
    }
}
