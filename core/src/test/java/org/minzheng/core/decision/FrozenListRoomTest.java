package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * {@link FrozenList#room}: a decision taking in another's values and warnings makes room for all
 * of them in one copy at most; the elements in use stay where they were, and nothing is made when
 * nothing is asked for.
 */
class FrozenListRoomTest {

    @Test
    void noArray_andNothingToAdd_staysNone() {
        assertThat(FrozenList.room(null, 0, 0, 4)).isNull();
        assertThat(FrozenList.room(null, 0, 3, 4)).hasSize(4);
        assertThat(FrozenList.room(null, 0, 9, 4)).hasSize(9);
    }

    @Test
    void anArrayWithRoom_isTheSameArray() {
        Object[] a = new Object[8];
        assertThat(FrozenList.room(a, 3, 5, 4)).isSameAs(a);
        assertThat(FrozenList.room(a, 8, 0, 4)).isSameAs(a);
    }

    @Test
    void aFullArray_growsOnce_keepingItsElements_andThenTakesTheAppendsWithoutCopying() {
        qt().forAll(
                        integers().between(1, 40),
                        integers().between(0, 40),
                        integers().between(0, 40))
                .checkAssert((length, used, more) -> {
                    int size = Math.min(used, length);
                    Object[] a = new Object[length];
                    for (int i = 0; i < size; i++) {
                        a[i] = "e" + i;
                    }
                    Object[] r = FrozenList.room(a, size, more, 4);
                    assertThat(r.length).isGreaterThanOrEqualTo(size + more);
                    assertThat(Arrays.copyOf(r, size)).isEqualTo(Arrays.copyOf(a, size));
                    if (size + more <= length) {
                        assertThat(r).isSameAs(a);
                    }
                    Object[] after = r;
                    for (int i = 0; i < more; i++) {
                        after = FrozenList.append(after, size + i, "n" + i, 4);
                    }
                    assertThat(after).isSameAs(r);
                });
    }
}
