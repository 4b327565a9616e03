package org.minzheng.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The shipped national division table (GB/T 2260, 1981–2024) and its dated look-ups. */
class RegionTableTest {

    private static final RegionTable T = RegionTable.national();

    private static RegionCode c(String code) {
        return RegionCode.of(code);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void editionAndRowCountArePinned() throws Exception {
        RegionTable.Edition e = T.edition().orElseThrow();
        assertThat(e.upstreamCommit()).isEqualTo("eed219a");
        assertThat(e.rows()).isEqualTo(6823);
        assertThat(e.sha256()).isEqualTo("e3b69e8e13fcb3151b5cd6a03674f89e043f301f308dcb67283533f1a8239794");
        assertThat(e.first()).isEqualTo(d("1981-12-31"));
        assertThat(e.last()).isEqualTo(d("2024-12-31"));
        // every period of every code, plus the nation
        assertThat(T.all()).hasSize(6823 + 1);
        // the shipped derived file itself, so that a change to it is seen
        try (InputStream in = RegionTable.class.getResourceAsStream("gbt2260.tsv")) {
            byte[] bytes = in.readAllBytes();
            String sha = HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
            assertThat(sha).isEqualTo(SHIPPED_SHA256);
        }
    }

    /** SHA-256 of {@code gbt2260.tsv} as derived by core/src/build/areacodes/derive.py. */
    static final String SHIPPED_SHA256 = "3a2b489ddc056dc69749daef44a9cbe7a288fd722fde358986fdeba4c982a29b";

    @Test
    void gulouNanjing2024_chainIsJiangsuNanjingGulou() {
        List<Region> a = T.ancestry(c("320106"), d("2024-12-31"));
        assertThat(a).extracting(Region::nameZh).containsExactly("鼓楼区", "南京市", "江苏省", "全国");
        assertThat(T.chain(c("320106"), d("2024-12-01")))
                .containsExactly(c("320106"), c("320100"), c("320000"), RegionCode.NATION);
        assertThat(a.get(0).level()).isEqualTo(RegionLevel.COUNTY);
        // no English name is shipped: none is invented
        assertThat(a.get(0).englishName()).isEmpty();
        assertThat(a.get(0).nameEn()).isEqualTo("鼓楼区");
    }

    @Test
    void code330502MeantChengquIn1985AndWuxingSince2003() {
        Region chengqu = T.require(c("330502"), d("1985-06-01"));
        assertThat(chengqu.nameZh()).isEqualTo("城区");
        assertThat(chengqu.status()).isEqualTo(Region.Status.CHANGED);
        assertThat(chengqu.sinceNotice()).isPresent();
        assertThat(T.require(c("330502"), d("2024-12-31")).nameZh()).isEqualTo("吴兴区");
        assertThat(T.history(c("330502"))).extracting(Region::nameZh).containsExactly("城区", "吴兴区");
        assertThat(T.ancestry(c("330502"), d("1985-06-01")))
                .extracting(Region::nameZh)
                .containsExactly("城区", "湖州市", "浙江省", "全国");
    }

    @Test
    void betweenItsPeriods330502IsUnknown_namingCodeDateAndSuccessor() {
        assertThatThrownBy(() -> T.require(c("330502"), d("1995-01-01")))
                .isInstanceOf(UnknownRegionException.class)
                .hasMessageStartingWith("330502 is not a division code on 1995-01-01")
                .hasMessageContaining("城区 until")
                .hasMessageContaining("330500 湖州市")
                .hasMessageContaining("吴兴区 from");
    }

    @Test
    void abolishedXiaguanDistrict_namesItsSuccessorGulou() {
        // 320107 下关区 abolished in 2013, merged into 320106 鼓楼区
        UnknownRegionException e = (UnknownRegionException)
                org.assertj.core.api.Assertions.catchThrowable(() -> T.require(c("320107"), d("2024-12-01")));
        assertThat(e.code()).isEqualTo(c("320107"));
        assertThat(e.date()).isEqualTo(d("2024-12-01"));
        assertThat(e.successors()).extracting(Region::nameZh).containsExactly("鼓楼区");
        assertThat(e.getMessage()).contains("下关区 until 2013").contains("successors 320106 鼓楼区");
    }

    @Test
    void neverACode_errorNamesCodeAndDate() {
        assertThatThrownBy(() -> T.require(c("320199"), d("2024-12-01")))
                .isInstanceOf(UnknownRegionException.class)
                .hasMessageStartingWith("320199 is not a division code on 2024-12-01: not in the division table");
        assertThatThrownBy(() -> T.chain(c("330503001"), d("2024-12-01")))
                .hasMessageContaining("township codes come from an integrator's table");
    }

    @Test
    void exactDatesFromChangeNoticesElseYearGranularity() {
        // 和康县 set up by the notice of 2024-12-27 (diff 2023-2024)
        Region hekang = T.require(c("653228"), d("2024-12-27"));
        assertThat(hekang.since()).isEqualTo(d("2024-12-27"));
        assertThat(hekang.sinceNotice()).isPresent();
        assertThat(hekang.provenance()).contains("since 2024-12-27 (notice ");
        assertThat(T.find(c("653228"), d("2024-12-26"))).isEmpty();
        // 鼓楼区 (Nanjing): first listed in 1983 without a dated notice: valid from 1983-12-31
        Region gulou = T.require(c("320106"), d("2024-12-01"));
        assertThat(gulou.since()).isEqualTo(d("1983-12-31"));
        assertThat(gulou.sinceNotice()).isEmpty();
        assertThat(gulou.provenance())
                .contains("since 1983-12-31 (year granularity: first listed in the table as of 31 December 1983)");
        // before the first edition the table knows nothing
        assertThat(T.find(c("320000"), d("1981-12-30"))).isEmpty();
        assertThat(T.find(c("320000"), d("1981-12-31"))).isPresent();
    }

    @Test
    void periodsOfOneCodeNeverOverlap() {
        List<String> overlaps = new ArrayList<>();
        RegionCode last = null;
        Region prev = null;
        for (Region r : T.all()) {
            if (r.code().equals(last) && (prev.until() == null || prev.until().isAfter(r.since()))) {
                overlaps.add(prev + " / " + r);
            }
            last = r.code();
            prev = r;
        }
        assertThat(overlaps).isEmpty();
    }

    @Test
    void everyCountyInUseIn2024HasAProvinceInItsChain() {
        LocalDate end = d("2024-12-31");
        int counties = 0;
        for (Region r : T.all()) {
            if (r.validOn(end) && r.level() == RegionLevel.COUNTY) {
                counties++;
                List<RegionCode> chain = T.chain(r.code(), end);
                assertThat(chain.get(chain.size() - 2).level()).isEqualTo(RegionLevel.PROVINCE);
            }
        }
        // 2,800-odd county-level units (incl. Taiwan's placeholder rows, if any, as the table has them)
        assertThat(counties).isBetween(2800, 3000);
    }

    @Test
    void searchByName() {
        assertThat(T.search("鼓楼区", d("2024-12-31")))
                .extracting(r -> r.code().code())
                .contains("320106", "350102")
                .allSatisfy(code -> assertThat(code).isNotEmpty());
        assertThat(T.search("城区", d("1985-06-01")))
                .extracting(r -> r.code().code())
                .contains("330502");
        assertThat(T.search("城区", d("2024-12-31")))
                .extracting(r -> r.code().code())
                .doesNotContain("330502");
        assertThat(T.search("吴兴", null)).extracting(Region::nameZh).containsExactly("吴兴区");
        assertThatThrownBy(() -> T.search(" ", null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void changesBetweenTwoDates() {
        List<RegionTable.Change> changes = T.changes(d("2024-01-01"), d("2024-12-31"));
        assertThat(changes)
                .filteredOn(RegionTable.Change::started)
                .extracting(ch -> ch.region().code().code())
                .contains("653228", "653229");
        assertThat(changes).isSortedAccordingTo((a, b) -> a.date().compareTo(b.date()));
        // 下关区 ended in 2013
        assertThat(T.changes(d("2012-12-31"), d("2013-12-31")))
                .filteredOn(ch -> !ch.started())
                .extracting(ch -> ch.region().code().code())
                .contains("320107");
        assertThat(T.changes(d("2024-12-31"), d("2024-12-31"))).isEmpty();
        assertThatThrownBy(() -> T.changes(d("2024-12-31"), d("2024-01-01")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coversNeedsOneCodeValidThroughout() {
        assertThat(T.covers(c("330502"), d("2003-06-01"), null)).isTrue();
        assertThat(T.covers(c("330502"), d("1985-01-01"), null)).isFalse();
        assertThat(T.covers(c("330502"), d("1985-01-01"), d("1988-01-01"))).isTrue();
        assertThat(T.covers(c("320107"), d("2012-01-01"), d("2024-01-01"))).isFalse();
        assertThat(T.covers(RegionCode.NATION, d("1900-01-01"), null)).isTrue();
    }

    @Test
    void supplementedAddsEnglishNamesAndTownshipsAndRejectsWrongNames() {
        List<String> problems = new ArrayList<>();
        RegionTable s = T.supplemented(
                List.of(
                        new Region(c("330502"), "吴兴区", "Wuxing District", null),
                        new Region(
                                c("330502001"),
                                "某街道",
                                null,
                                d("2020-01-01"),
                                null,
                                null,
                                null,
                                Region.Status.IN_USE,
                                List.of(),
                                "township.yaml:3"),
                        new Region(c("320106"), "玄武区", "X", null)),
                (r, m) -> problems.add(r.code() + " " + m));
        assertThat(s.require(c("330502"), d("2024-01-01")).nameEn()).isEqualTo("Wuxing District");
        assertThat(s.require(c("330502"), d("1985-01-01")).englishName()).isEmpty();
        assertThat(s.chain(c("330502001"), d("2024-01-01")))
                .containsExactly(c("330502001"), c("330502"), c("330500"), c("330000"), RegionCode.NATION);
        assertThat(problems).singleElement().asString().startsWith("320106 region 320106 is not named 玄武区");
        // the national table itself is unchanged
        assertThat(T.require(c("330502"), d("2024-01-01")).englishName()).isEmpty();
    }
}
