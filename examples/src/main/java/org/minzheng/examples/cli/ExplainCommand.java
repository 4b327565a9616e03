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
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.examples.notice.NoticePdf;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng explain}: a case file in, the citizen-facing explanation out, rendered from
 * the decision's findings in Chinese or English. It never shows an identity number or a name.
 * With {@code --format pdf} it writes the citizen's notice ({@code Explainer.notice}) as an A4 PDF
 * instead ({@link NoticePdf}; docs/printable-notice.md).
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

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            description = "text (default), or pdf: the citizen's notice (告知书) as an A4 PDF on standard output;"
                    + " redirect it to a file: explain --format pdf CASE.json > notice.pdf")
    String format = "text";

    @Override
    public Integer call() {
        Session s = main.session();
        PolicyBook book = s.book(illustrative, packs);
        CaseRunner runner = CaseRunner.of(s.programs(), book);
        CaseFile c = runner.read(Session.read(file));
        Decision<?> d = runner.decide(c);
        if (pdf()) {
            return writePdf(s, s.explainer(book).notice(d, s.lang));
        }
        String text = s.explainer(book).explain(d, s.lang);
        s.out.print(MaskedText.scrub(text));
        return Main.OK;
    }

    /** @return whether the PDF notice is asked for; any format but text and pdf is bad input */
    private boolean pdf() {
        return switch (format.toLowerCase(Locale.ROOT)) {
            case "text" -> false;
            case "pdf" -> true;
            default -> throw new BadInputException("unknown format '" + format + "': use text or pdf");
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
