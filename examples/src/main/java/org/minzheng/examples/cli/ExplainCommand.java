package org.minzheng.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng explain}: a case file in, the citizen-facing explanation out, rendered from
 * the decision's findings in Chinese or English. It never shows an identity number or a name.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Decide a case file and print the explanation for the citizen: each condition with its figures and legal basis, what would change the outcome, what is not configured.")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "1", paramLabel = "FILE", description = "a case file ('-' reads standard input)")
    Path file;

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

    @Override
    public Integer call() {
        Session s = main.session();
        PolicyBook book = s.book(illustrative, packs);
        CaseRunner runner = CaseRunner.of(s.programs(), book);
        CaseFile c = runner.read(Session.read(file));
        Decision<?> d = runner.decide(c);
        String text = s.explainer(book).explain(d, s.lang);
        s.out.print(MaskedText.scrub(text));
        return Main.OK;
    }
}
