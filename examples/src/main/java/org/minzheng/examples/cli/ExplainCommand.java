package org.minzheng.examples.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.CitizenNotice;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.examples.notice.NoticePdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code minzheng explain}: a case file in, an explanation of its decision out, in Chinese or
 * English, in one of two views: the reviewer's (审核版, the default) or the citizen's notice
 * (群众版). It never shows an identity number or a name in full.
 *
 * <p>The reviewer's view is the default because the person running the command is the case
 * worker or reviewer: it leaves nothing out (every condition, value, source, grade and the policy
 * fingerprint), and a notice for the applicant is asked for on purpose with {@code --view citizen}.
 *
 * <p>With {@code --format pdf} it writes the citizen's notice ({@code Explainer.notice}) as an A4 PDF
 * instead ({@link NoticePdf}; docs/printable-notice.md), whatever the view.
 */
@Command(
        name = "explain",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description =
                "Decide a case file and print its explanation: the reviewer's view (default: every condition with its figures, legal basis and sources, what would change the outcome, what is not configured, the policy fingerprint) or the citizen's notice (outcome, amount, reasons with their legal basis, what the person can do next).")
final class ExplainCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Spec
    CommandSpec spec;

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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), or pdf: the citizen's notice (告知书) as an A4 PDF on standard output;"
                    + " redirect it to a file: explain --format pdf CASE.json > notice.pdf")
    String format = "text";

    @Option(
            names = "--view",
            paramLabel = "citizen|reviewer",
            description =
                    "reviewer (default: the full account for the case worker, with sources and fingerprint) or citizen (the notice for the applicant, in plain words)")
    String view = "reviewer";

    @Override
    public Integer call() {
        Explainer.View v;
        try {
            v = Explainer.View.parse(view);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--view must be citizen or reviewer");
        }
        Session s = main.session();
        PolicyBook book = s.book(illustrative, packs);
        CaseRunner runner = CaseRunner.of(s.programs(), book);
        CaseFile c = runner.read(Session.read(file));
        Decision<?> d = runner.decide(c);
        Explainer explainer = s.explainer(book);
        if (pdf()) {
            return writePdf(s, explainer.notice(d, runner.facts(c), s.lang));
        }
        String text = v == Explainer.View.CITIZEN
                ? explainer.render(explainer.notice(d, runner.facts(c), s.lang))
                : explainer.explain(d, s.lang, v);
        s.out.print(MaskedText.scrub(text));
        return Main.OK;
    }

    /** @return whether the PDF notice is asked for; any format but text and pdf is bad input */
    private boolean pdf() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "pdf" -> true;
            default -> throw new BadInputException("--format: expected text or pdf");
        };
    }

    /**
     * Writes the notice as a PDF. The whole document is rendered before the first byte is written,
     * so that a failure leaves nothing on standard output.
     */
    private static int writePdf(Session s, CitizenNotice notice) {
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        try {
            NoticePdf.render(notice, pdf);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        OutputStream out = s.binaryOut();
        try {
            pdf.writeTo(out);
            out.flush();
        } catch (IOException e) {
            throw new OutputFailedException("cannot write the PDF notice to standard output");
        }
        if (s.outputFailed()) {
            throw new OutputFailedException("cannot write the PDF notice to standard output");
        }
        return Main.OK;
    }
}
