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
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.examples.walkthrough.OldAgeAllowanceProgram;
import org.minzheng.examples.walkthrough.Walkthrough;

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
            if (!Files.isRegularFile(file)
                    || !Files.readString(file, StandardCharsets.UTF_8).equals(e.getValue())) {
                stale.add(e.getKey() + (Files.isRegularFile(file) ? " (differs)" : " (missing)"));
            }
        }
        for (Path extra : GenerateDocs.stale(BOOK, pages(), ".md")) {
            stale.add(extra + " (no longer generated)");
        }
        assertThat(stale)
                .as(
                        "docs/policy is stale; regenerate it with%n  %s%nand commit the result",
                        PolicyBookWriter.REGENERATE)
                .isEmpty();
    }

    @Test
    void theRegenerateCommand_isTheOneTheReadmeAndThePomGive() throws IOException {
        assertThat(Files.readString(ROOT.resolve("README.md"), StandardCharsets.UTF_8))
                .contains(PolicyBookWriter.REGENERATE + "\n");
        assertThat(Files.readString(Path.of("pom.xml"), StandardCharsets.UTF_8))
                .contains("<id>policy-book</id>")
                .contains("<mainClass>" + GenerateDocs.class.getName() + "</mainClass>");
    }

    @Test
    void everyRegisteredProgram_hasAPageInBothLanguages_listedInTheIndex() {
        List<Path> expected = new ArrayList<>(List.of(
                Path.of("en", "index.md"),
                Path.of("zh", "index.md"),
                Path.of("en", PolicyBookWriter.DEADLINES + ".md"),
                Path.of("zh", PolicyBookWriter.DEADLINES + ".md")));
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            expected.add(Path.of("en", p.id() + ".md"));
            expected.add(Path.of("zh", p.id() + ".md"));
            assertThat(pages().get(Path.of("en", "index.md")))
                    .contains("[`" + p.id() + "`](" + p.id() + ".md) | "
                            + p.title().en());
            assertThat(pages().get(Path.of("zh", "index.md")))
                    .contains("[`" + p.id() + "`](" + p.id() + ".md) | "
                            + p.title().zh());
            assertThat(page("en", p.id()))
                    .startsWith("<!-- Generated")
                    .contains("# " + p.title().en() + " (`" + p.id() + "`)");
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
                boolean schema =
                        resolved.startsWith(ROOT.resolve(SchemaWriter.DIRECTORY).normalize());
                assertThat(generated || schema || Files.exists(resolved))
                        .as("%s links to %s", e.getKey(), target)
                        .isTrue();
                checked++;
            }
        }
        assertThat(checked).isGreaterThan(100);
    }

    /** The walk-through program of docs/writing-a-program.md, which declares its rules, with its own cases. */
    private static Map<Path, String> walkthrough;

    static synchronized Map<Path, String> walkthroughBook() {
        if (walkthrough == null) {
            walkthrough = PolicyBookWriter.of(
                            ProgramRegistry.of(List.of(new OldAgeAllowanceProgram())),
                            Walkthrough.official(),
                            Walkthrough::illustrative,
                            Walkthrough.CASES.getParent())
                    .pages();
        }
        return walkthrough;
    }

    static String walkthrough(String lang) {
        return walkthroughBook().get(Path.of(lang, "old-age-allowance.md"));
    }

    @Test
    void rules_areListedAsDeclared_inOrder_withTheirArticleQuoteParametersAndMessages() {
        String en = walkthrough("en");
        int age = en.indexOf("### 1. `old-age-allowance.age`");
        int lowIncome = en.indexOf("### 2. `old-age-allowance.low-income`");
        int amount = en.indexOf("### 3. `old-age-allowance.amount`");
        assertThat(age).isPositive().isLessThan(lowIncome);
        assertThat(lowIncome).isLessThan(amount);
        String ageSection = en.substring(age, lowIncome);
        assertThat(ageSection)
                .contains(
                        "Legal basis: Law of the People's Republic of China on the Protection of the Rights and Interests of the Elderly"
                                + ", Art. 33, para. 2")
                .contains("> 国家鼓励地方建立八十周岁以上低收入老年人高龄津贴制度。\n")
                .contains(
                        "- [`old-age-allowance.minimum-age`](#old-age-allowanceminimum-age) — least age for the old-age allowance"
                                + " (completed years); unit `years`; allowed `≥ 60`; in force: `80` (000000 ")
                .contains(
                        "- `old-age-allowance.counterfactual.reaches-age` — Reaches the minimum age of {minimum} on {date}\n")
                .containsPattern("\\| MET \\| Aged \\{age\\}: at least the minimum age of \\{minimum\\} \\| "
                        + "\\[`huzhou-2024-aged-82-recognition-pending`\\]\\([^)]*walkthrough/cases/old-age-allowance/"
                        + "huzhou-2024-aged-82-recognition-pending\\.json\\), ")
                .contains(
                        "| NOT_MET | Aged {age}: below the minimum age of {minimum} | [`huzhou-2024-aged-79-below-minimum-age`](")
                .contains(
                        "| UNDETERMINED | Aged {age}: the minimum age is not configured for this region and date | no example yet |");
        assertThat(en.substring(lowIncome, amount))
                .contains("Reads no parameter.")
                .contains(
                        "| NEEDS_REVIEW | The household's recognition as low-income is pending: a caseworker decides |");
        // an amount the shipped data does not configure says so; the illustrative placeholder is never shown
        assertThat(en.substring(amount))
                .contains("allowed `≥ 0.00`; in force: **not configured**")
                .contains("| UNDETERMINED | No monthly allowance is configured for this region")
                .contains(
                        "| [`old-age-allowance.monthly-amount`](#old-age-allowancemonthly-amount) | monthly old-age allowance per"
                                + " person | `CNY/person/month` | `≥ 0.00` | **not configured** |")
                .doesNotContain("100.00");
        assertThat(walkthrough("zh"))
                .contains("法律依据：《中华人民共和国老年人权益保障法》第三十三条第二款")
                .contains("| 不符合 | `{age}` 周岁，未达到最低年龄 `{minimum}` 周岁 | [`huzhou-2024-aged-79-below-minimum-age`](")
                .contains("| 暂不能认定 | `{age}` 周岁；本地区在认定日期未配置最低年龄 | 尚无示例 |");
    }

    @Test
    void noPageSaysALegalBasisIsOnlyRecordedInTheDecision() {
        List<String> all = new ArrayList<>(pages().values());
        all.addAll(walkthroughBook().values());
        for (String page : all) {
            assertThat(page)
                    .doesNotContain("recorded in the decision")
                    .doesNotContain("见认定记录")
                    .doesNotContain("no example case reaches this rule");
        }
    }

    @Test
    void everyDeclaredRuleAndVerdict_ofEveryProgram_isOnItsPage_withItsArticle() {
        Explainer explainer = Explainer.of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault());
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            String en = page("en", p.id());
            int i = 0;
            for (Rule r : p.rules()) {
                int at = en.indexOf("### " + ++i + ". `" + r.id() + "`");
                assertThat(at).as(p.id() + " rule " + r.id()).isPositive();
                String section = en.substring(at);
                assertThat(section)
                        .contains("Legal basis: "
                                + explainer.cite(r.citation(), Language.EN).replace("<", "&lt;"));
                for (Verdict v : r.verdicts()) {
                    assertThat(section).contains("| " + v.name() + " | ");
                }
            }
        }
    }

    @Test
    void parameters_listEveryDatedValuePerRegionWithGradeAndCitation_orSayNotConfigured() {
        String dibao = page("en", "dibao");
        assertThat(dibao)
                .containsPattern(
                        "\\| \\[`dibao\\.standard`\\]\\(#dibaostandard\\) \\| minimum living guarantee \\(dibao\\) standard"
                                + " \\| `CNY/person/month` \\| (any money|`[^`|]+`) \\| 330500 Huzhou \\|")
                .contains("| 330500 Huzhou | 2024-12-31* |  | `1145.00` | OFFICIAL | Putting people's voices first")
                .contains("| [`dibao.asset.financial-months`](#dibaoassetfinancial-months) |")
                .contains("**Not configured** in the shipped data")
                .contains("Source date 2024-12-31: decisions after 2025-12-31 warn that it may be outdated.");
        // 最低生活保障审核确认办法 第八条 "一般指": the book shows the default and who may replace it
        assertThat(page("en", "low-income-edge"))
                .contains("| `org/minzheng/eligibility/policy/national.yaml` | **Default**: the province"
                        + " level and those below it may replace it; a decision that inherits it warns.");
        // illustrative values never reach the book
        for (String page : pages().values()) {
            assertThat(page).doesNotContain("| ILLUSTRATIVE |");
        }
        assertThat(page("zh", "dibao"))
                .contains("| 330500 湖州市 | 2024-12-31* |  | `1145.00` | 官方 | 《置顶“民声”惠民生")
                .contains("（工作报告，仅说明数值，不是法律依据）");
    }

    @Test
    void exampleCases_areLinkedToTheFilesInTheirModule_withTheirPackAndOutcome() {
        assertThat(page("en", "dibao"))
                .contains(
                        "| [`huzhou-2024-family-of-three-below-standard`](../../../eligibility/src/examples/cases/dibao/"
                                + "huzhou-2024-family-of-three-below-standard.json) ([expected](../../../eligibility/src/examples/cases/dibao/"
                                + "huzhou-2024-family-of-three-below-standard.expected.json)) | official | ELIGIBLE | ELIGIBLE |");
        assertThat(page("en", "assistance-screening"))
                .contains("income-drop-needs-review.expected.json)) | illustrative | NEEDS_REVIEW | NEEDS_REVIEW |");
        for (String page : pages().values()) {
            assertThat(page)
                    .doesNotContain("does not match")
                    .doesNotContain("不一致")
                    .doesNotContain("](../../../examples/cases/");
        }
    }

    @Test
    void theIndex_countsTheRuleOutcomesTheExamplesExercise() {
        int declared = 0;
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            for (Rule r : p.rules()) {
                declared += r.verdicts().size();
            }
        }
        assertThat(pages().get(Path.of("en", "index.md")))
                .containsPattern("Rule outcomes exercised by the example cases: \\d+ of " + declared + " ");
        assertThat(walkthroughBook().get(Path.of("en", "index.md")))
                .contains("| [`old-age-allowance`](old-age-allowance.md) | Old-age allowance | 3 | 7 / 8 | 1 / 2 | 5 |")
                .contains("Rule outcomes exercised by the example cases: 7 of 8 ");
    }

    @Test
    void theDescription_isDerivedFromTitleCitationsAndConditions() {
        PolicyBookWriter w = PolicyBookWriter.standard(ROOT.resolve("examples/cases"));
        DibaoProgram dibao = new DibaoProgram();
        // the program's own paragraph (its readings of the open questions) comes first, then the derived one
        assertThat(w.description(dibao, Language.EN))
                .startsWith("Readings where the texts are open:")
                .contains("\n\n**Minimum living guarantee** (最低生活保障), program id `dibao`")
                .contains("Interim Measures for Social Assistance, Art. 9")
                .contains("Art. 7, Art. 13")
                .containsPattern("It applies the \\d+ conditions below, reads "
                        + dibao.parameters().size() + " policy parameters")
                .endsWith("its example cases reach ELIGIBLE, INELIGIBLE, UNDETERMINED.");
        assertThat(w.description(dibao, Language.ZH))
                .contains("\n\n**最低生活保障**（程序标识 `dibao`）")
                .contains("第七条、第十三条");
    }

    /** Nothing of a rule is rebuilt from examples: without any case the page has every rule, verdict and message. */
    @Test
    void aProgramWithoutCases_isDocumentedFromItsDeclarationsAlone(@TempDir Path emptyCases) {
        PolicyBookWriter w = PolicyBookWriter.of(
                ProgramRegistry.of(List.of(new OldAgeAllowanceProgram())),
                Walkthrough.official(),
                Walkthrough::illustrative,
                emptyCases);
        Map<Path, String> book = w.pages();
        assertThat(book)
                .containsOnlyKeys(
                        Path.of("en", "index.md"),
                        Path.of("zh", "index.md"),
                        Path.of("en", "old-age-allowance.md"),
                        Path.of("zh", "old-age-allowance.md"),
                        Path.of("en", "deadlines.md"),
                        Path.of("zh", "deadlines.md"));
        assertThat(book.get(Path.of("en", "deadlines.md"))).contains("| (none) | |");
        String page = book.get(Path.of("en", "old-age-allowance.md"));
        String withCases = walkthrough("en");
        // the rules are the same, but for the example column
        String rules = page.substring(page.indexOf("## Rules"), page.indexOf("## Parameters"));
        assertThat(rules.replaceAll("\\| [^|]+ \\|\n", "|\n"))
                .isEqualTo(withCases
                        .substring(withCases.indexOf("## Rules"), withCases.indexOf("## Parameters"))
                        .replaceAll("\\| [^|]+ \\|\n", "|\n"));
        assertThat(rules)
                .contains("Legal basis: ")
                .contains("> 国家鼓励地方")
                .contains("| NEEDS_REVIEW | The household's recognition")
                .doesNotContain("](../../../");
        assertThat(rules.split("no example yet", -1)).hasSize(9);
        assertThat(page).contains("None yet.");
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
        assertThat(en)
                .startsWith("<!-- Generated")
                .contains("# Deadlines and the holiday calendar")
                .contains("or a Saturday or a Sunday that the notice does not make a working day")
                .contains("民通意见 item 198 para 2")
                .contains("Civil Code of the People's Republic of China, Art. 201, Art. 202, Art. 203")
                .contains("Provisions of the State Council on the Working Hours of Employees (国务院令第146号), Art. 7")
                .contains(
                        "Notice of the General Office of the State Council on the arrangement of certain holidays in 2024 (国办发明电〔2023〕7号)")
                .contains("`2024-01-01 2024-02-10..2024-02-17")
                .contains("every year before 2023 and after 2026 is not configured")
                .contains(org.minzheng.core.program.Periods.NOTICE_NOT_CONFIGURED);
        assertThat(zh)
                .contains("# 期限与节假日日历")
                .contains("以及该通知未调为上班日的星期六、星期日")
                .contains("《国务院关于职工工作时间的规定》（国务院令第146号）第七条")
                .contains("《国务院办公厅关于2024年部分节假日安排的通知》（国办发明电〔2023〕7号）")
                .contains("2023 年以前和 2026 年以后的年份均未配置");
        // every calendar row of the shipped data is listed
        PolicyBook book = PolicyBook.loadDefault();
        book.timelines(org.minzheng.core.policy.CalendarParameters.DAYS_OFF)
                .forEach((region, timeline) -> timeline.transitions()
                        .forEach(v -> assertThat(en)
                                .contains("| " + v.since().getYear() + " | ")
                                .contains("`" + v.valueText() + "`")));
        // a line for each program that counts a deadline, saying which day's law applies
        for (String program : List.of(
                "charity-trust-filing", "charity-trust-change", "charity-trust-annual-report", "after-death-tasks")) {
            assertThat(en).as(program).contains("| [`" + program + "`](" + program + ".md) ");
            assertThat(zh).as(program).contains("| [`" + program + "`](" + program + ".md) ");
            assertThat(page("en", program)).as(program).contains("## Deadlines").contains("(deadlines.md)");
            assertThat(page("zh", program)).as(program).contains("## 期限");
        }
        assertThat(en)
                .contains("law in force on the day of the change, not on the decision date")
                .contains("law in force on the day of signing")
                .contains("law in force on the last day of that year");
        assertThat(zh).contains("均按变更之日有效的法律确定").contains("均按签订之日有效的法律确定");
        assertThat(page("en", "dibao")).doesNotContain("## Deadlines");
        assertThat(pages().get(Path.of("en", "index.md"))).contains("(deadlines.md)");
        assertThat(pages().get(Path.of("zh", "index.md"))).contains("(deadlines.md)");
    }
}
