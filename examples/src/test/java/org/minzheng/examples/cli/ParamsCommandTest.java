package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.json.Json;

class ParamsCommandTest {

    @Test
    void huzhou2024_tableShowsValueUnitRegionDatesGradeSourceAndCitation() {
        CliRun r = CliRun.of("params", "--region", "330500", "--date", "2024-12-31");
        assertThat(r.code()).as(r.toString()).isZero();
        String row = r.out()
                .lines()
                .filter(l -> l.startsWith("dibao.standard "))
                .findFirst()
                .orElseThrow();
        assertThat(row.split(" {2,}"))
                .containsExactly(
                        "dibao.standard",
                        "1145.00",
                        "CNY/person/month",
                        "330500 Huzhou",
                        "2024-12-31*",
                        "-",
                        "OFFICIAL",
                        "org/minzheng/eligibility/policy/huzhou.yaml:20",
                        "Putting people's voices first: Huzhou Civil Affairs Bureau, review of 2024: 全市城乡居民最低生活保障标准提高至每人每月1145元");
        // national values are inherited and say which region sets them
        assertThat(r.out()).containsPattern("dibao\\.review-months\\.stable +12 +months +000000 China");
        assertThat(r.out())
                .contains("* the source states the value but not the exact date it took effect; it applies from the"
                        + " earliest date a source proves it in force");
        // 最低生活保障审核确认办法 第八条 "一般指……1.5倍": a default the province may replace, inherited here
        assertThat(r.out())
                .containsPattern("edge\\.income-multiplier +1\\.5† +multiple of dibao standard +000000 China")
                .contains(
                        "† edge.income-multiplier: a default the text gives for 000000; the province level and those below it"
                                + " may replace it, and none in this region's chain has: decisions here warn")
                .doesNotContain("may be outdated");
        assertThat(r.out()).containsPattern("Not configured here .*dibao\\.asset\\.financial-months");
        assertThat(r.err()).isEmpty();
    }

    @Test
    void columnsLineUp_withChineseRegionNames() {
        CliRun r = CliRun.of("params", "--date", "2024-12-31", "--key", "dibao", "--lang", "zh");
        List<String> lines = r.out()
                .lines()
                .filter(l -> l.startsWith("参数") || l.startsWith("dibao."))
                .toList();
        assertThat(lines).hasSizeGreaterThan(2);
        // the grade column starts at the same terminal column on every line
        List<Integer> columns = new ArrayList<>();
        for (String l : lines) {
            String before = l.substring(0, l.indexOf(l.startsWith("参数") ? "等级" : "官方"));
            columns.add(TextTable.width(before));
        }
        assertThat(columns).containsOnly(columns.get(0));
        assertThat(r.out()).contains("330500 湖州市");
    }

    @Test
    void langZh_printsChineseHeadersUnitsAndGrades() {
        CliRun r = CliRun.of("params", "--region", "330500", "--date", "2024-12-31", "--key", "dibao", "--lang", "zh");
        assertThat(r.out())
                .contains("330500 湖州市 2024-12-31 有效的政策参数")
                .containsPattern("参数 +取值 +单位 +地区 +起始 +截止 +等级 +数据文件 +依据")
                .containsPattern("dibao\\.standard +1145\\.00 +元/人·月 +330500 湖州市 +2024-12-31\\* +- +官方 +")
                .contains("《置顶“民声”惠民生（湖州市民政局2024年工作回顾）》：全市城乡居民最低生活保障标准提高至每人每月1145元")
                .contains("本地区未配置（需要它们的认定结论为暂不能认定）：")
                .doesNotContain("CNY/person/month")
                .doesNotContain("OFFICIAL");
    }

    @Test
    void json_listsValuesAndWhatIsNotConfigured() {
        CliRun r = CliRun.of("params", "--date", "2024-12-31", "--key", "dibao.standard,dibao.asset,edge", "--json");
        JsonNode n = Json.readTree(r.out(), "$");
        assertThat(n.get("region").asText()).isEqualTo("330500");
        JsonNode v = n.get("values").get(0);
        assertThat(v.get("key").asText()).isEqualTo("dibao.standard");
        assertThat(v.get("value").asText()).isEqualTo("1145.00");
        assertThat(v.get("sinceExact").asBoolean()).isFalse();
        assertThat(v.get("grade").asText()).isEqualTo("OFFICIAL");
        assertThat(v.get("source").asText()).isEqualTo("org/minzheng/eligibility/policy/huzhou.yaml:20");
        assertThat(v.get("sourceDate").asText()).isEqualTo("2024-12-31");
        assertThat(v.has("replaceableBy")).isFalse();
        JsonNode edge = n.get("values").get(1);
        assertThat(edge.get("key").asText()).isEqualTo("edge.income-multiplier");
        assertThat(edge.get("replaceableBy").asText()).isEqualTo("PROVINCE");
        assertThat(edge.has("sourceDate")).isFalse();
        assertThat(n.get("values").size()).isEqualTo(2);
        List<String> missing = new ArrayList<>();
        n.get("notConfigured").forEach(k -> missing.add(k.get("key").asText()));
        // no Huzhou or Zhejiang source sets the asset rules, nor any exemption of 最低生活保障审核确认办法 第十四条
        assertThat(missing)
                .containsExactly(
                        "dibao.asset.exempt.cash",
                        "dibao.asset.exempt.claim",
                        "dibao.asset.exempt.commercial-insurance",
                        "dibao.asset.exempt.deposit",
                        "dibao.asset.exempt.disability-mobility-vehicle",
                        "dibao.asset.exempt.forest",
                        "dibao.asset.exempt.livelihood-vehicle",
                        "dibao.asset.exempt.online-financial",
                        "dibao.asset.exempt.other-fixture",
                        "dibao.asset.exempt.securities",
                        "dibao.asset.financial-months",
                        "dibao.asset.limit.forest",
                        "dibao.asset.limit.other-fixture",
                        "dibao.asset.max-homes",
                        "dibao.asset.private-car-allowed");
    }

    @Test
    void beforeHuzhouSetsItsStandard_noStandardIsInForce() {
        CliRun r = CliRun.of("params", "--date", "2023-06-01", "--key", "dibao.standard");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("(no value is in force)").containsPattern("Not configured here.*dibao\\.standard");
    }

    @Test
    void aValueFromAReport_moreThanTwelveMonthsLater_isMarkedAsMayBeOutdated() {
        // the seed report opens "2024年，湖州民政系统……" and bears no date: its figures are dated 2024-12-31
        CliRun before = CliRun.of("params", "--date", "2024-12-30", "--key", "dibao.standard");
        assertThat(before.out()).contains("(no value is in force)");
        CliRun r = CliRun.of("params", "--date", "2026-01-01", "--key", "dibao.standard");
        assertThat(r.out())
                .contains("! dibao.standard: its source is dated 2024-12-31, more than 12 months before 2026-01-01:"
                        + " decisions here warn that it may be outdated");
    }

    @Test
    void diff_showsWhatChangedBetweenTwoDates() {
        CliRun r = CliRun.of("params", "--diff", "2023-06-01", "2024-12-31", "--key", "dibao");
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .containsPattern("added +dibao\\.standard +- +1145\\.00 +CNY/person/month +330500")
                .contains("1 added, 0 removed, 0 changed");
        CliRun back = CliRun.of("params", "--diff", "2024-12-31", "2023-06-01", "--json", "--key", "dibao");
        JsonNode changes = Json.readTree(back.out(), "$").get("changes");
        JsonNode dibao = null;
        for (JsonNode c : changes) {
            if (c.toString().contains("\"dibao.standard\"")) {
                assertThat(c.get("change").asText()).isEqualTo("removed");
                dibao = c;
            }
        }
        assertThat(dibao).isNotNull();
        assertThat(dibao.get("from").get("value").asText()).isEqualTo("1145.00");
    }

    @Test
    void diff_ofAValueThatEnds_showsItRemoved() {
        // the national exemption of resident pensions ends on 2026-01-01 (the "14th five-year plan" period)
        CliRun r = CliRun.of(
                "params", "--diff", "2025-06-01", "2026-06-01", "--key", "income.exempt.resident-basic-pension");
        assertThat(r.code()).isZero();
        assertThat(r.out()).containsPattern("removed +income\\.exempt\\.resident-basic-pension +true +-");
    }

    @Test
    void diff_ofAChangedValue_showsOldAndNewWithTheNewCitation() {
        CliRun r = CliRun.of(
                "params",
                "--diff",
                "2024-12-31",
                "2025-12-01",
                "--key",
                "dibao.standard",
                "--pack",
                s(Fixtures.resource("standard-rise.yaml")));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .containsPattern(
                        "changed +dibao\\.standard +1145\\.00 +1200\\.00 +CNY/person/month +330500 +2025-07-01 +ILLUSTRATIVE +Standard rise made up for the tests, Art\\. 2")
                .contains("0 added, 0 removed, 1 changed");
    }

    @Test
    void file_summarisesWhatAMaintainersPackSets() {
        CliRun r = CliRun.of("params", "--file", s(Fixtures.OVERLAY));
        assertThat(r.code()).as(r.toString()).isZero();
        assertThat(r.out())
                .contains("loads cleanly as an overlay on the shipped data")
                .contains("It sets 1 value of 1 key in 1 region:")
                .containsPattern(
                        "dibao\\.asset\\.financial-months +24 +months of standard per member +330500 Huzhou +2024-01-01 +- +ILLUSTRATIVE +\\S*huzhou-financial-months\\.yaml:11 +Notice made up for the tests, Art\\. 1")
                .contains("1 ILLUSTRATIVE value: every decision that reads one carries a warning");
    }

    @Test
    void file_withErrors_listsEveryErrorWithFileAndLine_exitTwo_nothingOnStdout() {
        CliRun r = CliRun.of("params", "--file", s(Fixtures.BROKEN_PACK));
        assertThat(r.code()).as(r.toString()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        String file = s(Fixtures.BROKEN_PACK);
        assertThat(r.err())
                .contains("policy data does not load (3 errors)")
                .contains(file + ":3: [dibao.asset.financial-months] missing citation")
                .contains(file + ":11: [dibao.asset.max-homes] field 'since' is not an ISO date")
                .contains(file + ":14: [dibao.asset.max-homes] unknown grade 'GUESSED'");
    }

    @Test
    void pack_overlaysTheShippedData() {
        CliRun r = CliRun.of(
                "params",
                "--date",
                "2024-12-31",
                "--key",
                "dibao.asset.financial-months",
                "--pack",
                s(Fixtures.OVERLAY));
        assertThat(r.out()).containsPattern("dibao\\.asset\\.financial-months +24 ");
    }

    @Test
    void unknownKeyOrRegion_isBadInput_nothingOnStdout() {
        CliRun key = CliRun.of("params", "--key", "dibao.no-such-key");
        assertThat(key.code()).isEqualTo(2);
        assertThat(key.out()).isEmpty();
        assertThat(key.err()).contains("no parameter key is or starts with: dibao.no-such-key");
        CliRun region = CliRun.of("params", "--region", "320199", "--date", "2024-12-01");
        assertThat(region.code()).isEqualTo(2);
        assertThat(region.out()).isEmpty();
        assertThat(region.err()).contains("unknown region: 320199 is not a division code on 2024-12-01");
        CliRun missing = CliRun.of("params", "--file", "no-such-pack.yaml");
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.out()).isEmpty();
        assertThat(missing.err()).contains("no-such-pack.yaml: no such file");
    }
}
