package org.minzheng.examples.cli;

import java.util.concurrent.Callable;
import org.minzheng.core.json.Json;
import org.minzheng.core.program.Program;
import org.minzheng.examples.schema.SchemaFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/** {@code minzheng schema}: the JSON Schema of a program's facts, or of the decision record. */
@Command(
        name = "schema",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Print the JSON Schema (draft 2020-12) of a program's facts: minzheng schema dibao.",
            "With --decision, the schema of the decision record (with the program's result type when a program is named)."
        })
final class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "PROGRAM", description = "a program id (see minzheng programs)")
    String program;

    @Option(names = "--decision", description = "the schema of the decision record instead of the facts")
    boolean decision;

    @Override
    public Integer call() {
        Session s = main.session();
        if (program == null && !decision) {
            throw new BadInputException("name a program (minzheng schema dibao) or ask for --decision");
        }
        Program<?, ?> p = program == null ? null : s.program(program);
        s.out.print(Json.pretty(decision ? SchemaFactory.decision(p) : SchemaFactory.facts(p)));
        return Main.OK;
    }
}
