package org.minzheng.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
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
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.JsonPaths;
import org.minzheng.core.json.StreamRead;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.eligibility.simulation.HouseholdLine;
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
 * <p>Output, one line per decided household, in input order, written as soon as it and the lines
 * before it are decided (lines are decided in batches on every core, {@link ScreenPipeline}; memory
 * stays bounded whatever the file's size): {@code {"id": "h-001", "line": 1, "decision":
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
        RegionCode defaultRegion = Session.regionOption(region, book);
        Session.checkDateOption(date);
        boolean stdin = Session.checkLinesFile(file);
        Screening screening = new Screening(CaseRunner.of(s.programs(), book), program, book, defaultRegion, date);
        Summary summary = new Summary();
        long started = System.nanoTime();
        long lineNo = 0;
        int workers = Math.max(1, Runtime.getRuntime().availableProcessors());
        ExecutorService pool = Executors.newFixedThreadPool(workers, daemon("minzheng-screen-worker"));
        Thread reader = null;
        try (InputStream input = stdin ? System.in : Files.newInputStream(file);
                OutputStream w =
                        out == null ? new BufferedOutputStream(new NonClosing(s.binaryOut()), 1 << 16) : open(out);
                Progress progress = Progress.start("screen", !stdin && Progress.enabled() ? countLines(file) : 0)) {
            ScreenPipeline pipeline = new ScreenPipeline(new JsonLines(input), pool, screening, s, 2 * workers + 2);
            reader = daemon("minzheng-screen-reader").newThread(pipeline::read);
            reader.start();
            ScreenPipeline.Batch batch;
            while ((batch = pipeline.next()) != null) {
                if (batch.readFailed != null) {
                    lineNo = batch.firstLine - 1;
                    throw batch.readFailed;
                }
                // the decided lines of a batch lie one after another in its output, each with its line
                // end: a run of them is written in one call (no copy through the stream's buffer)
                int runFrom = 0;
                int runTo = 0;
                for (int i = 0; i < batch.count; i++) {
                    lineNo = batch.firstLine + i;
                    switch (batch.kind[i]) {
                        case ScreenPipeline.Batch.DECIDED -> {
                            runTo = batch.outEnd[i];
                            summary.decided(batch.decision[i]);
                        }
                        case ScreenPipeline.Batch.REJECTED -> {
                            runFrom = write(w, batch.out, runFrom, runTo);
                            summary.rejected++;
                            batch.report(i, s.err);
                        }
                        case ScreenPipeline.Batch.FAILED -> {
                            runFrom = write(w, batch.out, runFrom, runTo);
                            summary.failed++;
                            batch.report(i, s.err);
                        }
                        default -> {
                            progress.step();
                            continue; // a blank line
                        }
                    }
                    if ((lineNo & 0x3FF) == 0 && out == null) {
                        runFrom = write(w, batch.out, runFrom, runTo);
                        if (failed(w, s)) {
                            throw outputFailed(lineNo, summary);
                        }
                    }
                    progress.step();
                }
                write(w, batch.out, runFrom, runTo);
                pipeline.done(batch);
            }
            flush(w);
        } catch (IOException e) {
            if (e instanceof OutputIOException) {
                throw outputFailed(lineNo, summary);
            }
            throw new BadInputException(file + ": cannot read after line " + lineNo + " ("
                    + e.getClass().getSimpleName() + ")");
        } finally {
            pool.shutdownNow();
            if (reader != null) {
                reader.interrupt();
            }
        }
        if (out == null && s.outputFailed()) {
            throw outputFailed(lineNo, summary);
        }
        s.err.print(summary.render((System.nanoTime() - started) / 1e9));
        s.err.flush();
        return summary.failed > 0 ? Main.FAILED : summary.rejected > 0 ? Main.BAD_INPUT : Main.OK;
    }

    /** Flushes what was written to standard output and tells whether any of it was lost. */
    private static boolean failed(OutputStream w, Session s) throws OutputIOException {
        flush(w);
        return s.outputFailed();
    }

    private static ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static OutputFailedException outputFailed(long lineNo, Summary summary) {
        return new OutputFailedException("cannot write the decisions (a full disk or a closed pipe); stopped at line "
                + lineNo + ", " + summary.decided + " decided but not all written");
    }

    /**
     * Writes decided lines, their line ends included.
     *
     * @return where the next run starts: {@code to}
     */
    private static int write(OutputStream w, ScreenPipeline.Output lines, int from, int to) throws OutputIOException {
        try {
            lines.writeTo(w, from, to);
            return to;
        } catch (IOException e) {
            throw new OutputIOException(e);
        }
    }

    private static void flush(OutputStream w) throws OutputIOException {
        try {
            w.flush();
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

    private static OutputStream open(Path p) {
        try {
            return new BufferedOutputStream(Files.newOutputStream(p), 1 << 16);
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

    /** Reads and decides one line. Immutable and thread-safe: the workers share one. */
    static final class Screening {

        private final CaseRunner runner;
        private final Program<?, ?> program;
        private final PolicyBook book;
        private final RegionCode defaultRegion;
        private final LocalDate defaultDate;
        private final StreamRead.ValueReader<?> factsReader;
        private final StreamRead.ValueReader<RegionCode> regionReader = StreamRead.reader(RegionCode.class);
        private final StreamRead.ValueReader<LocalDate> dateReader = StreamRead.reader(LocalDate.class);
        // the region and date of a line screened lately, with what they resolve to (see #place)
        private volatile Place last;

        /**
         * A line's region and date, found good (the region is in the book's table on the date, a
         * date given on the line is in range) and resolved to the book's snapshot. The lines of a
         * file mostly share their region and date, so the workers keep the last one met and only
         * compare the next line's with it: the region's text with the parser's characters (no
         * {@code String} or {@code RegionCode} made), then the date. Immutable, published through
         * its final fields: a worker that sees an older one, or none, resolves the line's again
         * (the same answer: the checks and the snapshot depend only on the region and date).
         */
        private static final class Place {
            final char[] regionText;
            final RegionCode region;
            final LocalDate date;
            // whether the date was given on a line, and so checked against the decision-date range
            final boolean dateChecked;
            final PolicySnapshot snapshot;

            Place(RegionCode region, LocalDate date, boolean dateChecked, PolicySnapshot snapshot) {
                this.regionText = region.code().toCharArray();
                this.region = region;
                this.date = date;
                this.dateChecked = dateChecked;
                this.snapshot = snapshot;
            }
        }

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
            this.factsReader = StreamRead.reader(program.factsType());
        }

        /**
         * Reads and decides a line given as UTF-8 bytes: a good line in one streaming pass
         * ({@link StreamRead}, no tree); any other line exactly as {@link #screen(String, long)}
         * does, after decoding it strictly, so that every problem is reported the same way.
         *
         * @param bytes  the buffer
         * @param off    where the line starts
         * @param len    its length in bytes (without the line end)
         * @param lineNo its number, from 1
         * @return the decision with the line's id, or null if the line is blank
         * @throws InvalidInputException with every problem, paths relative to the line (a line
         *                               that is not UTF-8: {@code json.not-utf8} with the offset)
         */
        Screened screen(byte[] bytes, int off, int len, long lineNo) {
            if (asciiBlank(bytes, off, len)) {
                return null;
            }
            Screened fast = fast(bytes, off, len, lineNo);
            if (fast != null) {
                return fast;
            }
            String text = Json.decodeUtf8(java.util.Arrays.copyOfRange(bytes, off, off + len), "$");
            return text.isBlank() ? null : screen(text, lineNo);
        }

        /** Whether the bytes are ASCII characters that {@link String#isBlank()} counts as blank. */
        private static boolean asciiBlank(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) {
                int c = b[i];
                if (c != ' ' && (c < 9 || c > 13) && (c < 28 || c > 31)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * The fast path: a good line, read in one streaming pass and decided. Declines (null)
         * at the first thing that is not plainly good — a field given twice, an unknown or
         * mistyped envelope field, an id that looks personal, a region or date that is missing,
         * unknown or out of range, facts the streaming reader declines, facts that do not
         * validate — so that {@link #screen(String, long)} reports it with every other problem.
         */
        Screened fast(byte[] bytes, int off, int len, long lineNo) {
            String id = null;
            RegionCode r = defaultRegion;
            LocalDate d = defaultDate;
            boolean dateOnLine = false;
            Object facts = null;
            boolean bare = false;
            try (JsonParser p = StreamRead.open(bytes, off, len)) {
                if (p.nextToken() != JsonToken.START_OBJECT) {
                    return null;
                }
                for (JsonToken t = p.nextToken(); t == JsonToken.FIELD_NAME && !bare; t = p.nextToken()) {
                    String name = p.currentName();
                    JsonToken v = p.nextToken();
                    switch (name) {
                        case "id" -> {
                            if (v == JsonToken.VALUE_STRING) {
                                id = p.getText();
                            } else if (v == JsonToken.VALUE_NUMBER_INT) {
                                id = p.getNumberValue().toString(); // as the tree writes it
                            } else if (v != JsonToken.VALUE_NULL) {
                                return null;
                            }
                        }
                        case "program" -> {
                            if (v != JsonToken.VALUE_STRING || !PROGRAM.equals(p.getText())) {
                                return null;
                            }
                        }
                        case "region" -> {
                            if (v == JsonToken.VALUE_STRING) {
                                r = region(p);
                            } else if (v != JsonToken.VALUE_NULL) {
                                return null;
                            }
                        }
                        case "date" -> {
                            if (v == JsonToken.VALUE_STRING) {
                                d = dateReader.read(p);
                                dateOnLine = true;
                            } else if (v != JsonToken.VALUE_NULL) {
                                return null;
                            }
                        }
                        case "synthetic" -> {
                            // a generated population marks every line so (docs/simulation.md); ignored
                            if (v != JsonToken.VALUE_TRUE && v != JsonToken.VALUE_FALSE && v != JsonToken.VALUE_NULL) {
                                return null;
                            }
                        }
                        case "facts" -> {
                            if (v != JsonToken.START_OBJECT) {
                                return null;
                            }
                            facts = factsReader.read(p);
                        }
                        default -> {
                            if (facts != null) {
                                return null; // a wrapped line with an unknown field
                            }
                            bare = true; // the facts alone (or a wrapped line with an unknown field before its facts)
                        }
                    }
                }
                if (bare) {
                    id = null;
                    r = defaultRegion;
                    d = defaultDate;
                    dateOnLine = false;
                    facts = StreamRead.document(bytes, off, len, program.factsType());
                } else if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null || facts == null) {
                    return null;
                }
            } catch (IOException | RuntimeException declined) {
                return null;
            }
            if (id != null && HouseholdLine.personal(id) || r == null || d == null) {
                return null;
            }
            PolicySnapshot snapshot = place(r, d, dateOnLine);
            if (snapshot == null) {
                return null;
            }
            try {
                return new Screened(id, lineNo, decideTyped(program, facts, snapshot));
            } catch (InvalidInputException | ArithmeticException invalid) {
                return null;
            }
        }

        /** The region at the parser's text: the last line's object when the text is the same. */
        private RegionCode region(JsonParser p) throws IOException {
            Place at = last;
            if (at != null) {
                char[] known = at.regionText;
                int n = p.getTextLength();
                if (n == known.length) {
                    int off = p.getTextOffset();
                    if (java.util.Arrays.equals(known, 0, n, p.getTextCharacters(), off, off + n)) {
                        return at.region;
                    }
                }
            }
            return regionReader.read(p);
        }

        /**
         * @return the snapshot of a line's region and date, or null where the fast path declines
         *     them: a region not in the book's table on that date, a date given on the line outside
         *     the decision-date range
         */
        private PolicySnapshot place(RegionCode r, LocalDate d, boolean dateOnLine) {
            Place at = last;
            if (at != null && at.region.equals(r) && at.date.equals(d) && (at.dateChecked || !dateOnLine)) {
                return at.snapshot;
            }
            if (!book.regions().contains(r)
                    || book.regions().find(r, d).isEmpty()
                    || dateOnLine && InputLimits.checkDecisionDate(d, "date") != null) {
                return null;
            }
            PolicySnapshot snapshot = book.snapshot(r, d);
            last = new Place(r, d, dateOnLine, snapshot);
            return snapshot;
        }

        private static <I, R> Decision<R> decideTyped(Program<I, R> p, Object facts, PolicySnapshot snapshot) {
            return p.decide(p.factsType().cast(facts), snapshot);
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
                    } else if (HouseholdLine.personal(idNode.asText())) {
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
                    vs.add(wrapped ? v : HouseholdLine.relative(v));
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
                    relative.add(HouseholdLine.relative(v));
                }
                throw new InvalidInputException(relative);
            }
        }

        private <I, R> Decision<R> decide(Program<I, R> p, JsonNode facts, RegionCode r, LocalDate d) {
            return runner.decideFacts(p, facts, r, d, "facts");
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
    private static final class NonClosing extends OutputStream {

        private final OutputStream target;

        NonClosing(OutputStream target) {
            this.target = target;
        }

        @Override
        public void write(int b) throws IOException {
            target.write(b);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
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
