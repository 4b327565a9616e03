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
}
