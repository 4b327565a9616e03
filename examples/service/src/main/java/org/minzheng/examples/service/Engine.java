package org.minzheng.examples.service;

import java.util.List;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The SDK objects the service shares between requests, built once at start-up: the programs, the
 * policy book (the shipped data, plus the examples' illustrative overlay when
 * {@code minzheng.illustrative=true}, as the CLI's {@code --illustrative}), the case runner and the
 * explainer. All are immutable and thread-safe.
 */
@Component
public class Engine {

    private final ProgramRegistry programs;
    private final PolicyBook book;
    private final CaseRunner runner;
    private final Explainer explainer;
    private final boolean illustrative;

    /** @param illustrative add the illustrative overlay (placeholder values for the examples; not policy) */
    public Engine(@Value("${minzheng.illustrative:false}") boolean illustrative) {
        this.illustrative = illustrative;
        this.programs = ProgramRegistry.loadDefault();
        this.book = IllustrativeOverlay.book(illustrative, List.of());
        this.runner = CaseRunner.of(programs, book);
        this.explainer = Explainer.of(programs, book);
    }

    /** @return the registered programs */
    public ProgramRegistry programs() {
        return programs;
    }

    /** @return the policy book decisions are made with */
    public PolicyBook book() {
        return book;
    }

    /** @return the case runner over the programs and the book */
    public CaseRunner runner() {
        return runner;
    }

    /** @return the explainer over the programs' messages and the book's instruments */
    public Explainer explainer() {
        return explainer;
    }

    /** @return whether the illustrative overlay is loaded */
    public boolean illustrative() {
        return illustrative;
    }

    /**
     * @param id a program id
     * @return the program
     * @throws UnknownProgramException if no program has that id
     */
    public Program<?, ?> program(String id) {
        return programs.find(id).orElseThrow(UnknownProgramException::new);
    }

    /** No registered program has the id asked for (the id is not repeated: it came from the request). */
    public static final class UnknownProgramException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        UnknownProgramException() {
            super("unknown program", null, false, false);
        }
    }
}
