package org.minzheng.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The national table reads a province's rows on the first look-up of a code in it: a decision in
 * Huzhou reads Zhejiang's rows and no others (the whole table was most of the first decision's time
 * in a fresh JVM). What is read lazily is the same as what the whole table holds.
 */
class RegionTableLazyReadTest {

    private static final LocalDate DATE = LocalDate.of(2025, 3, 1);

    @Test
    void aLookUpInHuzhou_readsZhejiangOnly() {
        RegionTable t = RegionTable.unreadNationalTable();
        assertThat(t.provincesRead()).isZero();

        assertThat(t.chain(RegionCode.of("330502"), DATE))
                .extracting(RegionCode::code)
                .containsExactly("330502", "330500", "330000", "000000");

        assertThat(t.provincesRead()).isEqualTo(1);
        assertThat(t.edition()).isEqualTo(RegionTable.national().edition());
    }

    @Test
    void aSupplementedTable_readsOnlyTheProvincesItsRegionsNameAndSharesTheRest() {
        RegionTable t = RegionTable.unreadNationalTable();
        RegionTable s =
                t.supplemented(List.of(new Region(RegionCode.of("330502"), "吴兴区", "Wuxing District", null)), (r, m) -> {
                    throw new AssertionError(m);
                });

        assertThat(s.find(RegionCode.of("330502"), DATE).orElseThrow().nameEn()).isEqualTo("Wuxing District");
        assertThat(t.provincesRead()).isEqualTo(1);
        // a code of another province is read from the shared rows when first asked for
        assertThat(s.require(RegionCode.of("320106"), DATE).nameZh()).isEqualTo("鼓楼区");
        assertThat(t.provincesRead()).isEqualTo(2);
    }

    @Test
    void readProvinceByProvince_holdsWhatTheWholeTableHolds() {
        RegionTable lazy = RegionTable.unreadNationalTable();
        List<Region> byLookUp = new ArrayList<>();
        for (Region r : RegionTable.national().all()) {
            byLookUp.addAll(
                    lazy.history(r.code()).stream().filter(x -> x.equals(r)).toList());
        }
        assertThat(byLookUp).containsExactlyElementsOf(RegionTable.national().all());
        assertThat(RegionTable.unreadNationalTable().all())
                .containsExactlyElementsOf(RegionTable.national().all());
        assertThat(RegionTable.national().all()).hasSize(6823 + 1);
    }

    @Test
    void provincesReadFromManyThreadsAtOnce_areReadOnceAndAgree() throws Exception {
        RegionTable t = RegionTable.unreadNationalTable();
        List<String> codes = List.of("110101", "330502", "320106", "440305", "510107", "650102", "330102", "320102");
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> names = new ArrayList<>();
            for (int round = 0; round < 50; round++) {
                for (String c : codes) {
                    names.add(
                            pool.submit(() -> t.require(RegionCode.of(c), DATE).nameZh()));
                }
            }
            for (int i = 0; i < names.size(); i++) {
                String code = codes.get(i % codes.size());
                assertThat(names.get(i).get())
                        .isEqualTo(RegionTable.national()
                                .require(RegionCode.of(code), DATE)
                                .nameZh());
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(t.provincesRead()).isEqualTo(6);
    }
}
