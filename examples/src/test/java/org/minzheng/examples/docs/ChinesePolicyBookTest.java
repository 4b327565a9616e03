package org.minzheng.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyBook;

/**
 * The Chinese policy book is Chinese throughout: verdicts, outcomes, units, grades and notes in
 * Chinese, each condition with its article's excerpt and, where a rule has one, its reading. Only
 * identifiers set as code, link targets, and the numbers of standards may be written in Latin
 * letters.
 */
class ChinesePolicyBookTest {

    /** A word of two or more Latin letters. */
    private static final Pattern WORD = Pattern.compile("[A-Za-z]{2,}");

    /** A page without what may be in Latin letters: comments, code, link targets, standard numbers. */
    static String prose(String page) {
        return page.replaceAll("(?s)<!--.*?-->", "")
                .replaceAll("(?s)```.*?```", "")
                .replaceAll("`[^`\n]*`", "")
                .replaceAll("\\]\\([^)]*\\)", "]")
                .replaceAll("(?:GB/T|GB|MZ/T|DB\\d+/T)\\s*[\\d.\\-—]+", "");
    }

    @Test
    void theChinesePages_haveNoEnglishWord_outsideCodeAndLinkTargets() {
        List<String> found = new ArrayList<>();
        for (Map.Entry<Path, String> e : PolicyBookTest.pages().entrySet()) {
            if (!e.getKey().startsWith("zh")) {
                continue;
            }
            String text = prose(e.getValue());
            Matcher m = WORD.matcher(text);
            while (m.find() && found.size() < 40) {
                int from = Math.max(0, m.start() - 20);
                int to = Math.min(text.length(), m.end() + 20);
                found.add(e.getKey() + ": …" + text.substring(from, to).replace('\n', ' ') + "…");
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckAbove_findsEnglish_whereThereIsSome() {
        assertThat(WORD.matcher(prose("| MET | 消息 |")).find()).isTrue();
        assertThat(WORD.matcher(prose("单位 `CNY/person/month`；[`case`](../x.json)；GB/T 42195-2022"))
                        .find())
                .isFalse();
    }

    @Test
    void verdictsAndOutcomes_areWrittenInChinese() {
        String dibao = PolicyBookTest.page("zh", "dibao");
        assertThat(dibao).contains("| 符合 |", "| 不符合 |").doesNotContain("| MET |", "| NOT_MET |");
        assertThat(ReviewerLabels.verdict(Verdict.UNDETERMINED, Language.ZH)).isEqualTo("暂不能认定");
        assertThat(ReviewerLabels.verdict(Verdict.NEEDS_REVIEW, Language.ZH)).isEqualTo("需人工审核");
        assertThat(ReviewerLabels.verdict(Verdict.INFO, Language.ZH)).isEqualTo("说明");
        assertThat(ReviewerLabels.outcome(Outcome.ELIGIBLE, Language.ZH)).isEqualTo("符合");
        assertThat(ReviewerLabels.outcome(Outcome.INELIGIBLE, Language.ZH)).isEqualTo("不符合");
    }

    @Test
    void everyUnitOfEveryKey_hasAChineseLabel() {
        List<String> missing = new ArrayList<>();
        for (ParameterKey<?> k : PolicyBook.loadDefault().keys()) {
            if (ReviewerLabels.unitZh(k.unit()).isEmpty()) {
                missing.add(k.name() + " (" + k.unit() + ")");
            }
        }
        assertThat(missing).isEmpty();
        assertThat(ReviewerLabels.unit("CNY/person/month", Language.ZH)).isEqualTo("元/人·月");
        assertThat(PolicyBookTest.page("zh", "dibao")).contains("单位：元/人·月");
    }

    @Test
    void eachCondition_showsTheExcerptOfItsArticle_andTheReadingOfBelow() {
        String dibao = PolicyBookTest.page("zh", "dibao");
        // 社会救助暂行办法 第九条: 低于 is strictly below
        assertThat(dibao)
                .contains("条文摘录：\n\n> 国家对共同生活的家庭成员人均收入低于当地最低生活保障标准")
                .contains("**理解**：“低于”指严格小于：家庭人均收入与低保标准持平的，不符合。");
        assertThat(PolicyBookTest.page("en", "dibao")).contains("**Reading**: below means strictly below");
        // 特困人员认定办法 第五条: 60周岁以上 includes 60
        assertThat(PolicyBookTest.page("zh", "extreme-poverty")).contains("“60周岁以上”含60周岁");
    }

    @Test
    void citations_areWrittenTheWayGovernmentDocumentsWriteThem() {
        String dibao = PolicyBookTest.page("zh", "dibao");
        assertThat(dibao).contains("《最低生活保障审核确认办法》（民发〔2021〕57号）第").doesNotContain("》 第");
        assertThat(PolicyBookTest.page("zh", "charity-trust-filing")).contains("《中华人民共和国慈善法》（2023年修正）第四十五条第一款");
    }

    @Test
    void aReportIsLabelledAsSuch_whereItShowsAFigure() {
        String funeral = PolicyBookTest.page("zh", "basic-funeral-services");
        assertThat(funeral).contains("（新闻报道，仅说明数值，不是法律依据）");
    }
}
