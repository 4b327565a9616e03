package org.minzheng.core.cases;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.JsonPaths;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
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
        return readCase(json);
    }

    /**
     * Reads a case file's envelope from the bytes of a file: UTF-8 (a byte-order mark is
     * skipped), strictly decoded.
     *
     * @param utf8 the bytes, not null
     * @return the envelope
     * @throws InvalidInputException if the bytes are not UTF-8 or not a well-formed envelope
     */
    public CaseFile read(byte[] utf8) {
        return readCase(Json.decodeUtf8(utf8, "$"));
    }

    /**
     * A document with a field given twice is refused; everything else wrong with it (in the
     * envelope and in the facts, read with the last value of each such field) is reported with
     * the duplicates, in the same pass.
     */
    private CaseFile readCase(String text) {
        List<Violation> duplicates = new ArrayList<>();
        JsonNode tree = Json.readTree(text, "$", duplicates);
        if (duplicates.isEmpty()) {
            return envelope(tree);
        }
        List<Violation> all = new ArrayList<>(duplicates);
        try {
            CaseFile c = envelope(tree);
            all.addAll(
                    factsProblems(programs.find(c.program()).orElseThrow(), c.facts(), c.region(), c.date(), "facts"));
        } catch (InvalidInputException e) {
            all.addAll(e.violations());
        }
        throw new InvalidInputException(all);
    }

    /**
     * Reads a case file's envelope from a JSON tree. Every problem of the envelope is reported
     * together: a field that is not one of {@code program}, {@code region}, {@code date},
     * {@code facts}; a missing or unknown program or region; a decision date that is not a date
     * or lies outside {@link InputLimits#MIN_DECISION_DATE} … {@link InputLimits#MAX_DATE}; facts
     * that are not an object. When the envelope is wrong but names a known program and has facts,
     * the problems of the facts ({@link #factsProblems}) are reported with it.
     *
     * @param tree the tree, not null
     * @return the envelope
     * @throws InvalidInputException if the tree is not a well-formed envelope
     */
    public CaseFile envelope(JsonNode tree) {
        InputValidator v = InputValidator.get();
        if (!tree.isObject()) {
            throw new InvalidInputException(List.of(v.violation("$", "json.not-object", Map.of())));
        }
        List<Violation> vs = new ArrayList<>();
        for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!FIELDS.contains(name)) {
                String segment = JsonPaths.field(name);
                vs.add(v.violation(
                        segment.startsWith(".") ? segment.substring(1) : "$" + segment,
                        "json.unknown-field",
                        Map.of()));
            }
        }
        String program = null;
        JsonNode p = tree.get("program");
        if (p == null || p.isNull()) {
            vs.add(v.violation("program", "NotNull", Map.of()));
        } else if (!p.isTextual()) {
            vs.add(Json.wrongType("program", String.class));
        } else if (programs.find(p.asText()).isEmpty()) {
            vs.add(v.violation("program", "case.unknown-program", Map.of()));
        } else {
            program = p.asText();
        }
        RegionCode region = read(tree, "region", RegionCode.class, vs);
        if (region != null && !book.regions().contains(region)) {
            vs.add(v.violation("region", "case.unknown-region", Map.of()));
            region = null;
        }
        LocalDate date = read(tree, "date", LocalDate.class, vs);
        if (date != null) {
            Violation range = InputLimits.checkDecisionDate(date, "date");
            if (range != null) {
                vs.add(range);
                date = null;
            }
        }
        if (region != null && date != null && !book.regions().contains(region, date)) {
            vs.add(v.violation("region", "case.region-not-on-date", Map.of()));
            region = null;
        }
        JsonNode facts = tree.get("facts");
        if (facts == null || facts.isNull()) {
            vs.add(v.violation("facts", "NotNull", Map.of()));
        } else if (!facts.isObject()) {
            vs.add(v.violation("facts", "json.not-object", Map.of()));
        } else if (!vs.isEmpty() && program != null) {
            vs.addAll(factsProblems(programs.find(program).orElseThrow(), facts, region, date, "facts"));
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
        return new CaseFile(program, region, date, facts);
    }

    private static final java.util.Set<String> FIELDS = java.util.Set.of("program", "region", "date", "facts");

    private static <T> T read(JsonNode tree, String field, Class<T> type, List<Violation> vs) {
        JsonNode n = tree.get(field);
        if (n == null || n.isNull()) {
            vs.add(InputValidator.get().violation(field, "NotNull", Map.of()));
            return null;
        }
        try {
            return Json.convert(n, type, field);
        } catch (InvalidInputException e) {
            vs.addAll(e.violations());
            return null;
        }
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
        Program<?, ?> program = programs.find(c.program())
                .orElseThrow(() -> new InvalidInputException(
                        List.of(InputValidator.get().violation("program", "case.unknown-program", Map.of()))));
        return Json.convert(c.facts(), program.factsType(), "facts");
    }

    private <I, R> Decision<R> decide(Program<I, R> program, CaseFile c) {
        return decideFacts(program, c.facts(), c.region(), c.date(), "facts");
    }

    /**
     * Every problem of a program's facts, without deciding: the facts are read strictly into the
     * program's facts type (every problem of the reading, with its path), then validated — with
     * the program's domain checks when the region and date are known, else with the constraints
     * alone. For reporting the facts' problems with other problems of a document.
     *
     * @param program the program, not null
     * @param facts   the facts, not null
     * @param region  the region, in the book, or null if it is not known
     * @param date    the decision date, or null if it is not known
     * @param path    the path of the facts, such as {@code facts}
     * @return every problem, empty if the facts can be decided
     */
    public List<Violation> factsProblems(
            Program<?, ?> program, JsonNode facts, RegionCode region, LocalDate date, String path) {
        Object typed;
        try {
            typed = Json.convert(facts, program.factsType(), path);
        } catch (InvalidInputException e) {
            return e.violations();
        }
        try {
            return region != null && date != null
                    ? validate(program, typed, book.snapshot(region, date))
                    : InputValidator.get().validate(typed, path);
        } catch (ArithmeticException overflow) {
            return List.of(InputValidator.get().violation(path, "input.out-of-range", Map.of()));
        }
    }

    private static <I> List<Violation> validate(Program<I, ?> program, Object facts, PolicySnapshot snapshot) {
        return program.validate(program.factsType().cast(facts), snapshot);
    }

    /**
     * Reads facts strictly into the program's facts type and decides them at a region and date:
     * the one path from JSON facts to a decision, shared by case files and screening lines.
     * Amounts or counts so large that computing with them overflows (possible only within the
     * documented {@link InputLimits}, by combining many extreme values) are reported as a
     * violation at {@code path}, never as an internal error.
     *
     * @param program the program, not null
     * @param facts   the facts, not null
     * @param region  the region, in the book
     * @param date    the decision date, not null
     * @param path    the path of the facts, such as {@code facts}
     * @param <I>     the facts type
     * @param <R>     the result type
     * @return the decision
     * @throws InvalidInputException if the facts are invalid
     */
    public <I, R> Decision<R> decideFacts(
            Program<I, R> program, JsonNode facts, RegionCode region, LocalDate date, String path) {
        I typed = Json.convert(facts, program.factsType(), path);
        PolicySnapshot snapshot = book.snapshot(region, date);
        try {
            return program.decide(typed, snapshot);
        } catch (ArithmeticException overflow) {
            throw new InvalidInputException(
                    List.of(InputValidator.get().violation(path, "input.out-of-range", Map.of())));
        }
    }
}
