package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.io.SerializedString;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The decision writer's caches of JSON fragments: bounded, by identity or by value, shared by threads. */
class FragmentsTest {

    @Test
    void manyMoreValuesThanSlots_neverHoldMoreThanTheSlots() {
        Fragments<String> cache = new Fragments<>(64, false);
        for (int i = 0; i < 10_000; i++) {
            String key = "value " + i;
            assertThat(cache.get(key)).isNull();
            cache.put(key, new SerializedString("\"" + key + "\""));
            assertThat(cache.get(key).getValue()).isEqualTo("\"" + key + "\"");
        }
        assertThat(cache.size()).isLessThanOrEqualTo(64).isPositive();
        assertThat(cache.capacity()).isEqualTo(64);
    }

    @Test
    void byIdentity_anEqualButOtherObjectIsNotFound_byValue_itIs() {
        Fragments<String> identity = new Fragments<>(16, true);
        Fragments<String> value = new Fragments<>(16, false);
        String a = new String("citation");
        String b = new String("citation");
        identity.put(a, new SerializedString("a"));
        value.put(a, new SerializedString("a"));
        assertThat(identity.get(a).getValue()).isEqualTo("a");
        assertThat(identity.get(b)).isNull();
        assertThat(value.get(b).getValue()).isEqualTo("a");
    }

    @Test
    void aSizeNotAPowerOfTwo_isRefused() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Fragments<String>(100, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eightThreadsAtOnce_alwaysReadTheTextOfTheirOwnKey() throws Exception {
        Fragments<Integer> cache = new Fragments<>(32, false);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> done = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int seed = t;
                done.add(pool.submit(() -> {
                    int wrong = 0;
                    for (int i = 0; i < 50_000; i++) {
                        Integer key = (i * 31 + seed) % 200;
                        com.fasterxml.jackson.core.SerializableString json = cache.get(key);
                        if (json == null) {
                            json = cache.put(key, new SerializedString(key.toString()));
                        }
                        if (!json.getValue().equals(key.toString())) {
                            wrong++;
                        }
                    }
                    return wrong;
                }));
            }
            for (Future<Integer> f : done) {
                assertThat(f.get(2, TimeUnit.MINUTES)).isZero();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void twoValuesLandingInTheSameSlot_writtenInTurn_areBothKept() {
        // "Aa" and "BB" have the same hash code
        Fragments<String> cache = new Fragments<>(64, false);
        cache.put("Aa", new SerializedString("a"));
        cache.put("BB", new SerializedString("b"));
        for (int i = 0; i < 3; i++) {
            assertThat(cache.get("Aa").getValue()).isEqualTo("a");
            assertThat(cache.get("BB").getValue()).isEqualTo("b");
        }
        // a third in the same pair takes its slot, the value there moves to the other
        cache.put("C#", new SerializedString("c"));
        assertThat("C#".hashCode()).isEqualTo("BB".hashCode());
        assertThat(cache.get("C#").getValue()).isEqualTo("c");
        assertThat(cache.get("Aa").getValue()).isEqualTo("a");
        assertThat(cache.get("BB")).isNull();
        assertThat(cache.size()).isEqualTo(2);
    }

    @Test
    void metBefore_aValueMetAnewInTheOtherSlotOfAPair_leavesTheValueThereRecognised() {
        // "a" (hash 97) has slot 33 of 64, "`" (hash 96) slot 32: the same pair, each its own slot
        Object[] seen = new Object[64];
        assertThat(Fragments.metBefore(seen, "a", false)).isFalse();
        assertThat(Fragments.metBefore(seen, "`", false)).isFalse();
        assertThat(Fragments.metBefore(seen, "a", false)).isTrue();
        assertThat(Fragments.metBefore(seen, "`", false)).isTrue();
        // a third value of the pair puts out the one that was not met last
        assertThat(Fragments.metBefore(seen, "A", false)).isFalse(); // hash 65: slot 1, another pair
        assertThat(Fragments.metBefore(seen, "\u00e0", false)).isFalse(); // hash 224: slot 32
        assertThat(Fragments.metBefore(seen, "\u00e0", false)).isTrue();
        assertThat(Fragments.metBefore(seen, "`", false)).isTrue();
        assertThat(Fragments.metBefore(seen, "a", false)).isFalse();
    }

    @Test
    void metBefore_recognisesValuesThatRecur_evenTwoInTheSamePairInTurn() {
        Object[] seen = new Object[64];
        assertThat(Fragments.metBefore(seen, "Aa", false)).isFalse();
        assertThat(Fragments.metBefore(seen, "BB", false)).isFalse();
        assertThat(Fragments.metBefore(seen, "Aa", false)).isTrue();
        assertThat(Fragments.metBefore(seen, "BB", false)).isTrue();
        assertThat(Fragments.metBefore(seen, new String("Aa"), false)).isTrue();
        Object[] byIdentity = new Object[64];
        String a = new String("x");
        assertThat(Fragments.metBefore(byIdentity, a, true)).isFalse();
        assertThat(Fragments.metBefore(byIdentity, new String("x"), true)).isFalse();
        assertThat(Fragments.metBefore(byIdentity, a, true)).isTrue();
    }
}
