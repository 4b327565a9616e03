package org.minzheng.examples.packs;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyLoadException;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * Issue 21 item 2: a pack that loads never crashes a decision. Overlay packs are generated — keys
 * drawn from every module's registry, values of the key's type in and out of its declared range
 * (next to its bounds, far beyond them, words outside an enumeration), the regions of the example
 * cases and those above them, dates across the years the cases decide — on top of the shipped data
 * and the illustrative overlay. A pack that fails to load has been rejected, with file and line
 * (the loader's part); for every pack that loads, a representative set of example cases of every
 * program is decided against it, and each must yield a decision (possibly UNDETERMINED) or the one
 * exception {@link CaseRunner#decide} documents, invalid input (facts the region's policy needs are
 * missing; nothing decided, every violation listed). Any other exception falsifies the property.
 *
 * <p>Bounded for {@code verify}: a fixed seed, 40 packs, three cases per program. A longer search:
 * {@code -Dminzheng.packs.examples=2000 -Dminzheng.packs.seed=<any>}.
 */
class LoadedPackNeverCrashesADecisionTest {

    static final int CASES_PER_PROGRAM = 3;
    static final ProgramRegistry PROGRAMS = ProgramRegistry.loadDefault();
    static final List<ParameterKey<?>> KEYS =
            List.copyOf(PolicyBook.loadDefault().keys());
    static final Map<String, CaseFile> CASES = representativeCases();
    static final List<RegionCode> REGIONS = regionsOfTheCases();

    static Map<String, CaseFile> representativeCases() {
        try {
            CaseRunner reader = CaseRunner.of(PROGRAMS, PolicyBook.loadDefault());
            Map<String, Integer> perProgram = new TreeMap<>();
            Map<String, CaseFile> cases = new TreeMap<>();
            for (CasePair p : CaseChecker.discover(Path.of("cases"))) {
                if (p.caseFile() == null) {
                    continue;
                }
                CaseFile c = reader.read(Files.readString(p.caseFile(), StandardCharsets.UTF_8));
                if (perProgram.merge(c.program(), 1, Integer::sum) <= CASES_PER_PROGRAM) {
                    cases.put(p.name(), c);
                }
            }
            return cases;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<RegionCode> regionsOfTheCases() {
        TreeSet<RegionCode> regions = new TreeSet<>();
        for (CaseFile c : CASES.values()) {
            regions.addAll(PolicyBook.loadDefault().regions().chain(c.region(), c.date()));
        }
        return List.copyOf(regions);
    }

    @Test
    void everyPackThatLoads_decidesEveryRepresentativeCase_withoutAnException() {
        AtomicInteger loaded = new AtomicInteger();
        AtomicInteger rejected = new AtomicInteger();
        AtomicInteger decided = new AtomicInteger();
        AtomicInteger invalid = new AtomicInteger();
        assertThat(PROGRAMS.all())
                .allSatisfy(p -> assertThat(CASES.values())
                        .as("example cases of %s", p.id())
                        .anyMatch(c -> c.program().equals(p.id())));
        qt().withFixedSeed(Long.getLong("minzheng.packs.seed", 20261206L))
                .withExamples(Integer.getInteger("minzheng.packs.examples", 40))
                .withShrinkCycles(20)
                .forAll(lists().of(longs().all()).ofSizeBetween(1, 8))
                .checkAssert(rows -> {
                    String pack = pack(rows);
                    PolicyBook book;
                    try {
                        PolicyBook.Builder builder = PolicyBook.builderWithDefaults();
                        IllustrativeOverlay.sources().forEach(builder::addOverlay);
                        book = builder.addOverlay(PolicySource.ofText("generated.yaml", pack))
                                .build();
                    } catch (PolicyLoadException e) {
                        // rejected at load, each error with its file and line: nothing to decide
                        assertThat(e.errors())
                                .allSatisfy(err -> assertThat(err.line()).isPositive());
                        rejected.incrementAndGet();
                        return;
                    }
                    loaded.incrementAndGet();
                    CaseRunner runner = CaseRunner.of(PROGRAMS, book);
                    List<String> crashes = new ArrayList<>();
                    for (Map.Entry<String, CaseFile> c : CASES.entrySet()) {
                        try {
                            Decision<?> d = runner.decide(c.getValue());
                            assertThat(d.outcome()).isNotNull();
                            decided.incrementAndGet();
                        } catch (InvalidInputException e) {
                            // documented: facts a region's policy needs are missing (a region that tiers
                            // the care allowance by the six self-care items needs them), nothing decided
                            invalid.incrementAndGet();
                        } catch (RuntimeException e) {
                            crashes.add(c.getKey() + ": " + e.getClass().getName() + ": " + e.getMessage());
                        }
                    }
                    assertThat(crashes)
                            .as("decisions that crashed on the loaded pack:%n%s", pack)
                            .isEmpty();
                });
        // the property is not vacuous: packs both load and are rejected, and loaded packs decide cases
        assertThat(loaded.get()).as("packs that loaded").isGreaterThanOrEqualTo(8);
        assertThat(rejected.get()).as("packs rejected").isPositive();
        assertThat(decided.get()).isGreaterThan(invalid.get() * 10);
    }

    /** @return a pack of one row per seed, its values drawn around the key's declared values */
    static String pack(List<Long> rows) {
        StringBuilder sb = new StringBuilder("pack: generated\n"
                + "instruments:\n"
                + "  - {id: generated-sample, title: 生成的示例, titleEn: Generated sample, issuer: 测试,"
                + " rank: ILLUSTRATIVE}\n"
                + "values:\n");
        for (long seed : rows) {
            SplittableRandom r = new SplittableRandom(seed);
            ParameterKey<?> key = KEYS.get(r.nextInt(KEYS.size()));
            RegionCode region = REGIONS.get(r.nextInt(REGIONS.size()));
            LocalDate since = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(8 * 365));
            sb.append("  - key: ").append(key.name()).append('\n');
            sb.append("    region: \"").append(region).append("\"\n");
            sb.append("    since: ").append(since).append('\n');
            if (r.nextInt(4) == 0) {
                sb.append("    until: ")
                        .append(since.plusDays(1 + r.nextInt(700)))
                        .append('\n');
            }
            sb.append("    value: ").append(value(key, r)).append('\n');
            sb.append("    unit: \"").append(key.unit()).append("\"\n");
            sb.append("    grade: ILLUSTRATIVE\n");
            sb.append("    citation: {instrument: generated-sample}\n");
        }
        return sb.toString();
    }

    static String value(ParameterKey<?> key, SplittableRandom r) {
        List<String> words = key.type().codes();
        if (!words.isEmpty()) {
            return r.nextInt(8) == 0 ? "NOT_ONE_OF_THEM" : words.get(r.nextInt(words.size()));
        }
        switch (key.type().name()) {
            case "boolean":
                return r.nextBoolean() ? "true" : "false";
            case "rounding":
                String[] units = {"FEN", "JIAO", "YUAN"};
                RoundingMode[] modes = RoundingMode.values();
                return units[r.nextInt(units.length)] + ":" + modes[r.nextInt(modes.length)];
            case "dates":
                LocalDate d = LocalDate.of(2019, 1, 1).plusDays(r.nextInt(8 * 365));
                return r.nextBoolean() ? "none" : "\"" + d + " " + d.plusDays(2) + ".." + d.plusDays(5) + "\"";
            case "code":
                return "SOME_WORD";
            default:
                return "\"" + number(key, r) + "\"";
        }
    }

    /** A number next to a bound (either side), small, large or negative, at the type's scale. */
    static String number(ParameterKey<?> key, SplittableRandom r) {
        int scale = key.type().name().equals("integer") ? 0 : 2;
        BigDecimal step = BigDecimal.ONE.movePointLeft(scale);
        List<BigDecimal> near = new ArrayList<>();
        key.least().ifPresent(l -> {
            BigDecimal b = new BigDecimal(key.type().print(l));
            near.add(b.subtract(step));
            near.add(b);
            near.add(b.add(step));
        });
        key.greatest().ifPresent(g -> {
            BigDecimal b = new BigDecimal(key.type().print(g));
            near.add(b);
            near.add(b.add(step));
        });
        BigDecimal n;
        int choice = r.nextInt(near.size() + 4);
        if (choice < near.size()) {
            n = near.get(choice);
        } else if (choice == near.size()) {
            n = BigDecimal.valueOf(r.nextLong(-500, 40), 0);
        } else if (choice == near.size() + 1) {
            n = BigDecimal.valueOf(r.nextLong(0, 1_000_000_000L), scale);
        } else {
            n = BigDecimal.valueOf(r.nextLong(0, 5000), scale);
        }
        return n.setScale(scale, RoundingMode.UNNECESSARY).toPlainString();
    }
}
