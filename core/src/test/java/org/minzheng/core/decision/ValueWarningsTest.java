package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;

/**
 * The warnings a value brings are made once for each value, region and date and shared
 * ({@link ValueWarnings}): for every value read in every region of the chain and on dates before
 * and after the staleness horizon, in any order of snapshots, the shared notes equal the notes made
 * afresh for that snapshot, and a decision's warnings equal those made without the cache.
 */
class ValueWarningsTest {

    static final List<RegionCode> REGIONS = List.of(
            RegionCode.NATION, PolicyWarningsTest.ZHEJIANG, PolicyWarningsTest.HUZHOU, PolicyWarningsTest.NANXUN);
    static final List<LocalDate> DATES =
            List.of(LocalDate.of(2025, 6, 1), LocalDate.of(2026, 1, 1), LocalDate.of(2027, 3, 1));

    static List<Note> afresh(ParameterValue<?> v, PolicySnapshot s) {
        List<Note> list = new ArrayList<>();
        Decision.valueWarnings(v, s, list);
        return list;
    }

    @Test
    void sharedNotes_equalNotesMadeAfresh_forEverySnapshot_inAnyOrder() {
        PolicyBook book = PolicyWarningsTest.book("");
        List<PolicySnapshot> snapshots = new ArrayList<>();
        for (int round = 0; round < 3; round++) {
            for (RegionCode r : REGIONS) {
                for (LocalDate d : DATES) {
                    snapshots.add(book.snapshot(r, d)); // a new snapshot object each time: same region and date
                }
            }
        }
        java.util.Collections.shuffle(snapshots, new java.util.Random(7));
        List<String> codesSeen = new ArrayList<>();
        for (PolicySnapshot s : snapshots) {
            Decision<Void> d = PolicyWarningsTest.readAll(s);
            List<Note> expected = new ArrayList<>();
            for (ParameterValue<?> v : d.parameterValues()) {
                Note[] shared = ValueWarnings.of(v, s);
                assertThat(shared).containsExactlyElementsOf(afresh(v, s));
                assertThat(ValueWarnings.of(v, s)).isSameAs(shared);
                for (Note n : afresh(v, s)) {
                    if (!expected.contains(n)) {
                        expected.add(n);
                    }
                }
            }
            assertThat(d.warnings()).containsExactlyElementsOf(expected);
            d.warnings().forEach(n -> codesSeen.add(n.code()));
        }
        assertThat(codesSeen)
                .contains(
                        "policy.since-not-exact",
                        "policy.inherited-default",
                        "policy.inherited-default.below",
                        "policy.source-may-be-outdated");
    }

    /**
     * A decision's whole list is shared by the decisions that read the same values on the same
     * region and date ({@link ValueWarnings#list}); a decision with a note of its own has its own
     * list; either way the list is the one made without the cache, in the same order.
     */
    @Test
    void theWholeList_isSharedByDecisionsThatReadTheSameValues_andEqualsTheListMadeWithoutTheCache() {
        PolicyBook book = PolicyWarningsTest.book("");
        List<PolicySnapshot> snapshots = new ArrayList<>();
        for (int round = 0; round < 4; round++) {
            for (RegionCode r : REGIONS) {
                for (LocalDate d : DATES) {
                    snapshots.add(book.snapshot(r, d));
                }
            }
        }
        java.util.Collections.shuffle(snapshots, new java.util.Random(18));
        int shared = 0;
        for (PolicySnapshot s : snapshots) {
            Decision<Void> first = PolicyWarningsTest.readAll(s);
            Decision<Void> second = PolicyWarningsTest.readAll(s);
            RuleContext made = first.made();
            List<Note> expected = Decision.render(made.warnings, made.warningCount, s);
            assertThat(first.warnings()).isEqualTo(expected);
            assertThat(second.warnings()).isEqualTo(expected);
            if (!expected.isEmpty()) {
                assertThat(second.warnings()).isSameAs(first.warnings());
                shared++;
            }
            // a note of the decision's own among the values' notes: its own list, in recording order
            Decision<Void> own = withOwnNote(s);
            RuleContext ownMade = own.made();
            assertThat(own.warnings())
                    .isEqualTo(Decision.render(ownMade.warnings, ownMade.warningCount, s))
                    .contains(new Note("t.own-warning", RuleContext.facts("k", 1)));
            assertThat(withOwnNote(s).warnings()).isEqualTo(own.warnings()).isNotSameAs(own.warnings());
        }
        assertThat(shared).isGreaterThan(10);
    }

    private static Decision<Void> withOwnNote(PolicySnapshot s) {
        RuleContext ctx = RuleContext.start("t", s);
        ctx.param(PolicyWarningsTest.MULTIPLIER);
        ctx.warn("t.own-warning", "k", 1);
        ctx.param(PolicyWarningsTest.STANDARD);
        return ctx.decide(null);
    }
}
