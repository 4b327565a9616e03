package org.minzheng.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.decision.Language;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/** The policy book in docs/policy: current, complete, linked, and derived the documented way. */
class PolicyBookTest {

    static final Path ROOT = Path.of("..");
    static final Path BOOK = ROOT.resolve(PolicyBookWriter.DIRECTORY);

    private static Map<Path, String> pages;

    static synchronized Map<Path, String> pages() {
        if (pages == null) {
            pages = PolicyBookWriter.standard(ROOT.resolve("examples/cases")).pages();
        }
        return pages;
    }

    static String page(String lang, String program) {
        return pages().get(Path.of(lang, program + ".md"));
    }

    @Test
    void theCommittedBookIsCurrent() throws IOException {
        List<String> stale = new ArrayList<>();
        for (Map.Entry<Path, String> e : pages().entrySet()) {
            Path file = BOOK.resolve(e.getKey());
            if (!Files.isRegularFile(file) || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(e.getKey() + (Files.isRegularFile(file) ? " (differs)" : " (missing)"));
            }
        }
        for (Path extra : GenerateDocs.stale(BOOK, pages(), ".md")) {
            stale.add(extra + " (no longer generated)");
        }
        assertThat(stale).as("docs/policy is stale; regenerate it with%n  %s%nand commit the result", PolicyBookWriter.REGENERATE)
                .isEmpty();
    }

    @Test
    void theRegenerateCommand_isTheOneTheReadmeAndThePomGive() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8)).contains(PolicyBookWriter.REGENERATE + "\n");
        assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8)).contains("<id>policy-book</id>")
                .contains("<mainClass>" + GenerateDocs.class.getName() + "</mainClass>");
    }

    @Test
    void everyRegisteredProgram_hasAPageInBothLanguages_listedInTheIndex() {
        List<Path> expected = new ArrayList<>(List.of(Path.of("en", "index.md"), Path.of("zh", "index.md"),
                Path.of("en", PolicyBookWriter.DEADLINES + ".md"), Path.of("zh", PolicyBookWriter.DEADLINES + ".md")));
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            expected.add(Path.of("en", p.id() + ".md"));
            expected.add(Path.of("zh", p.id() + ".md"));
            assertThat(pages().get(Path.of("en", "index.md"))).contains("[`" + p.id() + "`](" + p.id() + ".md) | " + p.title().en());
            assertThat(pages().get(Path.of("zh", "index.md"))).contains("[`" + p.id() + "`](" + p.id() + ".md) | " + p.title().zh());
            assertThat(page("en", p.id())).startsWith("<!-- Generated").contains("# " + p.title().en() + " (`" + p.id() + "`)");
            assertThat(page("zh", p.id())).contains("# " + p.title().zh() + " (`" + p.id() + "`)");
        }
        assertThat(pages().keySet()).containsExactlyInAnyOrderElementsOf(expected);
    }

    @Test
    void everyLinkInTheBook_resolvesToAFileOfTheRepository() {
        Pattern link = Pattern.compile("\\]\\(([^)\\s]+)\\)");
        int checked = 0;
        for (Map.Entry<Path, String> e : pages().entrySet()) {
            Path dir = BOOK.resolve(e.getKey()).getParent();
            Matcher m = link.matcher(e.getValue());
            while (m.find()) {
                String target = m.group(1);
                if (target.contains("://") || target.startsWith("#")) {
                    continue;
                }
                Path resolved = dir.resolve(target).normalize();
                boolean generated = pages().containsKey(BOOK.normalize().relativize(resolved));
                boolean schema = resolved.startsWith(ROOT.resolve(SchemaWriter.DIRECTORY).normalize());
                assertThat(generated || schema || Files.exists(resolved)).as("%s links to %s", e.getKey(), target).isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    @Test
    void conditions_areInTheOrderTheProgramAppliesThem_withTheirArticle() {
        String dibao = page("en", "dibao");
        int members = dibao.indexOf("`household.members`");
        int income = dibao.indexOf("`household.income`");
        int below = dibao.indexOf("`dibao.income-below-standard`");
        int amount = dibao.indexOf("`dibao.amount`");
        assertThat(members).isPositive().isLessThan(income);
        assertThat(income).isLessThan(below);
        assertThat(below).isLessThan(amount);
        String section = dibao.substring(below, dibao.indexOf("###", below));
        assertThat(section).contains("Legal basis: Interim Measures for Social Assistance 第九条")
                .contains("| MET | Per-capita income {perCapitaIncome} is below the dibao standard {standard} ({counted} member(s)) | yes |")
                .contains("| NOT_MET |");
        assertThat(page("zh", "dibao")).contains("法律依据：《社会救助暂行办法》 第九条").contains("| MET | 家庭人均收入");
    }

    @Test
    void aRuleNoCaseReaches_comesFromTheBundle_andSaysSo() {
        String dibao = page("en", "dibao");
        int exit = dibao.indexOf("`dibao.gradual-exit`");
        assertThat(exit).isGreaterThan(dibao.indexOf("`dibao.review-period`"));
        assertThat(dibao.substring(exit, dibao.indexOf("## Parameters"))).contains("no example case reaches this rule")
                .doesNotContain("| yes |");
    }

    @Test
    void parameters_listEveryDatedValuePerRegionWithGradeAndCitation_orSayNotConfigured() {
        String dibao = page("en", "dibao");
        assertThat(dibao).contains("| [`dibao.standard`](#dibaostandard) | minimum living guarantee (dibao) standard | `CNY/person/month` | 330500 Huzhou |")
                .contains("| 330500 Huzhou | 2024-12-31* |  | `1145.00` | OFFICIAL | Putting people's voices first")
                .contains("| [`dibao.asset.financial-months`](#dibaoassetfinancial-months) |")
                .contains("**Not configured** in the shipped data")
                .contains("Source date 2024-12-31: decisions after 2025-12-31 warn that it may be outdated.");
        // 最低生活保障审核确认办法 第八条 "一般指": the book shows the default and who may replace it
        assertThat(page("en", "low-income-edge")).contains("| `org/minzheng/eligibility/policy/national.yaml` | **Default**: the province"
                + " level and those below it may replace it; a decision that inherits it warns.");
        // illustrative values never reach the book
        for (String page : pages().values()) {
            assertThat(page).doesNotContain("| ILLUSTRATIVE |");
        }
        assertThat(page("zh", "dibao")).contains("| 330500 湖州市 | 2024-12-31* |  | `1145.00` | OFFICIAL | 《置顶“民声”惠民生");
    }

    @Test
    void exampleCases_areLinkedWithTheirPackAndOutcome() {
        assertThat(page("en", "dibao")).contains("| [huzhou-2024-family-of-three-below-standard](../../../examples/cases/dibao/"
                + "huzhou-2024-family-of-three-below-standard.json) ([expected](../../../examples/cases/dibao/"
                + "huzhou-2024-family-of-three-below-standard.expected.json)) | official | ELIGIBLE | ELIGIBLE |");
        assertThat(page("en", "assistance-screening")).contains("income-drop-needs-review.expected.json)) | illustrative | NEEDS_REVIEW | NEEDS_REVIEW |");
        for (String page : pages().values()) {
            assertThat(page).doesNotContain("does not match").doesNotContain("不一致");
        }
    }

    @Test
    void theDescription_isDerivedFromTitleCitationsAndConditions() {
        PolicyBookWriter w = PolicyBookWriter.standard(ROOT.resolve("examples/cases"));
        DibaoProgram dibao = new DibaoProgram();
        // the program's own paragraph (its readings of the open questions) comes first, then the derived one
        assertThat(w.description(dibao, Language.EN)).startsWith("Readings where the texts are open:")
                .contains("\n\n**Minimum living guarantee** (最低生活保障), program id `dibao`")
                .contains("Interim Measures for Social Assistance 第九条")
                .contains("第七条, 第十三条")
                .containsPattern("It applies the \\d+ conditions below, reads " + dibao.parameters().size() + " policy parameters")
                .endsWith("its example cases reach ELIGIBLE, INELIGIBLE, UNDETERMINED.");
        assertThat(w.description(dibao, Language.ZH)).contains("\n\n**最低生活保障**（Minimum living guarantee，程序标识 `dibao`）")
                .contains("第七条、第十三条");
    }

    @Test
    void aProgramWithoutCases_isDocumentedFromItsBundleAlone(@TempDir Path emptyCases) {
        PolicyBookWriter w = PolicyBookWriter.of(ProgramRegistry.of(List.of(new DibaoProgram())), PolicyBook.loadDefault(),
                IllustrativeOverlay::book, emptyCases);
        Map<Path, String> book = w.pages();
        assertThat(book).containsOnlyKeys(Path.of("en", "index.md"), Path.of("zh", "index.md"), Path.of("en", "dibao.md"),
                Path.of("zh", "dibao.md"), Path.of("en", "deadlines.md"), Path.of("zh", "deadlines.md"));
        // dibao counts no period for a party's act: the deadlines page lists no program
        assertThat(book.get(Path.of("en", "deadlines.md"))).contains("| (none) | |").doesNotContain("(dibao.md)");
        String page = book.get(Path.of("en", "dibao.md"));
        assertThat(page).contains("### 1. `dibao.standard`").contains("`dibao.income-below-standard`").contains("None yet.")
                .doesNotContain("household.members").doesNotContain("| yes |");
        assertThat(page.indexOf("`dibao.income-below-standard`")).isLessThan(page.indexOf("`dibao.amount`"));
    }

    @Test
    void merge_placesANewIdAfterItsPredecessor() {
        List<String> order = new ArrayList<>();
        PolicyBookWriter.merge(order, List.of("a", "c", "d"));
        PolicyBookWriter.merge(order, List.of("a", "b", "c", "e", "e"));
        PolicyBookWriter.merge(order, List.of("z", "a"));
        assertThat(order).containsExactly("z", "a", "b", "c", "e", "d");
    }

    @Test
    void ruleOf_readsOnlyTheProgramsVerdictKeys() {
        assertThat(PolicyBookWriter.ruleOf("dibao.amount.INFO", "dibao")).isEqualTo("dibao.amount");
        assertThat(PolicyBookWriter.ruleOf("dibao.standard.UNDETERMINED", "dibao")).isEqualTo("dibao.standard");
        assertThat(PolicyBookWriter.ruleOf("dibao.counterfactual.headroom", "dibao")).isNull();
        assertThat(PolicyBookWriter.ruleOf("dibao-single-member.ground.MET", "dibao")).isNull();
        assertThat(PolicyBookWriter.ruleOf("dibao.MET", "dibao")).isNull();
        assertThat(PolicyBookWriter.ruleOf("household.members.INFO", "dibao")).isNull();
    }

    @Test
    void bundleKeys_areReadInFileOrder() {
        List<String> keys = PolicyBookWriter.bundleKeys(new DibaoProgram());
        assertThat(keys).contains("dibao.standard.UNDETERMINED", "dibao.amount.INFO");
        assertThat(keys.indexOf("dibao.standard.UNDETERMINED")).isLessThan(keys.indexOf("dibao.amount.INFO"));
        assertThat(keys).noneMatch(k -> k.startsWith("#") || k.contains("=") || k.contains(" "));
    }

    @Test
    void cells_cannotBreakATable() {
        assertThat(PolicyBookWriter.cell("a | b\nc <d>")).isEqualTo("a \\| b c &lt;d&gt;");
        assertThat(PolicyBookWriter.anchor("dibao.asset.financial-months")).isEqualTo("dibaoassetfinancial-months");
    }

    /**
     * 民法典 第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日": the book states the
     * reading of 法定休假日 implemented and its sources, every calendar year shipped with the notice it cites, and a
     * line for each program that counts a deadline (the charity ones saying which day's law applies), in both
     * languages.
     */
    @Test
    void deadlinesPage_statesTheReading_theYearsShippedWithTheirNotice_andEachProgramThatCountsADeadline() {
        String en = pages().get(Path.of("en", PolicyBookWriter.DEADLINES + ".md"));
        String zh = pages().get(Path.of("zh", PolicyBookWriter.DEADLINES + ".md"));
        assertThat(en).startsWith("<!-- Generated").contains("# Deadlines and the holiday calendar")
                .contains("or a Saturday or a Sunday that the notice does not make a working day")
                .contains("民通意见 item 198 para 2")
                .contains("Civil Code of the People's Republic of China 第二百零一条, 第二百零二条, 第二百零三条")
                .contains("Provisions of the State Council on the Working Hours of Employees (国务院令第146号) 第七条")
                .contains("Notice of the General Office of the State Council on the arrangement of certain holidays in 2024 (国办发明电〔2023〕7号)")
                .contains("`2024-01-01 2024-02-10..2024-02-17")
                .contains("every year before 2023 and after 2026 is not configured")
                .contains(org.minzheng.core.program.Periods.NOTICE_NOT_CONFIGURED);
        assertThat(zh).contains("# 期限与节假日日历").contains("以及该通知未调为上班日的星期六、星期日")
                .contains("《国务院关于职工工作时间的规定》（国务院令第146号） 第七条")
                .contains("《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）")
                .contains("2023 年以前和 2026 年以后的年份均未配置");
        // every calendar row of the shipped data is listed
        PolicyBook book = PolicyBook.loadDefault();
        book.timelines(org.minzheng.core.policy.CalendarParameters.DAYS_OFF).forEach((region, timeline) ->
                timeline.transitions().forEach(v -> assertThat(en).contains("| " + v.since().getYear() + " | ")
                        .contains("`" + v.valueText() + "`")));
        // a line for each program that counts a deadline, saying which day's law applies
        for (String program : List.of("charity-trust-filing", "charity-trust-change", "charity-trust-annual-report",
                "after-death-tasks")) {
            assertThat(en).as(program).contains("| [`" + program + "`](" + program + ".md) ");
            assertThat(zh).as(program).contains("| [`" + program + "`](" + program + ".md) ");
            assertThat(page("en", program)).as(program).contains("## Deadlines").contains("(deadlines.md)");
            assertThat(page("zh", program)).as(program).contains("## 期限");
        }
        assertThat(en).contains("law in force on the day of the change, not on the decision date")
                .contains("law in force on the day of signing").contains("law in force on the last day of that year");
        assertThat(zh).contains("均按变更之日有效的法律确定").contains("均按签订之日有效的法律确定");
        assertThat(page("en", "dibao")).doesNotContain("## Deadlines");
        assertThat(pages().get(Path.of("en", "index.md"))).contains("(deadlines.md)");
        assertThat(pages().get(Path.of("zh", "index.md"))).contains("(deadlines.md)");
    }
}
