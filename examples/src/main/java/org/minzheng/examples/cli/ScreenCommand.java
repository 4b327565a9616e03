package org.minzheng.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.JsonPaths;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng screen}: screens many households for social assistance (一门受理、分类审核与监测预警,
 * the {@code assistance-screening} program) from a JSON Lines file, streaming.
 *
 * <p>Each non-blank line is one household, in one of two forms:
 * <ul>
 *   <li>the program's facts alone, {@code {"household": {...}, "previousMonthlyIncome": "..."}},
 *       decided at the region and date given by {@code --region} and {@code --date};</li>
 *   <li>the facts wrapped with an id and, optionally, their own region and date (which take
 *       precedence over the options): {@code {"id": "h-001", "region": "330500", "date":
 *       "2025-03-01", "facts": {...}}}. A line is wrapped when it has a {@code facts} field; it may
 *       also name {@code "program": "assistance-screening"}.</li>
 * </ul>
 *
 * <p>Output, one line per decided household, in input order, written as soon as it is decided
 * (memory stays bounded whatever the file's size): {@code {"id": "h-001", "line": 1, "decision":
 * {...}}} with the compact decision record ({@code id} only when the line has one; an id that is a
 * resident identity number is rejected, so that none is ever echoed). A line that
 * cannot be decided is reported on stderr with its line number and every violation's path (paths
 * are relative to the line: {@code household...} for a bare line, {@code facts.household...} for a
 * wrapped one), never with the input's values, and counted as rejected; the rest go on. At the
 * end a summary goes to stderr: households by primary program, by outcome, signals raised,
 * parameters missing, and the rate. A progress bar is drawn on stderr only when there is a
 * terminal. Exit code 2 if any line was rejected, else 0.
 */
@Command(
        name = "screen",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Screen households (assistance-screening) from a JSON Lines file and stream one decision per line.",
            "A line is the facts {\"household\": {...}, \"previousMonthlyIncome\": \"...\"}, or"
                    + " {\"id\": \"...\", \"region\": \"330500\", \"date\": \"2025-03-01\", \"facts\": {...}}"
                    + " (region and date may come from --region and --date instead). '-' reads standard input.",
            "Output lines: {\"id\", \"line\", \"decision\"}. Bad lines go to stderr with their line number and path;"
                    + " the rest are decided. A summary goes to stderr. Exit 2 if any line was rejected."
        })
final class ScreenCommand implements Callable<Integer> {

    /** The program this command runs. */
    static final String PROGRAM = AssistanceScreeningProgram.ID;

    private static final Set<String> ENVELOPE_FIELDS = Set.of("id", "program", "region", "date", "synthetic", "facts");

    @ParentCommand
    Main main;

    @Parameters(
            index = "0",
            paramLabel = "FILE.jsonl",
            description = "households, one per line; '-' reads standard input")
    Path file;

    @Option(
            names = "--region",
            paramLabel = "CODE",
            description = "region of lines that do not give one, such as 330500")
    String region;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "decision date of lines that do not give one")
    LocalDate date;

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
            names = "--out",
            paramLabel = "FILE",
            description = "write the decisions to FILE instead of standard output")
    Path out;

    /** One output line. */
    @JsonPropertyOrder({"id", "line", "decision"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Screened(String id, long line, Decision<?> decision) {}

    @Override
    public Integer call() throws IOException {
        Session s = main.session();
        Program<?, ?> program = s.program(PROGRAM);
        PolicyBook book = s.book(illustrative, packs);
        RegionCode defaultRegion = null;
        if (region != null) {
            try {
                defaultRegion = RegionCode.of(region);
            } catch (IllegalArgumentException e) {
                throw new BadInputException("--region: not a six-digit region code");
            }
            if (!book.regions().contains(defaultRegion)) {
                throw new BadInputException("--region " + region + ": not a region in the policy data");
            }
        }
        if (date != null && InputLimits.checkDecisionDate(date, "--date") != null) {
            throw new BadInputException("--date " + date + ": must lie between " + InputLimits.MIN_DECISION_DATE
                    + " and " + InputLimits.MAX_DATE);
        }
        boolean stdin = file.toString().equals("-");
        if (!stdin && !Files.isRegularFile(file)) {
            throw new BadInputException(file + ": no such file");
        }
        Screening screening = new Screening(CaseRunner.of(s.programs(), book), program, book, defaultRegion, date);
        Summary summary = new Summary();
        long started = System.nanoTime();
        long lineNo = 0;
        try (InputStream input = stdin ? System.in : Files.newInputStream(file);
                Writer w = out == null ? new NonClosing(s.out) : open(out);
                Progress progress = Progress.start("screen", !stdin && Progress.enabled() ? countLines(file) : 0)) {
            JsonLines lines = new JsonLines(input);
            JsonLines.Line line;
            while ((line = lines.next()) != null) {
                lineNo = line.number();
                if (line.error() == null && line.text().isBlank()) {
                    progress.step();
                    continue;
                }
                try {
                    if (line.error() != null) {
                        throw line.error();
                    }
                    Screened r = screening.screen(line.text(), lineNo);
                    String json = Json.compact(r);
                    write(w, json, lineNo);
                    summary.decided(r.decision());
                } catch (InvalidInputException e) {
                    summary.rejected++;
                    List<Violation> vs = e.violations();
                    s.err.println(MaskedText.scrub("minzheng: line " + lineNo + ": rejected (" + vs.size()
                            + (vs.size() == 1 ? " violation" : " violations") + "):"));
                    for (String l : s.violationLines("  line " + lineNo + ": ", vs)) {
                        s.err.println(MaskedText.scrub(l));
                    }
                    s.err.flush();
                } catch (OutputFailedException e) {
                    throw e;
                } catch (RuntimeException | StackOverflowError e) {
                    // never let one line stop the batch: report it and go on
                    summary.failed++;
                    s.err.println("minzheng: line " + lineNo + ": internal error ("
                            + e.getClass().getName() + "), not decided; the rest go on");
                    s.err.flush();
                }
                if ((lineNo & 0x3FF) == 0 && out == null && s.outputFailed()) {
                    throw outputFailed(lineNo, summary);
                }
                progress.step();
            }
            w.flush();
        } catch (IOException e) {
            if (e instanceof OutputIOException) {
                throw outputFailed(lineNo, summary);
            }
            throw new BadInputException(file + ": cannot read after line " + lineNo + " ("
                    + e.getClass().getSimpleName() + ")");
        }
        if (out == null && s.outputFailed()) {
            throw outputFailed(lineNo, summary);
        }
        s.err.print(summary.render((System.nanoTime() - started) / 1e9));
        s.err.flush();
        return summary.failed > 0 ? Main.FAILED : summary.rejected > 0 ? Main.BAD_INPUT : Main.OK;
    }

    private static OutputFailedException outputFailed(long lineNo, Summary summary) {
        return new OutputFailedException("cannot write the decisions (a full disk or a closed pipe); stopped at line "
                + lineNo + ", " + summary.decided + " decided but not all written");
    }

    private static void write(Writer w, String json, long lineNo) throws OutputIOException {
        try {
            w.write(json);
            w.write('\n');
        } catch (IOException e) {
            throw new OutputIOException(e);
        }
    }

    /** Writing the output failed (as opposed to reading the input). */
    private static final class OutputIOException extends IOException {
        private static final long serialVersionUID = 1L;

        OutputIOException(IOException cause) {
            super(cause);
        }
    }

    private static Writer open(Path p) {
        try {
            return Files.newBufferedWriter(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new BadInputException(p + ": cannot write: " + e.getMessage());
        }
    }

    private static long countLines(Path p) {
        try (var lines = Files.lines(p, StandardCharsets.UTF_8)) {
            return lines.count();
        } catch (IOException | UncheckedIOException e) {
            return 0;
        }
    }

    /** Reads and decides one line. Thread-confined. */
    static final class Screening {

        private final CaseRunner runner;
        private final Program<?, ?> program;
        private final PolicyBook book;
        private final RegionCode defaultRegion;
        private final LocalDate defaultDate;

        Screening(
                CaseRunner runner,
                Program<?, ?> program,
                PolicyBook book,
                RegionCode defaultRegion,
                LocalDate defaultDate) {
            this.runner = runner;
            this.program = program;
            this.book = book;
            this.defaultRegion = defaultRegion;
            this.defaultDate = defaultDate;
        }

        /**
         * @param line   the line's text
         * @param lineNo its number, from 1
         * @return the decision with the line's id
         * @throws InvalidInputException with every problem, paths relative to the line
         */
        Screened screen(String line, long lineNo) {
            List<Violation> duplicates = new ArrayList<>();
            JsonNode tree = Json.readTree(line, "$", duplicates);
            if (!tree.isObject()) {
                duplicates.add(InputValidator.get().violation("$", "json.not-object", Map.of()));
                throw new InvalidInputException(duplicates);
            }
            boolean wrapped = tree.has("facts");
            List<Violation> vs = new ArrayList<>(duplicates);
            String id = null;
            RegionCode r = defaultRegion;
            LocalDate d = defaultDate;
            JsonNode facts = tree;
            if (wrapped) {
                for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (!ENVELOPE_FIELDS.contains(name)) {
                        String segment = JsonPaths.field(name);
                        vs.add(InputValidator.get()
                                .violation(
                                        segment.startsWith(".") ? segment.substring(1) : "$" + segment,
                                        "json.unknown-field",
                                        Map.of()));
                    }
                }
                JsonNode idNode = tree.get("id");
                if (idNode != null && !idNode.isNull()) {
                    if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
                        vs.add(Json.wrongType("id", String.class));
                    } else if (personal(idNode.asText())) {
                        vs.add(new Violation(
                                "id",
                                "screen.id-personal",
                                "不得含有居民身份证号码、姓名或类似内容，请使用不超过 64 个字符的案件或家庭编号",
                                "must not carry an identity number, a name or anything like one: use a case or household"
                                        + " number of at most 64 characters"));
                    } else {
                        id = idNode.asText();
                    }
                }
                JsonNode p = tree.get("program");
                if (p != null && !(p.isTextual() && p.asText().equals(PROGRAM))) {
                    vs.add(new Violation(
                            "program", "screen.program", "只能是 " + PROGRAM, "must be " + PROGRAM + " or absent"));
                }
                r = field(tree, "region", RegionCode.class, r, vs);
                d = field(tree, "date", LocalDate.class, d, vs);
                if (d != null && tree.hasNonNull("date")) {
                    Violation range = InputLimits.checkDecisionDate(d, "date");
                    if (range != null) {
                        vs.add(range);
                        d = null;
                    }
                }
                facts = tree.get("facts");
            }
            if (r == null) {
                vs.add(new Violation(
                        "region",
                        "screen.region",
                        "缺少地区：在该行或用 --region 给出",
                        "is required: give it on the line or with --region"));
            } else if (!book.regions().contains(r)) {
                vs.add(InputValidator.get().violation("region", "case.unknown-region", Map.of()));
            } else if (d != null && book.regions().find(r, d).isEmpty()) {
                vs.add(InputValidator.get().violation("region", "case.region-not-on-date", Map.of()));
            }
            if (d == null && !tree.hasNonNull("date")) {
                vs.add(new Violation(
                        "date",
                        "screen.date",
                        "缺少认定日期：在该行或用 --date 给出",
                        "is required: give it on the line or with --date"));
            }
            if (facts == null || !facts.isObject()) {
                vs.add(InputValidator.get().violation(wrapped ? "facts" : "$", "json.not-object", Map.of()));
            } else if (!vs.isEmpty()) {
                // the line is refused: its facts' problems are reported with the others, in one pass
                RegionCode known =
                        r != null && d != null && book.regions().find(r, d).isPresent() ? r : null;
                for (Violation v : runner.factsProblems(program, facts, known, d, "facts")) {
                    vs.add(wrapped ? v : relative(v));
                }
            }
            if (!vs.isEmpty()) {
                throw new InvalidInputException(vs);
            }
            try {
                return new Screened(id, lineNo, decide(program, facts, r, d));
            } catch (InvalidInputException e) {
                if (wrapped) {
                    throw e;
                }
                List<Violation> relative = new ArrayList<>(e.violations().size());
                for (Violation v : e.violations()) {
                    relative.add(relative(v));
                }
                throw new InvalidInputException(relative);
            }
        }

        private <I, R> Decision<R> decide(Program<I, R> p, JsonNode facts, RegionCode r, LocalDate d) {
            return runner.decideFacts(p, facts, r, d, "facts");
        }

        /**
         * An id is the caller's join key and must not carry personal data: anything with a run of
         * 15 or more digits (an identity number, valid or not), any Chinese character (a name), or
         * longer than 64 characters is refused, so that no id echoed in the output is personal.
         */
        static boolean personal(String id) {
            if (id.length() > 64 || ResidentIdNumber.isValid(id)) {
                return true;
            }
            int digits = 0;
            for (int i = 0; i < id.length(); i++) {
                char c = id.charAt(i);
                digits = c >= '0' && c <= '9' ? digits + 1 : 0;
                if (digits >= 15
                        || Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                        || Character.isSurrogate(c)) {
                    return true;
                }
            }
            return false;
        }

        private static <T> T field(JsonNode tree, String name, Class<T> type, T fallback, List<Violation> vs) {
            JsonNode n = tree.get(name);
            if (n == null || n.isNull()) {
                return fallback;
            }
            try {
                return Json.convert(n, type, name);
            } catch (InvalidInputException e) {
                vs.addAll(e.violations());
                return fallback;
            }
        }

        /** {@code facts.household.x} → {@code household.x}; {@code facts} → {@code $}. */
        private static Violation relative(Violation v) {
            return new Violation(relativePath(v.path()), v.code(), v.messageZh(), v.messageEn());
        }

        static String relativePath(String path) {
            if (path.equals("facts")) {
                return "$";
            }
            return path.startsWith("facts.") ? path.substring("facts.".length()) : path;
        }
    }

    /** Counts for the closing summary; bounded by the number of programs, outcomes, signal kinds and keys. */
    static final class Summary {

        final Map<String, Long> primary = new LinkedHashMap<>();
        final Map<Outcome, Long> outcomes = new EnumMap<>(Outcome.class);
        final Map<ScreeningResult.SignalKind, Long> signals = new EnumMap<>(ScreeningResult.SignalKind.class);
        final Map<String, Long> missing = new TreeMap<>();
        long decided;
        long rejected;
        long failed;

        static final String NONE = "(none)";

        void decided(Decision<?> d) {
            decided++;
            outcomes.merge(d.outcome(), 1L, Long::sum);
            for (MissingParameter m : d.missingParameters()) {
                missing.merge(m.key(), 1L, Long::sum);
            }
            if (d.result().orElse(null) instanceof ScreeningResult sr) {
                for (ScreeningResult.ProgramOutcome po : sr.programs()) {
                    primary.putIfAbsent(po.program(), 0L);
                }
                primary.putIfAbsent(NONE, 0L);
                primary.merge(sr.primary() == null ? NONE : sr.primary(), 1L, Long::sum);
                for (ScreeningResult.Signal sig : sr.signals()) {
                    signals.merge(sig.kind(), 1L, Long::sum);
                }
            }
        }

        String render(double seconds) {
            StringBuilder sb = new StringBuilder();
            double rate = seconds > 0 ? decided / seconds : 0;
            long lines = decided + rejected + failed;
            sb.append('\n')
                    .append(String.format(
                            Locale.ROOT,
                            "screened %d line%s: %d decided, %d rejected%s, %.2f s, %.1f households/s%n",
                            lines,
                            lines == 1 ? "" : "s",
                            decided,
                            rejected,
                            failed == 0 ? "" : ", " + failed + " internal errors",
                            seconds,
                            rate));
            if (decided == 0) {
                return sb.toString();
            }
            TextTable p = new TextTable("PRIMARY PROGRAM", "HOUSEHOLDS");
            primary.forEach((k, v) -> p.add(k, Long.toString(v)));
            sb.append('\n').append(p.render());
            TextTable o = new TextTable("OUTCOME", "HOUSEHOLDS");
            for (Outcome out : Outcome.values()) {
                o.add(out.name(), Long.toString(outcomes.getOrDefault(out, 0L)));
            }
            sb.append('\n').append(o.render());
            TextTable sig = new TextTable("SIGNAL RAISED", "HOUSEHOLDS");
            for (ScreeningResult.SignalKind k : ScreeningResult.SignalKind.values()) {
                sig.add(k.name(), Long.toString(signals.getOrDefault(k, 0L)));
            }
            sb.append('\n').append(sig.render());
            if (!missing.isEmpty()) {
                TextTable m = new TextTable("PARAMETER NOT CONFIGURED", "HOUSEHOLDS");
                missing.forEach((k, v) -> m.add(k, Long.toString(v)));
                sb.append('\n').append(m.render());
            }
            return sb.toString();
        }
    }

    /** Writes through to the command's stdout without closing it. */
    private static final class NonClosing extends Writer {

        private final Writer target;

        NonClosing(Writer target) {
            this.target = target;
        }

        @Override
        public void write(char[] cbuf, int off, int len) throws IOException {
            target.write(cbuf, off, len);
        }

        @Override
        public void write(String str) throws IOException {
            target.write(str);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.flush();
        }
    }
}
