package org.minzheng.core.region;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A division's validity at a date over its whole history — several periods of one code, renamings
 * in place, abolitions with successors, gaps — on small tables built for the case, and the data
 * file's format read from bytes: notices however they are numbered, the last line without a
 * newline, a row or notice that cannot be read named by its line.
 */
class RegionTableHistoryTest {

    private static RegionCode c(String code) {
        return RegionCode.of(code);
    }

    private static LocalDate d(String date) {
        return LocalDate.parse(date);
    }

    /** A row of the data file: one period of a code (successors as the file writes them). */
    private static String period(String code, String name, String since, String until, String... successors) {
        return "R\t" + code + "\t" + name + "\tC\t" + since + "\t\t" + (until == null ? "" : until) + "\t\t"
                + (until == null ? "U" : "C") + "\t" + String.join(";", successors) + "\n";
    }

    /** A national table of these periods only (the data file's format). */
    private static RegionTable table(String... periods) {
        return read(EDITION.formatted(periods.length) + String.join("", periods));
    }

    // ------------------------------------------------------------------ periods of one code

    @Test
    void aCodesPeriods_areKeptOldestFirst_whateverOrderTheFileListsThemIn() {
        RegionTable t = table(
                period("330502", "吴兴区", "2005-01-01", null),
                period("330502", "城区", "1983-07-27", "2000-05-01"),
                period("330502", "旧城区", "1981-12-31", "1983-07-27"));
        assertThat(t.history(c("330502"))).extracting(Region::nameZh).containsExactly("旧城区", "城区", "吴兴区");
        assertThat(t.require(c("330502"), d("1983-07-26")).nameZh()).isEqualTo("旧城区");
        assertThat(t.require(c("330502"), d("1983-07-27")).nameZh()).isEqualTo("城区");
        assertThat(t.require(c("330502"), d("2005-01-01")).nameZh()).isEqualTo("吴兴区");
        assertThat(t.find(c("330502")).orElseThrow().nameZh()).isEqualTo("吴兴区");
    }

    @Test
    void aRegionListedTwice_isOnePeriod_butTwoDifferentRegionsUnderOneCodeAreRefused() {
        Region chengqu = new Region(c("330502"), "城区", "Chengqu", d("1983-07-27"));
        assertThat(RegionTable.of(List.of(chengqu, chengqu)).history(c("330502")))
                .containsExactly(chengqu);
        assertThatThrownBy(() ->
                        RegionTable.of(List.of(chengqu, new Region(c("330502"), "吴兴区", "Wuxing", d("1983-07-27")))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Region 330502 is defined twice with different content");
    }

    /** A code abolished in 2000, its successors, and the code reused from 2005. */
    private static RegionTable abolishedAndReused() {
        return table(
                period("330500", "湖州市", "1981-12-31", null),
                period("330502", "城区", "1983-07-27", "2000-05-01", "330503", "330504", "330599", "330505[2003]"),
                period("330502", "吴兴区", "2005-01-01", null),
                // the successor as it was on the day, then renamed: the message names the one of the day
                period("330503", "南浔区", "2000-05-01", "2004-01-01", "330503"),
                period("330503", "南浔新区", "2004-01-01", null),
                // set up after the abolition: named by its latest period
                period("330504", "德清区", "2001-01-01", null),
                period("330505", "安吉区", "2003-06-01", null));
    }

    @Test
    void betweenAnAbolitionAndTheCodesReuse_theErrorNamesThePeriodBefore_itsSuccessors_andThePeriodAfter() {
        RegionTable t = abolishedAndReused();
        UnknownRegionException e = (UnknownRegionException)
                org.assertj.core.api.Assertions.catchThrowable(() -> t.require(c("330502"), d("2002-01-01")));
        assertThat(e.getMessage())
                .isEqualTo("330502 is not a division code on 2002-01-01: 城区 until 2000-05-01, successors"
                        + " 330503 南浔区, 330504 德清区, 330599, 330505 安吉区; 吴兴区 from 2005-01-01");
        assertThat(e.successors()).extracting(Region::nameZh).containsExactly("南浔区", "德清区", "安吉区");
    }

    @Test
    void beforeACodesFirstPeriod_theErrorNamesOnlyThePeriodAfter() {
        assertThatThrownBy(() -> abolishedAndReused().require(c("330504"), d("2000-01-01")))
                .hasMessage("330504 is not a division code on 2000-01-01: 德清区 from 2001-01-01");
        assertThatThrownBy(() -> RegionTable.of(List.of()).require(c("330504"), d("2000-01-01")))
                .hasMessage("330504 is not a division code on 2000-01-01: not in the region table");
    }

    @Test
    void aPeriodIsCovered_acrossARenamingInPlace_butNotAcrossAGapOrAnotherRegionUnderTheCode() {
        RegionTable t = abolishedAndReused();
        // 南浔区 renamed 南浔新区 in place (the earlier period names its own code as successor)
        assertThat(t.covers(c("330503"), d("2001-01-01"), d("2010-01-01"))).isTrue();
        assertThat(t.covers(c("330503"), d("2001-01-01"), null)).isTrue();
        // 城区 abolished in 2000, the code given to 吴兴区 in 2005
        assertThat(t.covers(c("330502"), d("1999-01-01"), d("2000-05-01"))).isTrue();
        assertThat(t.covers(c("330502"), d("1999-01-01"), d("2000-05-02"))).isFalse();
        assertThat(t.covers(c("330502"), d("2002-01-01"), d("2003-01-01"))).isFalse();
        // a different region under the code the next day, not a renaming in place
        RegionTable replaced = table(
                period("330502", "城区", "1983-07-27", "2000-05-01", "330503"),
                period("330502", "吴兴区", "2000-05-01", null));
        assertThat(replaced.covers(c("330502"), d("1999-01-01"), d("2001-01-01")))
                .isFalse();
        assertThat(replaced.covers(c("330502"), d("1999-01-01"), d("2000-05-01")))
                .isTrue();
        // the same name in the next period is the same region
        RegionTable same =
                table(period("330502", "城区", "1983-07-27", "2000-05-01"), period("330502", "城区", "2000-05-01", null));
        assertThat(same.covers(c("330502"), d("1999-01-01"), null)).isTrue();
    }

    @Test
    void anAbolishedCode_isStillInTheTable_andHasAParentWithoutADate() {
        RegionTable t = RegionTable.national();
        assertThat(t.contains(c("320107"))).isTrue();
        assertThat(t.contains(c("320199"))).isFalse();
        assertThat(t.parentOf(c("320107"))).contains(c("320100"));
        assertThat(t.parentOf(RegionCode.NATION)).isEmpty();
        // a county-level city under its province: no prefecture code in the table
        RegionTable small = RegionTable.of(List.of(new Region(c("429004"), "仙桃市", "Xiantao", null)));
        assertThat(small.parentOf(c("429004"))).contains(RegionCode.NATION);
    }

    // ------------------------------------------------------------------ search and changes

    @Test
    void searchingAnEnglishName_ignoresCase_andKeepsToTheDate() {
        RegionTable t = RegionTable.of(List.of(new Region(c("330500"), "湖州市", "Huzhou", d("1983-07-27"))));
        assertThat(t.search("HUZHOU", null)).extracting(Region::nameZh).containsExactly("湖州市");
        assertThat(t.search("zhou", d("1983-07-27"))).hasSize(1);
        assertThat(t.search("zhou", d("1983-07-26"))).isEmpty();
        assertThat(t.search("Hangzhou", null)).isEmpty();
    }

    @Test
    void changes_byDate_endsBeforeStartsOnTheSameDay_thenByCode() {
        RegionTable t = table(
                period("330101", "上城区", "1983-01-01", "2006-01-01"),
                period("330102", "下城区", "1983-01-01", "2005-01-01"),
                period("330103", "江干区", "2005-01-01", null),
                period("330104", "拱墅区", "1983-01-01", "2005-01-01"));
        assertThat(t.changes(d("2004-12-31"), d("2006-01-01")))
                .extracting(ch -> ch.date() + " " + (ch.started() ? "+" : "-")
                        + ch.region().code())
                .containsExactly(
                        "2005-01-01 -330102", "2005-01-01 -330104", "2005-01-01 +330103", "2006-01-01 -330101");
    }

    @Test
    void theFirstEditionsRows_areNotChanges_butLaterStartsAre() {
        RegionTable t = RegionTable.national();
        assertThat(t.changes(d("1981-12-30"), d("1981-12-31"))).isEmpty();
        assertThat(t.changes(d("1982-12-30"), d("1983-12-31")))
                .filteredOn(RegionTable.Change::started)
                .isNotEmpty();
    }

    // ------------------------------------------------------------------ packs' regions

    /** A township code a pack adds (a code the national table does not have). */
    private static Region township(String name, String english, String since, String until, String source) {
        return new Region(
                c("330502001"),
                name,
                english,
                d(since),
                until == null ? null : d(until),
                null,
                null,
                Region.Status.IN_USE,
                List.of(),
                source);
    }

    @Test
    void aCodeAPackAdds_mayBeListedTwiceAlike_butEveryDifferenceIsAProblem() {
        Region town = township("某街道", "Mou", "2020-01-01", "2030-01-01", "a.yaml");
        List<Region> variants = List.of(
                township("另街道", "Mou", "2020-01-01", "2030-01-01", "b.yaml"),
                township("某街道", "Other", "2020-01-01", "2030-01-01", "b.yaml"),
                township("某街道", "Mou", "2021-01-01", "2030-01-01", "b.yaml"),
                township("某街道", "Mou", "2020-01-01", null, "b.yaml"));
        List<String> problems = new ArrayList<>();
        assertThat(RegionTable.national().supplemented(List.of(), (r, m) -> problems.add(m)))
                .isSameAs(RegionTable.national());
        RegionTable.national().supplemented(List.of(town, town), (r, m) -> problems.add(m));
        assertThat(problems).isEmpty();
        for (Region other : variants) {
            RegionTable.national().supplemented(List.of(town, other), (r, m) -> problems.add(m));
        }
        assertThat(problems)
                .hasSize(variants.size())
                .containsOnly("region 330502001 is defined twice with different content");
    }

    @Test
    void anEnglishName_isGivenToThePeriodItsChineseNameAndDateName_andOnlyOneEnglishNameEach() {
        List<String> problems = new ArrayList<>();
        RegionTable t = RegionTable.national()
                .supplemented(
                        List.of(
                                new Region(c("330502"), "城区", "Chengqu", d("1985-01-01")),
                                new Region(c("330502"), "吴兴区", "Wuxing", d("1985-01-01")),
                                new Region(c("330502"), "吴兴区", "Wuxing", null),
                                new Region(c("330502"), "吴兴区", "Wuxing District", null)),
                        (r, m) -> problems.add(m));
        assertThat(t.require(c("330502"), d("1985-06-01")).nameEn()).isEqualTo("Chengqu");
        assertThat(t.require(c("330502"), d("2024-06-01")).nameEn()).isEqualTo("Wuxing");
        assertThat(problems)
                .containsExactly(
                        "region 330502 is not named 吴兴区 on 1985-01-01 in the division table: "
                                + "330502 城区 [1983-07-27, 1988-09-01); 330502 吴兴区 [2003-01-02, …)",
                        "region 330502 is given two different English names");
    }

    // ------------------------------------------------------------------ the data file

    private static final String EDITION =
            "# edition\teed219a\trows\t%d\tfirst\t1981-12-31\tlast\t2024-12-31\tsha256\tx\n";

    private static RegionTable read(String text) {
        return RegionTable.nationalFrom(text.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aDataFile_isReadWithItsNotices_howeverHighTheirNumbers_andItsLastLineWithoutANewline() {
        RegionTable t = read("# a comment\n"
                + EDITION.formatted(4)
                + "N\t1\t2000-05-01\t国务院关于同意浙江省调整湖州市部分行政区划的批复\t国函〔2000〕1号\n"
                + "N\t2048\t2003-01-10\t批复二\t国函〔2003〕2号\n"
                + "N\t5000\t2005-01-02\t批复三\t\n"
                + "N\t20000\t2006-01-02\t批复四\t\n"
                + "R\t330000\t浙江省\tP\t1981-12-31\t\t\t\tU\t\n"
                + "R\t330502\t城区\tC\t1983-07-27\t1\t2003-01-10\t2048\tC\t330502\n"
                + "R\t330502\t吴兴区\tC\t2003-01-10\t2048\t\t\tU\t\n"
                + "R\t330503\t南浔区\tC\t2005-01-02\t5000\t2006-01-02\t20000\tC\t");
        assertThat(t.history(c("330502")))
                .extracting(r -> r.nameZh() + " "
                        + r.sinceNotice()
                                .map(Region.ChangeNotice::documentNumber)
                                .orElse("-") + " "
                        + r.untilNotice()
                                .map(Region.ChangeNotice::date)
                                .map(LocalDate::toString)
                                .orElse("-"))
                .containsExactly("城区 国函〔2000〕1号 2003-01-10", "吴兴区 国函〔2003〕2号 -");
        assertThat(t.require(c("330503"), d("2005-01-02"))
                        .sinceNotice()
                        .orElseThrow()
                        .title())
                .isEqualTo("批复三");
        assertThat(t.require(c("330503"), d("2005-01-02"))
                        .untilNotice()
                        .orElseThrow()
                        .title())
                .isEqualTo("批复四");
        assertThat(t.edition()).contains(new RegionTable.Edition("eed219a", 4, d("1981-12-31"), d("2024-12-31"), "x"));
        assertThat(read(EDITION.formatted(1) + "R\t330000\t浙江省\tP\t1981-12-31\t\t\t\tU\t\n# ed")
                        .contains(c("330000")))
                .isTrue();
    }

    @Test
    void linesTooShortToBeRowsOrNotices_areNotRead_soTheRowCountDisagrees() {
        assertThatThrownBy(() ->
                        read(EDITION.formatted(2) + "R\t330000\t浙江省\tP\t1981-12-31\t\t\t\tU\t\nR\t33\nN\t\nR\t3\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("region data gbt2260.tsv: 1 rows, not the edition's count");
        assertThatThrownBy(() -> read("# no edition\n"))
                .hasMessage("region data gbt2260.tsv: 0 rows, not the edition's count");
    }

    @Test
    void aNoticeOrEditionLineThatCannotBeRead_failsTheTable_namingItsLine() {
        assertThatThrownBy(() -> read("# a\n" + EDITION.formatted(0) + "N\t1x\t2000-05-01\tt\td\n"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("region data gbt2260.tsv line 3 is malformed");
        assertThatThrownBy(() -> read(EDITION.formatted(0) + "# edition\t"))
                .hasMessage("region data gbt2260.tsv line 2 is malformed");
    }

    @Test
    void aRowThatCannotBeRead_failsItsFirstLookUp_namingItsLine() {
        RegionTable t = read("# a\n"
                + EDITION.formatted(2)
                + "R\t330000\t浙江省\tP\t1981-12-31\t\t\t\tU\t\n"
                + "R\t330502\t城区\tC\t1983-7-27\t\t\t\tU\t\n");
        assertThatThrownBy(() -> t.find(c("330502"), d("2000-01-01")))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("region data gbt2260.tsv line 4 is malformed")
                .hasRootCauseMessage("not a yyyy-MM-dd date");
        RegionTable notice = read(EDITION.formatted(1)
                + "N\t1\t2000-05-01\tt\td\n"
                + "N\t3\t2000-05-01\tt\td\n"
                + "R\t330000\t浙江省\tP\t1981-12-31\t2\t\t\tU\t\n");
        assertThatThrownBy(() -> notice.find(c("330000"), d("2000-01-01")))
                .hasMessage("region data gbt2260.tsv line 4 is malformed")
                .hasRootCauseMessage("no change notice 2");
    }
}
