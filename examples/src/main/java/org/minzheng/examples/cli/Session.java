package org.minzheng.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.Violation;
import org.minzheng.examples.catalogue.ProgramCatalogue;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * What one run of the CLI shares between its parts: the output streams, the language, the
 * programs, and helpers to load policy data and read files.
 */
final class Session {

    final PrintWriter out;
    final PrintWriter err;
    final Language lang;
    private final java.io.PrintStream rawOut;

    Session(PrintWriter out, PrintWriter err, Language lang, java.io.PrintStream rawOut) {
        this.out = out;
        this.err = err;
        this.lang = lang;
        this.rawOut = rawOut;
    }

    /**
     * Flushes standard output and tells whether writing it failed (a full disk, a closed pipe):
     * print streams swallow such errors, so a command that writes much output asks here.
     *
     * @return true if anything written to standard output was lost
     */
    boolean outputFailed() {
        out.flush();
        return out.checkError() || rawOut != null && rawOut.checkError();
    }

    /**
     * Standard output for a binary document (the PDF notice), after flushing the text written so far.
     *
     * @return standard output as bytes
     */
    java.io.OutputStream binaryOut() {
        out.flush();
        return rawOut;
    }

    ProgramRegistry programs() {
        return ProgramRegistry.loadDefault();
    }

    Program<?, ?> program(String id) {
        return programs().find(id).orElseThrow(() -> {
            List<String> ids = new ArrayList<>();
            programs().all().forEach(p -> ids.add(p.id()));
            return new BadInputException("unknown program '" + id + "'; known programs: " + String.join(", ", ids));
        });
    }

    /**
     * @param illustrative add the illustrative overlay
     * @param packs        the caller's overlay files
     * @return the book
     */
    PolicyBook book(boolean illustrative, List<Path> packs) {
        List<PolicySource> sources = new ArrayList<>();
        for (Path p : packs) {
            sources.add(policySource(p));
        }
        return IllustrativeOverlay.book(illustrative, sources);
    }

    /**
     * Checks a {@code --region} option: a division code of the policy data.
     *
     * @param region the option's text, null when not given
     * @param book   the policy data
     * @return the code, null when not given
     * @throws BadInputException naming the option and what is expected
     */
    static RegionCode regionOption(String region, PolicyBook book) {
        if (region == null) {
            return null;
        }
        RegionCode code;
        try {
            code = RegionCode.of(region);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--region: not a six-digit region code");
        }
        if (!book.regions().contains(code)) {
            throw new BadInputException("--region: not a region in the policy data");
        }
        return code;
    }

    /**
     * Checks a {@code --date} option: a decision date within the library's limits.
     *
     * @param date the option, null when not given
     * @throws BadInputException naming the option and the allowed range
     */
    static void checkDateOption(LocalDate date) {
        if (date != null && InputLimits.checkDecisionDate(date, "--date") != null) {
            throw new BadInputException(
                    "--date: must lie between " + InputLimits.MIN_DECISION_DATE + " and " + InputLimits.MAX_DATE);
        }
    }

    /**
     * Checks the input file of a command that reads JSON Lines.
     *
     * @param file the file, {@code -} for standard input
     * @return true if it is standard input
     * @throws BadInputException if the file does not exist
     */
    static boolean checkLinesFile(Path file) {
        boolean stdin = file.toString().equals("-");
        if (!stdin && !Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        return stdin;
    }

    static PolicySource policySource(Path p) {
        if (!Files.isRegularFile(p)) {
            throw new BadInputException(p + ": no such file");
        }
        try {
            return PolicySource.of(p);
        } catch (UncheckedIOException e) {
            throw new BadInputException(p + ": cannot read: " + e.getCause().getMessage());
        }
    }

    /**
     * Reads a file's bytes (decoded strictly as UTF-8 by the case reader, which reports the
     * offset of a bad byte); {@code -} reads standard input. A file larger than the reader's
     * document limit is refused without reading it whole.
     *
     * @param p the file
     * @return the bytes
     * @throws BadInputException if it cannot be read
     */
    static byte[] read(Path p) {
        try {
            if (p.toString().equals("-")) {
                return System.in.readNBytes((int) InputLimits.MAX_DOCUMENT_LENGTH * 4 + 1);
            }
            if (!Files.isRegularFile(p)) {
                throw new BadInputException(p + ": no such file");
            }
            if (Files.size(p) > InputLimits.MAX_DOCUMENT_LENGTH * 4) {
                throw new BadInputException(p + ": larger than the reader's limit of " + InputLimits.MAX_DOCUMENT_LENGTH
                        + " characters; nothing decided");
            }
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new BadInputException(p + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** @return an explainer over every registered program's messages and the book's instruments */
    Explainer explainer(PolicyBook book) {
        return Explainer.of(programs(), book);
    }

    /** @return the citation as a reader recognises it: the instrument's reference and the article */
    static String cite(PolicyBook book, Citation c, Language lang) {
        return ProgramCatalogue.cite(book, c, lang);
    }

    /**
     * Formats violations for stderr: path, English message and code; with {@code --lang zh} the
     * Chinese message too.
     */
    List<String> violationLines(String prefix, List<Violation> violations) {
        List<String> lines = new ArrayList<>();
        for (Violation v : violations) {
            lines.add(prefix + v.path() + ": " + v.messageEn() + " [" + v.code() + "]");
            if (lang == Language.ZH) {
                lines.add(prefix + v.path() + "：" + v.messageZh());
            }
        }
        return lines;
    }
}
