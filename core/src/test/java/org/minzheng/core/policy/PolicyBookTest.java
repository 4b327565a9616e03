package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.region.UnknownRegionException;

class PolicyBookTest {

    private static final RegionCode HUZHOU = RegionCode.of("330500");
    private static final RegionCode NANXUN = RegionCode.of("330503");
    private static final RegionCode ZHEJIANG = RegionCode.of("330000");

    private static final String HEAD = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
            + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n";

    @Test
    void snapshot_inheritsFromParentRegions() {
        PolicyBook book = TestKeys.fixture().build();
        PolicySnapshot s = book.snapshot(NANXUN, LocalDate.of(2024, 12, 1));
        ParameterValue<Money> v = s.find(TestKeys.STANDARD);
        assertThat(v.value()).isEqualTo(Money.ofYuan(1145));
        assertThat(v.region()).isEqualTo(HUZHOU);
        assertThat(v.sinceExact()).isFalse();
        assertThat(s.find(TestKeys.RATIO).value()).isEqualByComparingTo("0.30");
        assertThat(s.find(TestKeys.MONTHS)).isNull();
    }

    @Test
    void snapshot_usesTheValueInForceOnTheDate() {
        PolicyBook book = TestKeys.fixture().build();
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2022, 12, 31))
                        .find(TestKeys.STANDARD)
                        .value())
                .isEqualTo(Money.ofYuan(800));
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2023, 1, 1))
                        .find(TestKeys.STANDARD)
                        .value())
                .isEqualTo(Money.ofYuan(1000));
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2023, 12, 31))
                        .find(TestKeys.STANDARD)
                        .value())
                .isEqualTo(Money.ofYuan(1000));
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2024, 1, 1))
                        .find(TestKeys.STANDARD)
                        .value())
                .isEqualTo(Money.ofYuan(1145));
        assertThat(book.snapshot(ZHEJIANG, LocalDate.of(2024, 1, 1))
                        .find(TestKeys.STANDARD)
                        .value())
                .isEqualTo(Money.ofYuan(800));
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2019, 12, 31)).find(TestKeys.STANDARD))
                .isNull();
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2019, 12, 31)).find(TestKeys.RATIO))
                .isNull();
    }

    @Test
    void timelines_listTransitionsForReview() {
        PolicyBook book = TestKeys.fixture().build();
        Timeline<Money> t = book.timelines(TestKeys.STANDARD).get(HUZHOU);
        assertThat(t.transitions())
                .extracting(ParameterValue::since)
                .containsExactly(LocalDate.of(2023, 1, 1), LocalDate.of(2024, 1, 1));
        assertThat(t.transitions().get(0).source()).endsWith("fixture.yaml:24");
    }

    @Test
    void unknownRegion_isRejected_namingCodeAndDate_andSuccessorsOfAnAbolishedCode() {
        PolicyBook book = TestKeys.fixture().build();
        assertThatThrownBy(() -> book.snapshot(RegionCode.of("320199"), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("320199 is not a division code on 2024-01-01");
        // 下关区 was merged into 鼓楼区 in 2013
        assertThatThrownBy(() -> book.snapshot(RegionCode.of("320107"), LocalDate.of(2024, 1, 1)))
                .isInstanceOf(UnknownRegionException.class)
                .hasMessageContaining("successors 320106 鼓楼区");
    }

    @Test
    void anyCountyOnAnyDate_inheritsAlongTheChainValidOnThatDate() {
        PolicyBook book = TestKeys.fixture().build();
        // 南京市鼓楼区: no pack lists it; it inherits the national value, and what no region of its
        // chain sets is absent
        PolicySnapshot gulou = book.snapshot(RegionCode.of("320106"), LocalDate.of(2024, 12, 1));
        assertThat(gulou.chain())
                .containsExactly(
                        RegionCode.of("320106"), RegionCode.of("320100"), RegionCode.of("320000"), RegionCode.NATION);
        assertThat(gulou.find(TestKeys.STANDARD).value()).isEqualTo(Money.ofYuan(800));
        assertThat(gulou.find(TestKeys.STANDARD).region()).isEqualTo(RegionCode.NATION);
        assertThat(gulou.find(TestKeys.MONTHS)).isNull();
        assertThat(gulou.regionAt(RegionLevel.PREFECTURE)).contains(RegionCode.of("320100"));
        // 330502 meant 城区 of 湖州市 in 1985: its chain then runs through 湖州市
        assertThat(book.regions().chain(RegionCode.of("330502"), LocalDate.of(1985, 6, 1)))
                .containsExactly(RegionCode.of("330502"), HUZHOU, ZHEJIANG, RegionCode.NATION);
    }

    @Test
    void aRowMayOnlyNameARegionValidThroughoutItsValidity_withFileAndLine() {
        // 330502 was 城区 1983-1988 and is 吴兴区 since 2003: not a division code in between
        String pack = "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n"
                + "values:\n"
                + "  - {key: test.standard, region: \"330502\", since: 2000-01-01, value: \"1.00\","
                + " unit: CNY/person/month, grade: OFFICIAL, citation: {instrument: r}}\n"
                + "  - {key: test.standard, region: \"330502\", since: 1985-01-01, until: 1988-01-01, value: \"1.00\","
                + " unit: CNY/person/month, grade: OFFICIAL, citation: {instrument: r}}\n"
                + "  - {key: test.standard, region: \"320107\", since: 2010-01-01, value: \"1.00\","
                + " unit: CNY/person/month, grade: OFFICIAL, citation: {instrument: r}}\n"
                + "  - {key: test.ratio, region: \"330503001\", since: 2024-01-01, value: \"0.5\","
                + " unit: ratio, grade: OFFICIAL, citation: {instrument: r}}\n";
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addKeys("test", TestKeys.ALL)
                        .addSource(PolicySource.ofText("p.yaml", pack))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("p.yaml:4")
                .hasMessageContaining("region 330502 is not a division code throughout the row's validity (2000-01-01"
                        + " to open-ended)")
                .hasMessageNotContaining("p.yaml:5")
                .hasMessageContaining("p.yaml:6: [test.standard] region 320107")
                .hasMessageContaining("p.yaml:7")
                .hasMessageContaining("unknown region 330503001");
    }

    @Test
    void aTownshipValueLoads_onlyWithTheIntegratorsTownshipTable() {
        String pack = "regions:\n  - {code: \"330503001\", name: 某街道, since: 2020-01-01}\n"
                + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, rank: NORMATIVE_DOCUMENT}\n"
                + "values:\n"
                + "  - {key: test.months, region: \"330503001\", since: 2024-01-01, value: \"3\","
                + " unit: months, grade: OFFICIAL, citation: {instrument: r}}\n";
        PolicyBook book = TestKeys.fixture()
                .addSource(PolicySource.ofText("t.yaml", pack))
                .build();
        LocalDate d = LocalDate.of(2024, 12, 1);
        assertThat(book.snapshot(RegionCode.of("330503001"), d)
                        .find(TestKeys.MONTHS)
                        .value())
                .isEqualTo(3);
        assertThat(book.snapshot(RegionCode.of("330503001"), d)
                        .find(TestKeys.STANDARD)
                        .region())
                .isEqualTo(HUZHOU);
        assertThat(book.snapshot(NANXUN, d).find(TestKeys.MONTHS)).isNull();
    }

    @Test
    void everyValue_carriesItsPacksName_andAFileLineThatDoesNotDependOnTheMachine(@TempDir Path dir) throws Exception {
        // 最低生活保障审核确认办法 Art. 5 leaves the standard to the local people's government: a county's overlay
        // names itself, and a decision record says which pack set each value and where
        String overlay = "pack: wuxing-county\nvalues:\n"
                + "  - {key: test.standard, region: \"330500\", since: 2024-06-01, value: \"1200.00\", unit: CNY/person/month,"
                + " grade: OFFICIAL, citation: {instrument: fixture-rule, article: x}}\n";
        Path file = dir.resolve("wuxing.yaml");
        Files.writeString(file, overlay);
        PolicySource source = PolicySource.of(file.toAbsolutePath());
        assertThat(source.name()).isEqualTo(file.toAbsolutePath().toString());
        assertThat(source.location()).isEqualTo("wuxing.yaml");
        PolicyBook book = TestKeys.fixture().addOverlay(source).build();
        ParameterValue<Money> mine =
                book.snapshot(HUZHOU, LocalDate.of(2024, 6, 1)).find(TestKeys.STANDARD);
        assertThat(mine.pack()).isEqualTo("wuxing-county");
        assertThat(mine.source()).isEqualTo("wuxing.yaml:3");
        ParameterValue<Money> shipped =
                book.snapshot(HUZHOU, LocalDate.of(2024, 5, 31)).find(TestKeys.STANDARD);
        assertThat(shipped.pack()).isEqualTo("fixture");
        assertThat(shipped.source()).startsWith("org/minzheng/core/policy/fixture.yaml:");
        // a pack without a name is named by its location
        PolicyBook unnamed = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("mine.yaml", overlay.substring(overlay.indexOf('\n') + 1)))
                .build();
        assertThat(unnamed.snapshot(HUZHOU, LocalDate.of(2024, 6, 1))
                        .find(TestKeys.STANDARD)
                        .pack())
                .isEqualTo("mine.yaml");
    }

    @Test
    void fingerprint_changesWithThePackAndLineAValueWasReadFrom_asTheRecordsDo() {
        String row =
                "  - {key: test.standard, region: \"330500\", since: 2024-06-01, value: \"1200.00\", unit: CNY/person/month,"
                        + " grade: OFFICIAL, citation: {instrument: fixture-rule, article: x}}\n";
        LocalDate day = LocalDate.of(2024, 6, 1);
        PolicySnapshot a = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("a.yaml", "pack: a\nvalues:\n" + row))
                .build()
                .snapshot(HUZHOU, day);
        PolicySnapshot sameAgain = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("a.yaml", "pack: a\nvalues:\n" + row))
                .build()
                .snapshot(HUZHOU, day);
        PolicySnapshot otherPack = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("a.yaml", "pack: b\nvalues:\n" + row))
                .build()
                .snapshot(HUZHOU, day);
        PolicySnapshot otherLine = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("a.yaml", "pack: a\n# moved\nvalues:\n" + row))
                .build()
                .snapshot(HUZHOU, day);
        List<ParameterValue<?>> used = List.of(a.find(TestKeys.STANDARD));
        assertThat(PolicySnapshot.fingerprint(List.of(sameAgain.find(TestKeys.STANDARD))))
                .isEqualTo(PolicySnapshot.fingerprint(used));
        assertThat(PolicySnapshot.fingerprint(List.of(otherPack.find(TestKeys.STANDARD))))
                .isNotEqualTo(PolicySnapshot.fingerprint(used));
        assertThat(PolicySnapshot.fingerprint(List.of(otherLine.find(TestKeys.STANDARD))))
                .isNotEqualTo(PolicySnapshot.fingerprint(used));
    }

    @Test
    void overlay_replacesTheTimelineOfItsKeyAndRegionOnly() {
        String overlay = "values:\n"
                + "  - {key: test.standard, region: \"330500\", since: 2024-06-01, value: \"1200.00\", unit: CNY/person/month,"
                + " grade: ILLUSTRATIVE, citation: {instrument: fixture-rule, article: x}}\n";
        PolicyBook book = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("mine.yaml", overlay))
                .build();
        // before the overlay's first value, the overlay's timeline has nothing: the parent applies
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2024, 5, 31))
                        .find(TestKeys.STANDARD)
                        .value())
                .isEqualTo(Money.ofYuan(800));
        ParameterValue<Money> v =
                book.snapshot(NANXUN, LocalDate.of(2024, 6, 1)).find(TestKeys.STANDARD);
        assertThat(v.value()).isEqualTo(Money.ofYuan(1200));
        assertThat(v.grade()).isEqualTo(Provenance.ILLUSTRATIVE);
        assertThat(v.source()).isEqualTo("mine.yaml:2");
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2024, 6, 1))
                        .find(TestKeys.RATIO)
                        .value())
                .isEqualByComparingTo("0.30");
    }

    @Test
    void fingerprint_isStableAndSensitiveToEveryValue() {
        PolicyBook a = TestKeys.fixture().build();
        PolicyBook b = TestKeys.fixture().build();
        LocalDate d = LocalDate.of(2024, 12, 1);
        assertThat(a.snapshot(HUZHOU, d).fingerprint())
                .isEqualTo(b.snapshot(HUZHOU, d).fingerprint())
                .hasSize(64);
        assertThat(a.snapshot(HUZHOU, d).fingerprint())
                .isNotEqualTo(a.snapshot(HUZHOU, LocalDate.of(2023, 6, 1)).fingerprint());
        String overlay = "values:\n"
                + "  - {key: test.ratio, region: \"330000\", since: 2021-01-01, value: \"0.31\", unit: ratio,"
                + " grade: DERIVED, citation: {instrument: fixture-rule, article: 第四条}}\n";
        PolicyBook c = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("o.yaml", overlay))
                .build();
        assertThat(c.snapshot(HUZHOU, d).fingerprint())
                .isNotEqualTo(a.snapshot(HUZHOU, d).fingerprint());
        // same values from another file: another fingerprint, since a decision record names the pack and
        // file:line of every value it used, and equal fingerprints must mean equal records
        String same = overlay.replace("0.31", "0.30");
        PolicyBook e = TestKeys.fixture()
                .addOverlay(PolicySource.ofText("elsewhere.yaml", "\n\n" + same))
                .build();
        assertThat(e.snapshot(HUZHOU, d).fingerprint())
                .isNotEqualTo(a.snapshot(HUZHOU, d).fingerprint());
    }

    @Test
    void fingerprint_hasAFixedValueForTheFixture() {
        // If this changes, the canonical form changed: every stored decision's fingerprint would change.
        PolicyBook a = TestKeys.fixture().build();
        String fp = a.snapshot(HUZHOU, LocalDate.of(2024, 12, 1)).fingerprint();
        assertThat(PolicySnapshot.fingerprint(
                        a.snapshot(HUZHOU, LocalDate.of(2024, 12, 1)).valuesInForce()))
                .isEqualTo(fp);
        assertThat(fp).matches("[0-9a-f]{64}");
    }

    @Test
    void load_reportsEveryErrorWithFileAndLine() {
        String bad = HEAD + "values:\n"
                + "  - key: test.unknown\n" // line 5
                + "    region: \"330500\"\n"
                + "    since: 2024-01-01\n"
                + "    value: \"1\"\n"
                + "    unit: x\n"
                + "    grade: OFFICIAL\n"
                + "    citation: {instrument: r}\n"
                + "  - key: test.standard\n" // line 12
                + "    region: \"330500\"\n"
                + "    since: 2024-01-01\n"
                + "    value: \"12.345\"\n" // line 15
                + "    unit: CNY/month\n"
                + "    grade: OFFICIAL\n"
                + "    citation: {instrument: nowhere}\n"
                + "  - key: test.ratio\n" // line 19
                + "    region: \"330500\"\n"
                + "    since: 2024-01-01\n"
                + "    value: \"0.3\"\n"
                + "    unit: ratio\n"
                + "    grade: OFFICIAL\n"
                + "  - key: test.ratio\n" // line 25
                + "    region: \"999999\"\n"
                + "    since: 2024-13-01\n"
                + "    value: \"0.3\"\n"
                + "    unit: ratio\n"
                + "    grade: GUESSED\n"
                + "    colour: blue\n"
                + "    citation: {instrument: r}\n";
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addKeys("t", TestKeys.ALL)
                        .addSource(PolicySource.ofText("bad.yaml", bad))
                        .build())
                .isInstanceOfSatisfying(PolicyLoadException.class, e -> {
                    List<String> lines =
                            e.errors().stream().map(PolicyLoadError::toString).toList();
                    assertThat(lines)
                            .anySatisfy(
                                    l -> assertThat(l).startsWith("bad.yaml:6: [test.unknown] unknown parameter key"));
                    assertThat(lines)
                            .anySatisfy(l -> assertThat(l).startsWith("bad.yaml:13: [test.standard] unit 'CNY/month'"));
                    assertThat(lines)
                            .anySatisfy(l -> assertThat(l)
                                    .startsWith("bad.yaml:16: [test.standard] value is not of type money"));
                    assertThat(lines).anySatisfy(l -> assertThat(l).contains("unknown instrument 'nowhere'"));
                    assertThat(lines)
                            .anySatisfy(l -> assertThat(l).startsWith("bad.yaml:20: [test.ratio] missing citation"));
                    assertThat(lines)
                            .anySatisfy(l -> assertThat(l)
                                    .startsWith("bad.yaml:28: [test.ratio] field 'since' is not an ISO date"));
                    assertThat(lines)
                            .anySatisfy(
                                    l -> assertThat(l).startsWith("bad.yaml:31: [test.ratio] unknown grade 'GUESSED'"));
                    assertThat(lines)
                            .anySatisfy(
                                    l -> assertThat(l).startsWith("bad.yaml:32: [test.ratio] unknown field 'colour'"));
                    assertThat(e.getMessage()).contains("bad.yaml:6:");
                });
    }

    @Test
    void load_rejectsOverlapsGapsAndDuplicates() {
        String v =
                "  - {key: %s, region: \"330500\", since: %s, %s value: \"%s\", unit: %s, grade: OFFICIAL, citation: {instrument: r}}\n";
        String bad = HEAD + "values:\n"
                + String.format(v, "test.standard", "2024-01-01", "until: 2024-07-01,", "1.00", "CNY/person/month")
                + String.format(v, "test.standard", "2024-06-01", "", "2.00", "CNY/person/month") // overlap, line 6
                + String.format(v, "test.ratio", "2024-01-01", "until: 2024-03-01,", "0.1", "ratio")
                + String.format(v, "test.ratio", "2024-04-01", "", "0.2", "ratio") // gap, line 8
                + String.format(v, "test.ratio", "2024-04-01", "", "0.3", "ratio") // duplicate, line 9
                + String.format(v, "test.months", "2024-01-01", "until: 2024-03-01,", "1", "months")
                + String.format(v, "test.months", "2024-04-01", "", "2", "months"); // gap allowed
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addKeys("t", TestKeys.ALL)
                        .addSource(PolicySource.ofText("seq.yaml", bad))
                        .build())
                .isInstanceOfSatisfying(PolicyLoadException.class, e -> {
                    List<String> lines =
                            e.errors().stream().map(PolicyLoadError::toString).toList();
                    assertThat(lines).hasSize(3);
                    assertThat(lines).anySatisfy(l -> assertThat(l).startsWith("seq.yaml:7: [test.standard] overlaps"));
                    assertThat(lines)
                            .anySatisfy(l -> assertThat(l).startsWith("seq.yaml:9: [test.ratio] gap from 2024-03-01"));
                    assertThat(lines)
                            .anySatisfy(l -> assertThat(l)
                                    .contains(
                                            "[test.ratio] value for region 330500 since 2024-04-01 is defined twice"));
                });
    }

    @Test
    void load_rejectsIllustrativeValuesInBaseData_andDuplicateKeys() {
        String ill = HEAD + "values:\n  - {key: test.ratio, region: \"330500\", since: 2024-01-01, value: \"0.3\","
                + " unit: ratio, grade: ILLUSTRATIVE, citation: {instrument: r}}\n";
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addKeys("t", TestKeys.ALL)
                        .addSource(PolicySource.ofText("i.yaml", ill))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("i.yaml:6: [test.ratio] ILLUSTRATIVE values may not ship");
        ParameterKey<Integer> clash = ParameterKey.of("test.months", ParameterType.INTEGER, "months", "x", "x");
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addKeys("a", TestKeys.ALL)
                        .addKeys("b", List.of(clash))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("declared by both a and b");
    }

    @Test
    void load_rejectsMalformedYamlAndSections() {
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addSource(PolicySource.ofText("y.yaml", "values: [\n  {key: "))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("y.yaml:")
                .hasMessageContaining("not valid YAML");
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addSource(PolicySource.ofText("s.yaml", "valeus: []\n"))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("s.yaml:1: unknown field 'valeus'");
        assertThatThrownBy(() -> PolicyBook.builder()
                        .addSource(PolicySource.ofText("d.yaml", "pack: a\npack: b\n"))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("d.yaml:2: field 'pack' is given twice");
    }

    /** Issue 14 (found by PackLoaderFuzzTest): errors of a pack file never quote its text. */
    @Test
    void yamlErrors_andBadValues_doNotQuoteThePackText() {
        String digits = "110105194912310021";
        assertThatThrownBy(() -> PolicyBook.builderWithDefaults()
                        .addOverlay(PolicySource.ofText("y.yaml", "values: [\n  {key: " + digits + " : : [\n"))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageContaining("not valid YAML")
                .hasMessageNotContaining(digits);
        assertThatThrownBy(() -> PolicyBook.builderWithDefaults()
                        .addOverlay(PolicySource.ofText("d.yaml", "pack: a\n" + digits + ": 1\n" + digits + ": 2\n"))
                        .build())
                .isInstanceOf(PolicyLoadException.class)
                .hasMessageNotContaining(digits);
    }
}
