package org.minzheng.eligibility.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningFacts;
import org.minzheng.eligibility.testing.HouseholdGenerators;

/**
 * Invariants of the simulation over generated households (QuickTheories), on the shipped data with the
 * examples' illustrative overlay (whose dibao amount rounding is FEN:HALF_UP): a reform that changes
 * nothing changes nothing; raising the dibao standard (最低生活保障标准, 社会救助暂行办法 Art. 9, amount by
 * 最低生活保障审核确认办法 Art. 23) never removes eligibility and never lowers an amount, and a household
 * eligible before and after gains exactly (new − old standard) × counted members; the summary is the sum
 * of its lines and merges like one.
 */
class SimulationProperties {

    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    static final Money OLD = Money.parse("1145.00");
    /** Raised standards: by a fen, half a yuan, the worked example, and much more. */
    static final List<Money> RAISED = List.of(
            Money.parse("1145.00"),
            Money.parse("1145.01"),
            Money.parse("1145.50"),
            Money.parse("1200.00"),
            Money.parse("1717.50"),
            Money.parse("2290.00"));

    static final List<Simulation> RAISES = new ArrayList<>();

    static {
        for (Money m : RAISED) {
            PolicyBook reformed = Reforms.reformed(SimulationTest.ILLUSTRATIVE, m);
            RAISES.add(Simulation.of(
                    ProgramRegistry.loadDefault(),
                    Books.ILLUSTRATIVE,
                    reformed,
                    List.of("dibao", "low-income-edge", "assistance-screening")));
        }
    }

    static final Simulation UNCHANGED = Simulation.of(
            ProgramRegistry.loadDefault(), Books.ILLUSTRATIVE, Books.ILLUSTRATIVE, Simulation.DEFAULT_PROGRAMS);

    static ScreeningFacts facts(Household h) {
        return ImmutableScreeningFacts.builder().household(h).build();
    }

    @Test
    void aReformThatChangesNothing_givesZeroDifferencesEverywhere() {
        qt().withExamples(200).forAll(HouseholdGenerators.households()).checkAssert(h -> {
            HouseholdComparison c = UNCHANGED.compare("h", Books.HUZHOU, JAN_2025, facts(h));
            for (var p : c.programs()) {
                assertThat(p.after()).isEqualTo(p.before());
                assertThat(p.amountAfter()).isEqualTo(p.amountBefore());
                p.difference().ifPresent(d -> assertThat(d).isEqualTo(Money.ZERO));
            }
            assertThat(c.change()).isIn(HouseholdComparison.Change.UNCHANGED, HouseholdComparison.Change.NOT_MEASURED);
            c.difference().ifPresent(d -> assertThat(d).isEqualTo(Money.ZERO));
            assertThat(c.reform()).isEmpty();
        });
    }

    @Test
    void raisingTheDibaoStandard_neverRemovesDibao_neverLowersItsAmount_andAddsTheRaiseTimesCountedMembers() {
        DibaoProgram dibao = new DibaoProgram();
        qt().withExamples(300)
                .forAll(HouseholdGenerators.households(), integers().between(0, RAISED.size() - 1))
                .checkAssert((h, i) -> {
                    HouseholdComparison c = RAISES.get(i).compare(null, Books.HUZHOU, JAN_2025, facts(h));
                    var p = c.program("dibao");
                    if (p.before() == Outcome.ELIGIBLE) {
                        assertThat(p.after()).as("dibao is never removed").isEqualTo(Outcome.ELIGIBLE);
                    }
                    if (p.amountBefore() != null && p.amountAfter() != null) {
                        assertThat(p.amountAfter()).as("never lower").isGreaterThanOrEqualTo(p.amountBefore());
                    }
                    if (p.before() == Outcome.ELIGIBLE && p.after() == Outcome.ELIGIBLE) {
                        int counted = dibao.decide(h, Books.ILLUSTRATIVE.snapshot(Books.HUZHOU, JAN_2025))
                                .result()
                                .map(DibaoResult::countedMembers)
                                .orElseThrow();
                        Money raise = RAISED.get(i).minus(OLD).times(counted);
                        assertThat(p.difference())
                                .as("gain = raise × counted members")
                                .contains(raise);
                    }
                    // the screening never moves a household out of dibao either
                    var s = c.program("assistance-screening");
                    if (p.before() == Outcome.ELIGIBLE) {
                        assertThat(s.after()).isEqualTo(Outcome.ELIGIBLE);
                    }
                });
    }

    @Test
    void theSummary_isTheSumOfItsLines_andMergesLikeOne() {
        Simulation sim = RAISES.get(RAISED.indexOf(Money.parse("1200.00")));
        qt().withExamples(40)
                .forAll(
                        lists().of(HouseholdGenerators.households()).ofSizeBetween(0, 30),
                        integers().between(0, 30))
                .checkAssert((hs, cut) -> {
                    List<String> lines = new ArrayList<>();
                    SimulationSummary whole = SimulationSummary.empty(sim.programIds());
                    SimulationSummary first = SimulationSummary.empty(sim.programIds());
                    SimulationSummary second = SimulationSummary.empty(sim.programIds());
                    for (int k = 0; k < hs.size(); k++) {
                        HouseholdComparison c = sim.compare("h-" + k, Books.HUZHOU, JAN_2025, facts(hs.get(k)));
                        lines.add(c.toJsonLine());
                        whole.add(c);
                        (k < cut ? first : second).add(c);
                    }
                    whole.rejected();
                    second.rejected();
                    assertThat(first.merge(second).toJson()).isEqualTo(whole.toJson());
                    assertThat(SimulationSummary.fromJson(whole.toJson()).toJson())
                            .isEqualTo(whole.toJson());
                    // the totals from the lines alone
                    long before = 0;
                    long after = 0;
                    long gain = 0;
                    long better = 0;
                    long newly = 0;
                    for (String line : lines) {
                        HouseholdComparison c = HouseholdComparison.fromJsonLine(line);
                        var d = c.program("dibao");
                        before +=
                                d.amountBefore() == null ? 0 : d.amountBefore().fen();
                        after += d.amountAfter() == null ? 0 : d.amountAfter().fen();
                        if (c.change() == HouseholdComparison.Change.BETTER_OFF) {
                            better++;
                            gain += c.difference().orElseThrow().fen();
                        }
                        if (d.before() != Outcome.ELIGIBLE && d.after() == Outcome.ELIGIBLE) {
                            newly++;
                        }
                    }
                    assertThat(whole.costBefore("dibao").fen()).isEqualTo(before);
                    assertThat(whole.costAfter("dibao").fen()).isEqualTo(after);
                    assertThat(whole.costAfter().minus(whole.costBefore()).fen())
                            .isEqualTo(after - before);
                    assertThat(whole.totalGain().fen()).isEqualTo(gain);
                    assertThat(whole.households(HouseholdComparison.Change.BETTER_OFF))
                            .isEqualTo(better);
                    assertThat(whole.eligibleAfter("dibao")
                                    - whole.transitions("dibao", Outcome.ELIGIBLE, Outcome.ELIGIBLE))
                            .isEqualTo(newly);
                    assertThat(whole.read()).isEqualTo(hs.size() + 1L);
                    long bySize = whole.bySize().values().stream()
                            .mapToLong(SimulationSummary.Group::households)
                            .sum();
                    long byBand = whole.byBand().values().stream()
                            .mapToLong(SimulationSummary.Group::households)
                            .sum();
                    assertThat(bySize).isEqualTo(hs.size());
                    assertThat(byBand).isEqualTo(hs.size());
                    assertThat(Objects.requireNonNull(whole.render(org.minzheng.core.decision.Language.EN)))
                            .contains("households decided: " + hs.size());
                });
    }
}
