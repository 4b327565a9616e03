package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.money.Money;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * Pack fields for defaults the texts leave to localities ({@code replaceableBy}) and for the date
 * as of which a report states its figures ({@code sourceDate}), and what a snapshot makes of them.
 */
class LocalDefaultsAndSourceDatesTest {

    static final RegionCode NATION = RegionCode.NATION;
    static final RegionCode ZHEJIANG = RegionCode.of("330000");
    static final RegionCode HUZHOU = RegionCode.of("330500");
    static final RegionCode NANXUN = RegionCode.of("330503");

    static final String REGIONS = "regions:\n"
            + "  - {code: \"330000\", name: 浙江省, nameEn: Zhejiang}\n"
            + "  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
            + "  - {code: \"330503\", name: 南浔区, nameEn: Nanxun District}\n";
    static final String INSTRUMENTS = "instruments:\n"
            + "  - {id: law, title: 办法, titleEn: Measures, issuer: 民政部, rank: NORMATIVE_DOCUMENT, inForce: 2021-07-01}\n"
            + "  - {id: report, title: 报告, titleEn: Report, issuer: 湖州市民政局, rank: OFFICIAL_REPORT, sourceDate: 2024-12-31}\n";

    static PolicyBook book(String values) {
        return PolicyBook.builder()
                .addKeys("test", TestKeys.ALL)
                .addSource(PolicySource.ofText("p.yaml", REGIONS + INSTRUMENTS + "values:\n" + values))
                .build();
    }

    static List<String> loadErrors(String text) {
        try {
            PolicyBook.builder()
                    .addKeys("test", TestKeys.ALL)
                    .addSource(PolicySource.ofText("p.yaml", text))
                    .build();
        } catch (PolicyLoadException e) {
            return e.errors().stream().map(PolicyLoadError::toString).toList();
        }
        throw new AssertionError("loaded");
    }

    // 最低生活保障审核确认办法 第八条: "最低生活保障边缘家庭一般指……家庭人均收入低于当地最低生活保障标准1.5倍"
    static final String EDGE_DEFAULT =
            "  - {key: test.ratio, region: \"000000\", since: 2021-07-01, value: \"1.5\", unit: ratio,"
                    + " grade: OFFICIAL, replaceableBy: PROVINCE, citation: {instrument: law, article: 第八条}}\n";

    @Test
    void aDefaultTheTextLeavesToTheProvince_isInheritedByEveryRegionBelowThatSetsNone() {
        PolicyBook book = book(EDGE_DEFAULT);
        LocalDate d = LocalDate.of(2025, 1, 1);
        for (RegionCode r : List.of(ZHEJIANG, HUZHOU, NANXUN)) {
            PolicySnapshot s = book.snapshot(r, d);
            ParameterValue<?> v = s.find(TestKeys.RATIO);
            assertThat(v.replaceableBy()).isEqualTo(RegionLevel.PROVINCE);
            assertThat(s.inheritsDefault(v)).as("%s", r).isTrue();
            assertThat(s.regionAt(RegionLevel.PROVINCE)).contains(ZHEJIANG);
        }
        // the nation's own decision does not inherit: the value is set for it
        PolicySnapshot national = book.snapshot(NATION, d);
        assertThat(national.inheritsDefault(national.find(TestKeys.RATIO))).isFalse();
        assertThat(national.regionAt(RegionLevel.PROVINCE)).isEmpty();
        assertThat(book.snapshot(NANXUN, d).regionAt(RegionLevel.COUNTY)).contains(NANXUN);
        assertThat(book.snapshot(HUZHOU, d).regionAt(RegionLevel.COUNTY)).isEmpty();
    }

    @Test
    void aRegionThatSetsItsOwnValue_doesNotInheritTheDefault_norDoTheRegionsBelowIt() {
        String own = "  - {key: test.ratio, region: \"330500\", since: 2022-01-01, value: \"2\", unit: ratio,"
                + " grade: OFFICIAL, citation: {instrument: law, article: x}}\n";
        PolicyBook book = book(EDGE_DEFAULT + own);
        LocalDate d = LocalDate.of(2025, 1, 1);
        for (RegionCode r : List.of(HUZHOU, NANXUN)) {
            PolicySnapshot s = book.snapshot(r, d);
            ParameterValue<?> v = s.find(TestKeys.RATIO);
            assertThat(v.region()).isEqualTo(HUZHOU);
            assertThat(v.replaceableBy()).isNull();
            assertThat(s.inheritsDefault(v)).isFalse();
        }
        // Zhejiang sets none: it still inherits the national default
        PolicySnapshot zj = book.snapshot(ZHEJIANG, d);
        assertThat(zj.inheritsDefault(zj.find(TestKeys.RATIO))).isTrue();
    }

    @Test
    void replaceableBy_isStrict_withFileAndLine() {
        String head = REGIONS + INSTRUMENTS + "values:\n";
        assertThat(loadErrors(head + EDGE_DEFAULT.replace("PROVINCE", "province")))
                .anySatisfy(l -> assertThat(l)
                        .startsWith("p.yaml:9: [test.ratio] replaceableBy must be PROVINCE, PREFECTURE or COUNTY"));
        assertThat(loadErrors(head + EDGE_DEFAULT.replace("PROVINCE", "NATION")))
                .anySatisfy(l -> assertThat(l).startsWith("p.yaml:9: [test.ratio] replaceableBy must be PROVINCE"));
        // a city's row cannot be a default for its province
        assertThat(loadErrors(head + EDGE_DEFAULT.replace("\"000000\"", "\"330500\"")))
                .anySatisfy(
                        l -> assertThat(l)
                                .startsWith(
                                        "p.yaml:9: [test.ratio] replaceableBy PROVINCE must be a level below the row's region 330500"));
        assertThat(loadErrors(
                        head + EDGE_DEFAULT.replace("\"000000\"", "\"330500\"").replace("PROVINCE", "PREFECTURE")))
                .anySatisfy(l -> assertThat(l).contains("replaceableBy PREFECTURE must be a level below"));
        // a county may be named under a city
        PolicyBook ok = book(EDGE_DEFAULT.replace("\"000000\"", "\"330500\"").replace("PROVINCE", "COUNTY"));
        assertThat(ok.snapshot(NANXUN, LocalDate.of(2025, 1, 1))
                        .find(TestKeys.RATIO)
                        .replaceableBy())
                .isEqualTo(RegionLevel.COUNTY);
        assertThatThrownBy(() -> new ParameterValue<>(
                        TestKeys.RATIO,
                        HUZHOU,
                        LocalDate.of(2024, 1, 1),
                        null,
                        java.math.BigDecimal.ONE,
                        Provenance.OFFICIAL,
                        Citation.of("law", null),
                        true,
                        RegionLevel.PROVINCE,
                        null,
                        null,
                        "x:1",
                        "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("replaceableBy PROVINCE must be a level below 330500");
        // the row's own level is not below it
        assertThatThrownBy(() -> new ParameterValue<>(
                        TestKeys.RATIO,
                        ZHEJIANG,
                        LocalDate.of(2024, 1, 1),
                        null,
                        java.math.BigDecimal.ONE,
                        Provenance.OFFICIAL,
                        Citation.of("law", null),
                        true,
                        RegionLevel.PROVINCE,
                        null,
                        null,
                        "x:1",
                        "x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a level below 330000 (PROVINCE)");
        ParameterValue<?> ok2 = new ParameterValue<>(
                TestKeys.RATIO,
                ZHEJIANG,
                LocalDate.of(2024, 1, 1),
                LocalDate.of(2025, 1, 1),
                java.math.BigDecimal.ONE,
                Provenance.OFFICIAL,
                Citation.of("law", null),
                true,
                RegionLevel.PREFECTURE,
                null,
                null,
                "x:1",
                "x");
        assertThat(ok2.declaredRange())
                .isEqualTo(org.minzheng.core.time.DateRange.of(LocalDate.of(2024, 1, 1), LocalDate.of(2025, 1, 1)));
    }

    @Test
    void malformedSectionsAndFields_areErrorsWithFileAndLine() {
        String text = "regions:\n  - just-a-code\n"
                + "instruments:\n  - [a, b]\n"
                + "  - {id: x, title: [t], titleEn: X, issuer: I, rank: LAW}\n"
                + "values: 7\n";
        List<String> errors = loadErrors(text);
        assertThat(errors).hasSize(4);
        assertThat(errors.get(0)).startsWith("p.yaml:2: [regions] a region is a mapping with fields");
        assertThat(errors.get(1)).startsWith("p.yaml:4: [instruments] an instrument is a mapping with fields");
        assertThat(errors.get(2)).isEqualTo("p.yaml:5: [instrument x] field 'title' must be a non-empty scalar");
        assertThat(errors.get(3)).isEqualTo("p.yaml:6: [values] section 'values' must be a list");
        String values = REGIONS + INSTRUMENTS + "values:\n  - plain\n"
                + "  - {key: test.ratio, region: \"330500\", value: \"1\", unit: ratio, grade: OFFICIAL, citation: law}\n"
                + "  - {key: test.ratio, region: \"330500\", since: 2024-01-01, until: 2024-01-01, value: \"1\", unit: ratio,"
                + " grade: OFFICIAL, note: [n], citation: {instrument: law}}\n";
        List<String> v = loadErrors(values);
        assertThat(v.get(0)).startsWith("p.yaml:9: [values] a value is a mapping with fields");
        assertThat(v)
                .contains(
                        "p.yaml:10: [test.ratio] missing field 'since'",
                        "p.yaml:10: [test.ratio] citation must be a mapping {instrument: ..., article: ...}",
                        "p.yaml:11: [test.ratio] until 2024-01-01 must be after since 2024-01-01",
                        "p.yaml:11: [test.ratio] field 'note' must be a scalar");
    }

    @Test
    void aSnapshot_answersForItsBook_regionAndDate() {
        PolicyBook book = book(REPORTED);
        PolicySnapshot s = book.snapshot(NANXUN, LocalDate.of(2025, 1, 1));
        assertThat(s.book()).isSameAs(book);
        assertThat(s).isSameAs(book.snapshot(NANXUN, LocalDate.of(2025, 1, 1)));
        assertThat(s)
                .isNotSameAs(book.snapshot(HUZHOU, LocalDate.of(2025, 1, 1)))
                .isNotSameAs(book.snapshot(NANXUN, LocalDate.of(2025, 1, 2)));
        assertThat(s.get(TestKeys.STANDARD)).map(ParameterValue::region).contains(HUZHOU);
        assertThat(s.get(TestKeys.RATIO)).isEmpty();
        assertThat(s.toString()).isEqualTo("PolicySnapshot[330503 on 2025-01-01]");
        assertThat(book.key("test.ratio")).contains(TestKeys.RATIO);
        assertThat(book.key("test.none")).isEmpty();
        assertThat(book.keys()).containsExactly(TestKeys.MONTHS, TestKeys.RATIO, TestKeys.STANDARD);
    }

    @Test
    void aReport_mustSayAsOfWhatDateItStatesItsFigures() {
        String text = REGIONS + "instruments:\n"
                + "  - {id: report, title: 报告, titleEn: Report, issuer: 局, rank: OFFICIAL_REPORT}\n"
                + "  - {id: bad, title: 报告, titleEn: Report, issuer: 局, rank: OFFICIAL_REPORT, sourceDate: 2024-13-01}\n";
        assertThat(loadErrors(text))
                .containsExactly(
                        "p.yaml:6: [instrument report] missing field 'sourceDate': a report (OFFICIAL_REPORT or NEWS_REPORT) states figures as of a date"
                                + " (its publication date, or the last day of the period it reports on)",
                        "p.yaml:7: [instrument bad] field 'sourceDate' is not an ISO date (yyyy-MM-dd)");
        // an enactment needs none: its values hold until it is repealed or amended
        assertThat(book("").instruments().find("law").orElseThrow().sourceDate())
                .isNull();
        assertThat(book("").instruments().find("report").orElseThrow().sourceDate())
                .isEqualTo(LocalDate.of(2024, 12, 31));
    }

    static final String REPORTED =
            "  - {key: test.standard, region: \"330500\", since: 2024-12-31, sinceExact: false, value: \"1145.00\","
                    + " unit: CNY/person/month, grade: OFFICIAL, citation: {instrument: report, article: 提高至每人每月1145元}}\n";

    @Test
    void aValueFromAReport_isStaleMoreThanTwelveMonthsAfterTheReportsDate_andNotBefore() {
        PolicyBook book = book(REPORTED);
        assertThat(PolicySnapshot.STALENESS_HORIZON_MONTHS).isEqualTo(12);
        ParameterValue<Money> v =
                book.snapshot(HUZHOU, LocalDate.of(2024, 12, 31)).find(TestKeys.STANDARD);
        assertThat(v.sourceDate()).isEqualTo(LocalDate.of(2024, 12, 31));
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2024, 12, 31)).isStale(v)).isFalse();
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2025, 12, 31)).isStale(v)).isFalse();
        assertThat(book.snapshot(NANXUN, LocalDate.of(2026, 1, 1)).isStale(v)).isTrue();
        // the value is unknown before the date the report proves
        assertThat(book.snapshot(HUZHOU, LocalDate.of(2024, 12, 30)).find(TestKeys.STANDARD))
                .isNull();
        qt().forAll(integers().between(-800, 800)).checkAssert(days -> {
            LocalDate d = LocalDate.of(2025, 12, 31).plusDays(days);
            assertThat(book.snapshot(HUZHOU, d).isStale(v)).isEqualTo(days > 0);
        });
    }

    @Test
    void aValueFromAnEnactment_isNeverStale() {
        PolicyBook book = book(EDGE_DEFAULT);
        PolicySnapshot late = book.snapshot(HUZHOU, LocalDate.of(2040, 1, 1));
        ParameterValue<?> v = late.find(TestKeys.RATIO);
        assertThat(v.sourceDate()).isNull();
        assertThat(late.isStale(v)).isFalse();
    }

    @Test
    void theFlag_isPartOfTheValuesCanonicalForm_theSourceDateIsNot() {
        PolicySnapshot flagged = book(EDGE_DEFAULT).snapshot(HUZHOU, LocalDate.of(2025, 1, 1));
        PolicySnapshot plain =
                book(EDGE_DEFAULT.replace(" replaceableBy: PROVINCE,", "")).snapshot(HUZHOU, LocalDate.of(2025, 1, 1));
        assertThat(flagged.find(TestKeys.RATIO).canonicalLine()).endsWith("|第八条|replaceableBy:PROVINCE");
        assertThat(plain.find(TestKeys.RATIO).canonicalLine()).endsWith("|第八条");
        assertThat(flagged.fingerprint()).isNotEqualTo(plain.fingerprint());
        // the same row twice agrees only if the flag agrees
        String twice = EDGE_DEFAULT + EDGE_DEFAULT.replace(" replaceableBy: PROVINCE,", "");
        assertThat(loadErrors(REGIONS + INSTRUMENTS + "values:\n" + twice))
                .anySatisfy(l -> assertThat(l).contains("defined twice with different content"));
    }
}
