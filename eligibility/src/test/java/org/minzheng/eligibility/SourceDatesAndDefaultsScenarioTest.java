package org.minzheng.eligibility;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.eligibility.Households.familyOfThree;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.MissingParameter;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.edge.LowIncomeEdgeProgram;

/**
 * Issue 13, items 7 and 12, on the shipped data: the dates the seed report proves for Huzhou's
 * 2024 figures, the staleness horizon, and the national defaults that localities replace.
 */
class SourceDatesAndDefaultsScenarioTest {

    static final DibaoProgram DIBAO = new DibaoProgram();
    static final LowIncomeEdgeProgram EDGE = new LowIncomeEdgeProgram();
    static final RegionCode ZHEJIANG = RegionCode.of("330000");

    static List<String> codes(Decision<?> d) {
        return d.warnings().stream().map(Note::code).toList();
    }

    /**
     * The seed report is undated; it opens "2024年，湖州民政系统以促进共同富裕为主攻方向" and counts among the year's
     * work "全市城乡居民最低生活保障标准提高至每人每月1145元". It proves the figure in force at the end of 2024, not
     * before: a decision of 2024-12-30 finds Huzhou's standard not configured.
     */
    @Test
    void seedReport_provesHuzhousStandardInForceOnTheLastDayOf2024_andNotBefore() {
        Decision<?> before = DIBAO.decide(familyOfThree("2000.00"), Books.official(LocalDate.of(2024, 12, 30)));
        assertThat(before.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(before.missingParameters()).extracting(MissingParameter::key).containsExactly("dibao.standard");
        Decision<?> on = DIBAO.decide(familyOfThree("2000.00"), Books.official(LocalDate.of(2024, 12, 31)));
        assertThat(on.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(codes(on)).containsExactly("policy.since-not-exact");
        assertThat(on.warnings().get(0).facts()).containsEntry("since", LocalDate.of(2024, 12, 31));
    }

    @Test
    void everyFigureOfTheSeedReport_appliesFrom2024_12_31_inexactly_withTheReportsSourceDate() {
        PolicyBook book = Books.OFFICIAL;
        List<String> fromReport = new java.util.ArrayList<>();
        for (ParameterKey<?> k : book.keys()) {
            for (var t : book.timelines(k).values()) {
                for (ParameterValue<?> v : t.transitions()) {
                    if (v.citation().instrument().equals("huzhou-civil-affairs-2024-report")) {
                        fromReport.add(k.name());
                        assertThat(v.since()).as(k.name()).isEqualTo(LocalDate.of(2024, 12, 31));
                        assertThat(v.sinceExact()).as(k.name()).isFalse();
                        assertThat(v.sourceDate()).as(k.name()).isEqualTo(LocalDate.of(2024, 12, 31));
                    }
                }
            }
        }
        assertThat(fromReport)
                .contains(
                        "dibao.standard",
                        "extreme-poverty.basic-living-standard",
                        "child-allowance.orphan.institutional-standard",
                        "child-allowance.orphan.scattered-standard",
                        "disability.living-allowance.published-amount");
        // every report the shipped data cites says as of what date it states its figures
        book.instruments().all().stream()
                .filter(i -> i.rank().isReport())
                .forEach(i -> assertThat(i.sourceDate()).as(i.id()).isNotNull());
    }

    @Test
    void aDecisionMoreThanTwelveMonthsAfterTheReport_warnsThatTheStandardMayBeOutdated() {
        Decision<?> within = DIBAO.decide(familyOfThree("2000.00"), Books.official(LocalDate.of(2025, 12, 31)));
        assertThat(codes(within)).doesNotContain("policy.source-may-be-outdated");
        Decision<?> after = DIBAO.decide(familyOfThree("2000.00"), Books.official(LocalDate.of(2026, 1, 1)));
        assertThat(after.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Note stale = after.warnings().stream()
                .filter(n -> n.code().equals("policy.source-may-be-outdated"))
                .findFirst()
                .orElseThrow();
        assertThat(stale.facts())
                .containsEntry("key", "dibao.standard")
                .containsEntry("sourceDate", LocalDate.of(2024, 12, 31))
                .containsEntry("instrument", "huzhou-civil-affairs-2024-report");
        // national values set by enactments do not age
        assertThat(after.warnings())
                .allSatisfy(n -> assertThat(n.facts().get("key")).isEqualTo("dibao.standard"));
    }

    /**
     * 最低生活保障审核确认办法 第八条: "最低生活保障边缘家庭一般指不符合最低生活保障条件，家庭人均收入低于当地最低生活保障
     * 标准1.5倍" — a default; 第四十条 leaves implementing rules to the province.
     */
    @Test
    void huzhouEdgeFamily_inheritsTheNationalMultiplier_andTheDecisionNamesTheProvince() {
        Decision<?> d = EDGE.decide(familyOfThree("4000.00"), Books.official(Books.DEC_2024));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        Note n = d.warnings().stream()
                .filter(w -> w.code().equals("policy.inherited-default"))
                .findFirst()
                .orElseThrow();
        assertThat(n.facts())
                .containsEntry("key", "edge.income-multiplier")
                .containsEntry("value", "1.5")
                .containsEntry("level", RegionLevel.PROVINCE)
                .containsEntry("region", ZHEJIANG);
    }

    @Test
    void aProvinceThatSetsItsOwnMultiplier_isNotWarnedAbout() {
        String zhejiang =
                "values:\n  - {key: edge.income-multiplier, region: \"330000\", since: 2022-01-01, value: \"2\","
                        + " unit: multiple of dibao standard, grade: ILLUSTRATIVE, citation: {instrument: mca-dibao-2021, article: x}}\n";
        PolicyBook book = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.ofText("zj.yaml", zhejiang))
                .build();
        Decision<?> d = EDGE.decide(familyOfThree("6000.00"), book.snapshot(Books.HUZHOU, Books.DEC_2024));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(codes(d)).doesNotContain("policy.inherited-default", "policy.inherited-default.below");
    }

    @Test
    void theShippedDefaults_areExactlyTheValuesTheTextsGiveAsDefaults() {
        TreeSet<String> flagged = new TreeSet<>();
        for (ParameterKey<?> k : Books.OFFICIAL.keys()) {
            for (var t : Books.OFFICIAL.timelines(k).values()) {
                for (ParameterValue<?> v : t.transitions()) {
                    if (v.replaceableBy() != null) {
                        flagged.add(k.name() + "@" + v.region() + ":" + v.replaceableBy());
                    }
                }
            }
        }
        // 第八条 一般指 (edge multiplier); 刚性支出困难家庭认定办法 第十条 有效期一般不超过十二个月
        assertThat(flagged)
                .containsExactly("edge.income-multiplier@000000:PROVINCE", "rigid.validity-months@000000:PROVINCE");
        assertThat(Books.OFFICIAL
                        .snapshot(Books.HUZHOU, Books.DEC_2024)
                        .find(EligibilityParameters.EDGE_MULTIPLIER)
                        .value())
                .isEqualByComparingTo(new BigDecimal("1.5"));
    }
}
