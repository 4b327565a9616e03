package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.core.testing.TestRules;

/**
 * The warnings a decision gives for the values it reads: a default the texts leave to a local
 * level, inherited (issue 13 item 7), and a value whose newest source is older than the staleness
 * horizon (item 12).
 */
class PolicyWarningsTest {

    static final ParameterKey<BigDecimal> MULTIPLIER =
            ParameterKey.of("warn-test.edge-multiplier", ParameterType.DECIMAL, "multiple", "边缘倍数", "edge multiplier");
    static final ParameterKey<Money> STANDARD =
            ParameterKey.of("warn-test.standard", ParameterType.MONEY, "CNY/person/month", "标准", "standard");
    static final ParameterKey<Integer> VALIDITY =
            ParameterKey.of("warn-test.validity", ParameterType.INTEGER, "months", "有效期", "validity");
    static final Citation CITE = Citation.of("law", "第八条");

    static final RegionCode HUZHOU = RegionCode.of("330500");
    static final RegionCode ZHEJIANG = RegionCode.of("330000");
    static final RegionCode NANXUN = RegionCode.of("330503");

    static final String HEAD = "regions:\n"
            + "  - {code: \"330000\", name: 浙江省, nameEn: Zhejiang}\n"
            + "  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
            + "  - {code: \"330503\", name: 南浔区, nameEn: Nanxun District}\n"
            + "instruments:\n"
            + "  - {id: law, title: 最低生活保障审核确认办法, titleEn: Measures, issuer: 民政部, rank: NORMATIVE_DOCUMENT}\n"
            + "  - {id: report, title: 置顶民声惠民生, titleEn: Report, issuer: 湖州市民政局, rank: OFFICIAL_REPORT, sourceDate: 2024-12-31}\n"
            + "values:\n"
            // 最低生活保障审核确认办法 第八条: "最低生活保障边缘家庭一般指不符合最低生活保障条件，家庭人均收入低于当地最低生活保障标准1.5倍"
            + "  - {key: warn-test.edge-multiplier, region: \"000000\", since: 2021-07-01, value: \"1.5\", unit: multiple,"
            + " grade: OFFICIAL, replaceableBy: PROVINCE, citation: {instrument: law, article: 第八条}}\n"
            // 刚性支出困难家庭认定办法 第十条: "有效期一般不超过十二个月" (here left to the county, to show a city's decision)
            + "  - {key: warn-test.validity, region: \"000000\", since: 2021-07-01, value: \"12\", unit: months,"
            + " grade: OFFICIAL, replaceableBy: COUNTY, citation: {instrument: law, article: 第十条}}\n"
            // the seed report: "2024年……全市城乡居民最低生活保障标准提高至每人每月1145元"
            + "  - {key: warn-test.standard, region: \"330500\", since: 2024-12-31, sinceExact: false, value: \"1145.00\","
            + " unit: CNY/person/month, grade: OFFICIAL, citation: {instrument: report, article: 提高至每人每月1145元}}\n";

    static final Explainer EXPLAINER = Explainer.of(
            List.of(),
            PolicyWarningsTest.class.getClassLoader(),
            org.minzheng.core.citation.InstrumentCatalogue.of(List.of()));

    static PolicyBook book(String extra) {
        return PolicyBook.builder()
                .addKeys("t", List.of(MULTIPLIER, STANDARD, VALIDITY))
                .addSource(PolicySource.ofText("p.yaml", HEAD + extra))
                .build();
    }

    static Decision<Void> readAll(PolicySnapshot s) {
        RuleContext ctx = RuleContext.start("t", s);
        ctx.param(MULTIPLIER);
        ctx.param(STANDARD);
        ctx.detail(VALIDITY, "validUntil");
        ctx.record(TestRules.rule("t.r", CITE), Verdict.MET);
        return ctx.decide(null);
    }

    static List<String> codes(Decision<?> d) {
        return d.warnings().stream().map(Note::code).toList();
    }

    @Test
    void huzhouDecision_inheritingTheNationalEdgeMultiplier_warnsNamingTheKeyAndTheProvince() {
        Decision<Void> d = readAll(book("").snapshot(HUZHOU, LocalDate.of(2025, 6, 1)));
        Note edge = d.warnings().stream()
                .filter(n -> n.code().equals("policy.inherited-default"))
                .findFirst()
                .orElseThrow();
        assertThat(edge.facts())
                .containsExactly(
                        Map.entry("key", "warn-test.edge-multiplier"),
                        Map.entry("value", "1.5"),
                        Map.entry("from", RegionCode.NATION),
                        Map.entry("level", RegionLevel.PROVINCE),
                        Map.entry("region", ZHEJIANG));
        assertThat(EXPLAINER.text(edge.code(), Language.ZH, edge.facts()))
                .isEqualTo("warn-test.edge-multiplier（1.5）是全国规定的一般标准（原文为“一般”“原则上”等表述）；省级（330000）可以另行规定，"
                        + "但该级及以下均未另行规定，故沿用该标准。");
        assertThat(EXPLAINER.text(edge.code(), Language.EN, edge.facts()))
                .isEqualTo(
                        "The warn-test.edge-multiplier (1.5) is a default set by the nation (the text says \"generally\" or \"as a rule\");"
                                + " the province level (330000) may set its own value, and neither it nor any region below it has,"
                                + " so the default applies.");
        // the validity is left to the county, and a city's decision has none in its chain
        Note validity = d.warnings().stream()
                .filter(n -> n.code().equals("policy.inherited-default.below"))
                .findFirst()
                .orElseThrow();
        assertThat(validity.facts())
                .containsEntry("key", "warn-test.validity")
                .containsEntry("level", RegionLevel.COUNTY)
                .containsEntry("region", HUZHOU);
        assertThat(EXPLAINER.text(validity.code(), Language.ZH, validity.facts()))
                .contains("县级可以另行规定，330500尚未规定");
        assertThat(EXPLAINER.text(validity.code(), Language.EN, validity.facts()))
                .contains("the county level may set its own value, and none is set for 330500");
        // a county's decision names the county itself
        Decision<Void> nanxun = readAll(book("").snapshot(NANXUN, LocalDate.of(2025, 6, 1)));
        assertThat(nanxun.warnings()).anySatisfy(n -> {
            assertThat(n.code()).isEqualTo("policy.inherited-default");
            assertThat(n.facts()).containsEntry("key", "warn-test.validity").containsEntry("region", NANXUN);
        });
    }

    @Test
    void aProvinceThatSetsItsOwnMultiplier_silencesTheWarning_forItsCitiesAndCounties() {
        String own =
                "  - {key: warn-test.edge-multiplier, region: \"330000\", since: 2022-01-01, value: \"2\", unit: multiple,"
                        + " grade: OFFICIAL, citation: {instrument: law, article: x}}\n"
                        + "  - {key: warn-test.validity, region: \"330503\", since: 2022-01-01, value: \"6\", unit: months,"
                        + " grade: OFFICIAL, citation: {instrument: law, article: x}}\n";
        Decision<Void> d = readAll(book(own).snapshot(NANXUN, LocalDate.of(2025, 6, 1)));
        assertThat(codes(d)).doesNotContain("policy.inherited-default", "policy.inherited-default.below");
        // the nation's own decision inherits nothing
        Decision<Void> national = readAll(book("").snapshot(RegionCode.NATION, LocalDate.of(2025, 6, 1)));
        assertThat(codes(national)).doesNotContain("policy.inherited-default", "policy.inherited-default.below");
    }

    @Test
    void seedReportFigure_beforeTheLastDayOf2024_isNotConfigured_andTheDecisionNamesTheKey() {
        // The seed is undated; its first line reads "2024年，湖州民政系统以促进共同富裕为主攻方向": it proves the
        // raised standard in force at the end of 2024, and not before.
        RuleContext ctx = RuleContext.start("t", book("").snapshot(HUZHOU, LocalDate.of(2024, 12, 1)));
        assertThat(ctx.param(STANDARD)).isNull();
        ctx.record(TestRules.rule("t.r", CITE), Verdict.UNDETERMINED);
        Decision<Void> d = ctx.decide(null);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters()).extracting(MissingParameter::key).containsExactly("warn-test.standard");
    }

    @Test
    void seedReportFigure_moreThanTwelveMonthsAfterTheReport_warnsThatItMayBeOutdated() {
        PolicyBook book = book("");
        assertThat(codes(readAll(book.snapshot(HUZHOU, LocalDate.of(2024, 12, 31)))))
                .containsExactly(
                        "policy.inherited-default", "policy.since-not-exact", "policy.inherited-default.below");
        assertThat(codes(readAll(book.snapshot(HUZHOU, LocalDate.of(2025, 12, 31)))))
                .doesNotContain("policy.source-may-be-outdated");
        Decision<Void> late = readAll(book.snapshot(HUZHOU, LocalDate.of(2026, 1, 1)));
        assertThat(codes(late))
                .containsExactly(
                        "policy.inherited-default",
                        "policy.since-not-exact",
                        "policy.source-may-be-outdated",
                        "policy.inherited-default.below");
        Note stale = late.warnings().get(2);
        assertThat(stale.facts())
                .containsExactly(
                        Map.entry("key", "warn-test.standard"),
                        Map.entry("sourceDate", LocalDate.of(2024, 12, 31)),
                        Map.entry("instrument", "report"),
                        Map.entry("months", 12));
        assertThat(EXPLAINER.text(stale.code(), Language.EN, stale.facts()))
                .isEqualTo(
                        "The warn-test.standard comes from a source"
                                + " dated 31 December 2024 (report), more than 12 months before this decision: the value may have changed.");
        assertThat(EXPLAINER.text(stale.code(), Language.ZH, stale.facts()))
                .isEqualTo("warn-test.standard的出处（report）所载日期为2024年12月31日，距本次认定已超过12个月，该数值可能已经调整。");
    }

    @Test
    void absorbingADecisionMadeOnAnotherSnapshot_takesItsWarningsAsItRenderedThem_eachOnce() {
        PolicyBook book = book("");
        Decision<Void> early = readAll(book.snapshot(HUZHOU, LocalDate.of(2025, 6, 1)));
        Decision<Void> lateSub = readAll(book.snapshot(HUZHOU, LocalDate.of(2026, 6, 1)));
        RuleContext outer = RuleContext.start("t", book.snapshot(HUZHOU, LocalDate.of(2025, 6, 1)));
        outer.param(STANDARD);
        outer.absorb(lateSub);
        outer.absorb(early);
        Decision<Void> d = outer.decide(Outcome.ELIGIBLE, null);
        // the staleness comes from the other decision's date; nothing appears twice
        assertThat(codes(d))
                .containsExactly(
                        "policy.since-not-exact",
                        "policy.inherited-default",
                        "policy.source-may-be-outdated",
                        "policy.inherited-default.below");
        // on one snapshot, values are taken in and rendered here
        RuleContext same = RuleContext.start("t", book.snapshot(HUZHOU, LocalDate.of(2025, 6, 1)));
        same.absorb(early);
        same.absorb(early);
        assertThat(same.decide(Outcome.ELIGIBLE, null).warnings()).isEqualTo(early.warnings());
    }
}
