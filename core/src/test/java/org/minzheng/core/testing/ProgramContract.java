package org.minzheng.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.RuleCoverage;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

/**
 * The contract every program keeps, as JUnit 5 dynamic tests: one kit that each module's tests,
 * and an integrator's tests of their own overlay and cases, run the same way.
 *
 * <ul>
 *   <li><b>declarations</b>: the program declares rules; each rule cites an instrument of the book;
 *       every declared parameter is a key of the book with a value in some pack (the shipped data
 *       or the overlay given).</li>
 *   <li><b>messages</b>: every declared verdict and note of every rule has a zh and an en message.</li>
 *   <li><b>cases</b>: each example case ({@code <name>.json} with {@code <name>.expected.json})
 *       decides as expected, decides twice to byte-identical JSON, explains in both languages
 *       without a missing message, and no ID number or name of the case appears in the decision's
 *       JSON, its {@code toString()} or its explanations.</li>
 *   <li><b>coverage</b>: the cases exercise every declared rule × verdict pair, except those listed
 *       with a reason ({@link #notExercised(String, String)}); at least three cases with at least
 *       two outcomes.</li>
 * </ul>
 *
 * <p>That the facts schema accepts the cases is checked where the schemas are generated (the
 * {@code examples} module's {@code SchemaAgreementTest}, for every program).
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> dibaoKeepsTheContract() {
 *     return ProgramContract.of(new DibaoProgram())
 *             .official(PolicyBook.loadDefault())
 *             .illustrative(Books.WITH_ILLUSTRATIVE)
 *             .cases(Path.of("src/examples/cases/dibao"))
 *             .tests();
 * }
 * }</pre>
 */
public final class ProgramContract {

    private final Program<?, ?> program;
    private PolicyBook official;
    private PolicyBook illustrative;
    private Path cases;
    private final Map<String, String> allowedGaps = new LinkedHashMap<>();
    private org.minzheng.core.decision.Outcome onlyOutcome;

    private ProgramContract(Program<?, ?> program) {
        this.program = program;
    }

    /**
     * @param program the program under test, not null
     * @return a contract with the shipped data and no cases
     */
    public static ProgramContract of(Program<?, ?> program) {
        return new ProgramContract(Objects.requireNonNull(program, "program"));
    }

    /**
     * @param book the book cases whose expectation names {@code official} are decided with
     * @return this
     */
    public ProgramContract official(PolicyBook book) {
        this.official = Objects.requireNonNull(book, "book");
        return this;
    }

    /**
     * @param book the book (shipped data and an overlay) cases whose expectation names
     *             {@code illustrative} are decided with; the declarations are checked against it
     * @return this
     */
    public ProgramContract illustrative(PolicyBook book) {
        this.illustrative = Objects.requireNonNull(book, "book");
        return this;
    }

    /**
     * @param dir the directory of the program's example cases
     * @return this
     */
    public ProgramContract cases(Path dir) {
        this.cases = Objects.requireNonNull(dir, "dir");
        return this;
    }

    /**
     * Allows one declared outcome to go unexercised by the cases, with the reason (a pair that
     * cannot occur is not declared; this is for one that can but no realistic case reaches yet).
     *
     * @param pair   {@code rule VERDICT}, such as {@code dibao.amount.not-configured INFO}
     * @param reason why no case exercises it
     * @return this
     */
    public ProgramContract notExercised(String pair, String reason) {
        allowedGaps.put(Objects.requireNonNull(pair, "pair"), Objects.requireNonNull(reason, "reason"));
        return this;
    }

    /**
     * Declares that the program has one outcome (a bundle of tasks a death always triggers, say):
     * the cases check then asks for at least three cases, every one with that outcome, instead of
     * at least two outcomes.
     *
     * @param outcome the program's only outcome
     * @param reason  why it has only one
     * @return this
     */
    public ProgramContract singleOutcome(org.minzheng.core.decision.Outcome outcome, String reason) {
        this.onlyOutcome = Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(reason, "reason");
        return this;
    }

    private PolicyBook official() {
        if (official == null) {
            official = PolicyBook.loadDefault();
        }
        return official;
    }

    /** @return the book the declarations are checked against: the overlay's if given */
    private PolicyBook widest() {
        return illustrative != null ? illustrative : official();
    }

    /** @return the contract's tests, named for what they check */
    public Stream<DynamicTest> tests() {
        List<DynamicTest> tests = new ArrayList<>();
        tests.add(DynamicTest.dynamicTest(
                program.id() + ": declares its rules, citing known instruments", this::checkRules));
        tests.add(DynamicTest.dynamicTest(
                program.id() + ": every declared parameter is a key with a value in a pack", this::checkParameters));
        tests.add(DynamicTest.dynamicTest(
                program.id() + ": every declared outcome and note has zh and en messages", this::checkMessages));
        if (cases != null) {
            List<CasePair> pairs = discover();
            CaseChecker checker = CaseChecker.of(
                    ProgramRegistry.of(List.of(program)),
                    this::official,
                    () -> illustrative != null ? illustrative : official());
            Explainer explainer = Explainer.of(ProgramRegistry.of(List.of(program)), widest());
            RuleCoverage coverage = RuleCoverage.of(List.of(program));
            List<String> outcomes = new ArrayList<>();
            for (CasePair pair : pairs) {
                tests.add(DynamicTest.dynamicTest(
                        program.id() + ": case " + pair.name(),
                        () -> checkCase(checker, explainer, coverage, outcomes, pair)));
            }
            if (onlyOutcome == null) {
                tests.add(DynamicTest.dynamicTest(
                        program.id() + ": at least three cases, with at least two outcomes", () -> {
                            assertThat(pairs).as("cases under " + cases).hasSizeGreaterThanOrEqualTo(3);
                            assertThat(new TreeSet<>(outcomes))
                                    .as("outcomes of the cases")
                                    .hasSizeGreaterThanOrEqualTo(2);
                        }));
            } else {
                tests.add(DynamicTest.dynamicTest(
                        program.id() + ": at least three cases, every one " + onlyOutcome, () -> {
                            assertThat(pairs).as("cases under " + cases).hasSizeGreaterThanOrEqualTo(3);
                            assertThat(new TreeSet<>(outcomes))
                                    .as("outcomes of the cases")
                                    .containsExactly(onlyOutcome.name());
                        }));
            }
            tests.add(DynamicTest.dynamicTest(
                    program.id() + ": the cases exercise every declared rule outcome", () -> checkCoverage(coverage)));
            tests.add(DynamicTest.dynamicTest(
                    program.id() + ": validation of the cases' facts, mutated, agrees with Hibernate Validator",
                    () -> checkValidation(pairs)));
        }
        return tests.stream();
    }

    /**
     * The compiled validation plans report exactly what Hibernate Validator reports (paths, codes,
     * zh/en messages) on the facts of the cases, and on 200 random mutations of them.
     */
    private void checkValidation(List<CasePair> pairs) throws IOException {
        List<Object> facts = new ArrayList<>();
        for (CasePair pair : pairs) {
            JsonNode node = Json.readTree(Files.readString(pair.caseFile(), StandardCharsets.UTF_8), "$")
                    .get("facts");
            if (node == null) {
                continue;
            }
            try {
                facts.add(Json.convert(node, program.factsType(), "facts"));
            } catch (org.minzheng.core.validation.InvalidInputException e) {
                // a case of bad input: its facts do not read
            }
        }
        assertThat(facts).as("cases whose facts read").isNotEmpty();
        org.minzheng.core.validation.ValidationAgreement.assertAgreesOnMutations(facts, 200);
    }

    private List<CasePair> discover() {
        try {
            return CaseChecker.discover(cases);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void checkRules() {
        assertThat(program.rules()).as("rules of " + program.id()).isNotEmpty();
        for (Rule r : program.rules()) {
            List<Citation> cited = new ArrayList<>(r.alsoCites());
            cited.add(0, r.citation());
            for (Citation c : cited) {
                assertThat(widest().instruments().find(c.instrument()))
                        .as("instrument of rule " + r.id() + ": " + c.instrument())
                        .isPresent();
            }
        }
    }

    private void checkParameters() {
        PolicyBook book = widest();
        List<String> problems = new ArrayList<>();
        for (ParameterKey<?> k : program.parameters()) {
            if (book.key(k.name()).isEmpty()) {
                problems.add(k.name() + " is not a key of the book (no PolicyDataProvider lists it)");
            } else if (book.timelines(k).isEmpty()) {
                problems.add(
                        k.name() + " has no value in any pack (give one, graded, in the shipped data or the overlay)");
            }
        }
        assertThat(problems).as("declared parameters of " + program.id()).isEmpty();
    }

    private void checkMessages() {
        Explainer explainer = Explainer.of(ProgramRegistry.of(List.of(program)), widest());
        List<String> missing = new ArrayList<>();
        for (Rule r : program.rules()) {
            for (String key : r.messageKeys()) {
                for (Language lang : Language.values()) {
                    if (!explainer.hasMessage(key, lang)) {
                        missing.add(key + " (" + lang + ")");
                    }
                }
            }
        }
        assertThat(missing)
                .as("messages missing from " + program.messageBundle())
                .isEmpty();
    }

    private void checkCase(
            CaseChecker checker, Explainer explainer, RuleCoverage coverage, List<String> outcomes, CasePair pair)
            throws IOException {
        CaseCheck check = checker.check(pair);
        assertThat(check.mismatches())
                .as("differences from " + pair.name() + ".expected.json")
                .isEmpty();
        assertThat(check.program()).as("program of " + pair.name()).isEqualTo(program.id());
        Decision<?> d = check.decisionMade().orElseThrow();
        outcomes.add(d.outcome().name());
        assertThat(coverage.add(d)).as("findings with undeclared rule outcomes").isEmpty();
        CaseCheck again = checker.check(pair);
        String json = Json.pretty(d);
        assertThat(Json.pretty(again.decisionMade().orElseThrow()))
                .as("the same case decided twice")
                .isEqualTo(json);
        List<String> texts = new ArrayList<>(List.of(json, d.toString()));
        for (Language lang : Language.values()) {
            String text = explainer.explain(d, lang);
            for (var f : d.findings()) {
                assertThat(explainer.hasMessage(f.messageKey(), lang))
                        .as("message " + f.messageKey() + " in " + lang)
                        .isTrue();
            }
            for (var n : d.counterfactuals()) {
                assertThat(explainer.hasMessage(n.code(), lang))
                        .as("message " + n.code() + " in " + lang)
                        .isTrue();
            }
            for (var n : d.warnings()) {
                assertThat(explainer.hasMessage(n.code(), lang))
                        .as("message " + n.code() + " in " + lang)
                        .isTrue();
            }
            texts.add(text);
            texts.add(explainer.explain(d, lang, org.minzheng.core.decision.Explainer.View.CITIZEN));
        }
        Set<String> personal =
                personalData(Json.readTree(Files.readString(pair.caseFile(), StandardCharsets.UTF_8), "$"));
        for (String text : texts) {
            for (String p : personal) {
                assertThat(text.contains(p))
                        .as("the decision or its explanation shows personal data of the case "
                                + "(an ID number or a name), unmasked")
                        .isFalse();
            }
        }
    }

    /** ID numbers anywhere in the case, and the values of fields named {@code name} or {@code …Name}. */
    static Set<String> personalData(JsonNode node) {
        Set<String> out = new TreeSet<>();
        collect(node, null, out);
        return out;
    }

    private static void collect(JsonNode node, String field, Set<String> out) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                collect(e.getValue(), e.getKey(), out);
            }
        } else if (node.isArray()) {
            for (JsonNode n : node) {
                collect(n, field, out);
            }
        } else if (node.isTextual()) {
            String s = node.asText();
            boolean nameField = field != null && (field.equals("name") || field.endsWith("Name"));
            if (ResidentIdNumber.isValid(s) || nameField && s.length() >= 2) {
                out.add(s);
            }
        }
    }

    private void checkCoverage(RuleCoverage coverage) {
        List<String> gaps = new ArrayList<>();
        for (String pair : coverage.notExercised()) {
            String bare = pair.substring(pair.indexOf(": ") + 2);
            if (!allowedGaps.containsKey(bare)) {
                gaps.add(bare);
            }
        }
        assertThat(gaps)
                .as(coverage + "; add a case for each, or list it with notExercised(pair, reason)")
                .isEmpty();
        for (String allowed : allowedGaps.keySet()) {
            assertThat(coverage.of(program.id()))
                    .as("allowed gap " + allowed + " is a declared outcome")
                    .containsKey(allowed);
            assertThat(coverage.of(program.id()).get(allowed))
                    .as("allowed gap " + allowed + " is exercised now: remove it from the list")
                    .isFalse();
        }
    }
}
