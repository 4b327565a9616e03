package org.minzheng.eligibility.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.ReferenceJson;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.TestRules;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.EligibilityParameters;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.Relation;
import org.minzheng.eligibility.rigid.RigidExpenditureProgram;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.testing.HouseholdGenerators;
import org.quicktheories.core.Gen;

/**
 * Issue 18: the decision writer of {@code core.json} ({@code Json.compact}, to a string and to
 * UTF-8 bytes) writes the same bytes as Jackson's bean serialisation of {@code Decision}
 * ({@link ReferenceJson}) for generated decisions: households of every size and income decided by
 * {@code dibao}, {@code low-income-edge}, {@code rigid-expenditure} and {@code assistance-screening}
 * (each program's result also on its own: records read through bound accessors) in regions and on dates
 * where the values are set, inherited, illustrative (warnings) or missing (UNDETERMINED, with
 * missing parameters), and decisions recorded by hand whose facts, codes and citations hold any
 * characters (control characters, quotes, backslashes, Chinese, characters beyond the BMP, half a
 * surrogate pair) and values of every kind, with counterfactuals and warnings.
 */
class DecisionWriterProperties {

    static final DibaoProgram DIBAO = new DibaoProgram();
    static final LowIncomeEdgeProgram EDGE = new LowIncomeEdgeProgram();
    static final AssistanceScreeningProgram SCREENING = new AssistanceScreeningProgram();
    static final RigidExpenditureProgram RIGID = new RigidExpenditureProgram();

    static final List<RegionCode> REGIONS = List.of(
            Books.HUZHOU, Books.NANXUN, RegionCode.of("330502"), RegionCode.of("330000"), RegionCode.of("110101"));
    static final List<LocalDate> DATES =
            List.of(Books.DEC_2024, Books.MAR_2025, LocalDate.of(2026, 1, 1), LocalDate.of(2027, 6, 30));
    static final List<PolicyBook> BOOKS = List.of(Books.OFFICIAL, Books.ILLUSTRATIVE);

    /** The bytes both ways, or the type of error both ways. */
    static void sameBytes(Object value) {
        String reference;
        try {
            reference = ReferenceJson.compact(value);
        } catch (RuntimeException e) {
            reference = "failed: " + e.getClass().getName();
        }
        String fast;
        try {
            fast = Json.compact(value);
        } catch (RuntimeException e) {
            fast = "failed: " + e.getClass().getName();
        }
        assertThat(fast).isEqualTo(reference);
        String referenceBytes;
        try {
            referenceBytes = new String(ReferenceJson.compactBytes(value), StandardCharsets.ISO_8859_1);
        } catch (RuntimeException e) {
            referenceBytes = "failed: " + e.getClass().getName();
        }
        String fastBytes;
        try {
            fastBytes = new String(ReferenceJson.fastBytes(value), StandardCharsets.ISO_8859_1);
        } catch (RuntimeException e) {
            fastBytes = "failed: " + e.getClass().getName();
        }
        assertThat(fastBytes).isEqualTo(referenceBytes);
        // written again: what recurs (text, facts' names, warnings) is now copied from the caches
        String again;
        try {
            again = Json.compact(value);
        } catch (RuntimeException e) {
            again = "failed: " + e.getClass().getName();
        }
        assertThat(again).isEqualTo(reference);
    }

    static Gen<PolicySnapshot> snapshots() {
        return integers()
                .between(0, BOOKS.size() - 1)
                .zip(
                        integers().between(0, REGIONS.size() - 1),
                        integers().between(0, DATES.size() - 1),
                        (b, r, d) -> BOOKS.get(b).snapshot(REGIONS.get(r), DATES.get(d)));
    }

    @Test
    void householdsDecided_areWrittenByteForByteAsTheReference() {
        List<Outcome> seen = new ArrayList<>();
        boolean[] warned = new boolean[1];
        boolean[] missing = new boolean[1];
        boolean[] counterfactual = new boolean[1];
        qt().withExamples(400)
                .forAll(
                        HouseholdGenerators.households(),
                        snapshots(),
                        integers().between(0, 3))
                .checkAssert((h, s, program) -> {
                    Decision<?> d = switch (program) {
                        case 0 -> DIBAO.decide(h, s);
                        case 1 -> EDGE.decide(h, s);
                        case 2 ->
                            RIGID.decide( // measured over the twelve months before the application
                                    ImmutableHousehold.copyOf(h).withApplicationDate(s.date()), s);
                        default ->
                            SCREENING.decide(
                                    ImmutableScreeningFacts.builder()
                                            .household(h)
                                            .build(),
                                    s);
                    };
                    sameBytes(d);
                    // the program's result on its own (a record read through bound accessors)
                    d.result().ifPresent(DecisionWriterProperties::sameBytes);
                    seen.add(d.outcome());
                    warned[0] |= !d.warnings().isEmpty();
                    missing[0] |= !d.missingParameters().isEmpty();
                    counterfactual[0] |= !d.counterfactuals().isEmpty();
                });
        assertThat(seen).contains(Outcome.ELIGIBLE, Outcome.INELIGIBLE, Outcome.UNDETERMINED);
        assertThat(warned[0]).isTrue();
        assertThat(missing[0]).isTrue();
        assertThat(counterfactual[0]).isTrue();
    }

    /** Code points that JSON escapes, that UTF-8 writes in 1 to 4 bytes, and half surrogate pairs. */
    static final int[] CHARACTERS = {
        0x00, 0x01, 0x08, 0x09, 0x0A, 0x0C, 0x0D, 0x1F, '"', '\\', '/', 'a', 'Z', ' ', 0x7F, 0x80, 0xE9, 0x2028, 0x3000,
        0x6C11, 0x653F, 0xFF08, 0xFFFD, 0x1F600, 0x20000, 0xD800, 0xDFFF
    };

    static Gen<String> texts() {
        return lists().of(integers().between(0, CHARACTERS.length - 1))
                .ofSizeBetween(0, 8)
                .map(at -> {
                    StringBuilder sb = new StringBuilder();
                    for (int i : at) {
                        sb.appendCodePoint(CHARACTERS[i]);
                    }
                    return sb.toString();
                });
    }

    /** A record in a finding's facts, written by the mapper's bean serializer. */
    record Counted(int index, Relation relation, Optional<String> note) {}

    static Gen<Object> values() {
        Gen<Object> scalars = integers().between(0, 10).zip(texts(), longs().all(), (kind, text, n) -> switch (kind) {
            case 0 -> text;
            case 1 -> (Object) (int) n.longValue();
            case 2 -> n;
            case 3 -> n % 2 == 0;
            case 4 -> Money.ofFen(n % 1_000_000_000_00L);
            case 5 -> LocalDate.ofEpochDay(Math.floorMod(n, 8_000_000L) - 4_000_000L); // years about -9000 to 12900
            case 6 -> Relation.values()[(int) Math.floorMod(n, (long) Relation.values().length)];
            case 7 -> BigDecimal.valueOf(n, (int) Math.floorMod(n, 5L));
            case 8 -> n % 2 == 0 ? Optional.of(text) : Optional.empty();
            case 9 -> new Counted((int) (n & 7), Relation.CHILD, n % 2 == 0 ? Optional.empty() : Optional.of(text));
            default -> Verdict.values()[(int) Math.floorMod(n, (long) Verdict.values().length)];
        });
        return lists().of(scalars)
                .ofSizeBetween(0, 3)
                .zip(scalars, integers().between(0, 3), (list, one, shape) -> switch (shape) {
                    case 0 -> list;
                    case 1 -> {
                        Map<String, Object> m = new LinkedHashMap<>();
                        for (int i = 0; i < list.size(); i++) {
                            m.put("k" + i, list.get(i));
                        }
                        yield m;
                    }
                    default -> one;
                });
    }

    /** Alternating names and values, names distinct. */
    static Gen<Object[]> facts() {
        return lists().of(texts().zip(values(), (name, value) -> new Object[] {name, value}))
                .ofSizeBetween(0, 4)
                .map(pairs -> {
                    List<Object> kv = new ArrayList<>();
                    for (int i = 0; i < pairs.size(); i++) {
                        kv.add(i + ":" + pairs.get(i)[0]);
                        kv.add(pairs.get(i)[1]);
                    }
                    return kv.toArray();
                });
    }

    record Recorded(String code, String article, Verdict verdict, Object[] facts) {}

    static Gen<Recorded> recorded() {
        return texts().zip(
                        texts(),
                        integers().between(0, Verdict.values().length - 1),
                        facts(),
                        (code, article, verdict, facts) ->
                                new Recorded(code, article, Verdict.values()[verdict], facts));
    }

    @Test
    void decisionsRecordedByHand_withAnyText_areWrittenByteForByteAsTheReference() {
        qt().withExamples(400)
                .forAll(
                        lists().of(recorded()).ofSizeBetween(0, 4),
                        lists().of(recorded()).ofSizeBetween(0, 3),
                        snapshots(),
                        booleans().all())
                .checkAssert((findings, notes, s, readValues) -> {
                    RuleContext ctx = RuleContext.start("test-program", s);
                    if (readValues) {
                        ctx.param(EligibilityParameters.DIBAO_STANDARD);
                        ctx.param(EligibilityParameters.ASSET_FINANCIAL_MONTHS);
                    }
                    int n = 0;
                    for (Recorded r : findings) {
                        Rule rule =
                                TestRules.rule("test.rule-" + n++, Citation.of("instrument " + r.code(), r.article()));
                        ctx.record(rule, r.verdict(), r.facts());
                    }
                    for (int i = 0; i < notes.size(); i++) {
                        Recorded r = notes.get(i);
                        if (i % 2 == 0) {
                            ctx.counterfactual(r.code(), r.facts());
                        } else {
                            ctx.warn(r.code(), r.facts());
                        }
                    }
                    Decision<Object> d = ctx.decide(
                            findings.isEmpty()
                                    ? null
                                    : findings.get(0).facts().length > 0
                                            ? findings.get(0).facts()[1]
                                            : findings.get(0).article());
                    sameBytes(d);
                });
    }
}
