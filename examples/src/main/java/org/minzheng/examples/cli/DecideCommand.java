package org.minzheng.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.validation.InvalidInputException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng decide}: case files in, decision records (JSON) out. Every file is decided
 * before anything is printed: if any is invalid, every violation of every file goes to stderr,
 * nothing to stdout, and the exit code is 2.
 */
@Command(
        name = "decide",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Decide case files ({\"program\", \"region\", \"date\", \"facts\"}) and print each decision record as JSON.",
            "Several files print one JSON document each (one line each with --jsonl). '-' reads standard input."
        })
final class DecideCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "1..*", paramLabel = "FILE", description = "case files")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--illustrative",
            description = "add the illustrative overlay (placeholder values for the examples; not policy)")
    boolean illustrative;

    @Option(
            names = "--pack",
            paramLabel = "FILE",
            split = ",",
            description = "add a pack file of your own as an overlay; repeatable")
    List<Path> packs = new ArrayList<>();

    @Option(names = "--jsonl", description = "print JSON Lines: one decision per line")
    boolean jsonl;

    @Override
    public Integer call() {
        Session s = main.session();
        PolicyBook book = s.book(illustrative, packs);
        CaseRunner runner = CaseRunner.of(s.programs(), book);
        List<String> outputs = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        for (Path f : files) {
            String prefix = files.size() > 1 ? f + ": " : "";
            byte[] text;
            try {
                text = Session.read(f);
            } catch (BadInputException e) {
                problems.addAll(e.lines());
                continue;
            }
            try {
                CaseFile c = runner.read(text);
                Decision<?> d = runner.decide(c);
                outputs.add(jsonl ? Json.compact(d) + "\n" : Json.pretty(d));
            } catch (InvalidInputException e) {
                problems.add(f + ": invalid input (" + e.violations().size()
                        + (e.violations().size() == 1 ? " violation" : " violations") + "), nothing decided:");
                problems.addAll(s.violationLines("  " + prefix, e.violations()));
            }
        }
        if (!problems.isEmpty()) {
            throw new BadInputException(problems);
        }
        outputs.forEach(s.out::print);
        if (s.outputFailed()) {
            throw new OutputFailedException("cannot write the decisions (a full disk or a closed pipe)");
        }
        return Main.OK;
    }
}
