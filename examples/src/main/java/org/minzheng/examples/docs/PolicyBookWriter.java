package org.minzheng.examples.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.CitationFormat;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.CalendarParameters;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.Timeline;
import org.minzheng.core.program.Periods;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.time.DateSet;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * Writes the policy book ({@code docs/policy/}): for every registered program one page in English
 * ({@code en/<program>.md}) and one in Chinese ({@code zh/<program>.md}), and an index page per
 * language. Pure: it reads the registry, the policy data and the example cases, and returns the
 * pages as text by relative path; {@link GenerateDocs} writes them.
 *
 * <p>A page says what the program decides ({@link #description}), its legal basis, its rules in
 * the order they are decided, the parameters it reads with every dated value per region and grade,
 * and its example cases with the outcome each reaches.
 *
 * <h2>The rules</h2>
 * Everything a page says about a rule is read from the program's declarations
 * ({@link Program#rules()}): the article it enforces, cited through the book's instrument catalogue,
 * with the passage it quotes; the parameters it reads (unit, the values the key allows,
 * {@link ParameterKey#allowedText()}, and the values in force in the shipped data); the notes it may
 * add; and each verdict it may record with its zh/en message ({@code <rule>.<VERDICT>}). Nothing of
 * that is rebuilt from examples. The examples add one thing: every example case of the program
 * ({@code examples/cases/<program>/}, a link to {@code <module>/src/examples/cases/<program>/}) is
 * decided with the pack its expectation names, and each rule × verdict lists the cases whose
 * decision records it, or says that no example exercises it yet. Case links point at the files
 * themselves, in the module that owns them.
 *
 * <h2>Deadlines and the holiday calendar</h2>
 * One more page per language, {@code deadlines.md}, states how minzheng counts a period for a
 * party's act and which reading of 法定休假日 it implements (core messages {@code calendar.book.*},
 * citing {@link Periods#COUNT_BASIS} and {@link Periods#REST_DAY_READING}), lists every calendar
 * year the shipped data holds ({@link CalendarParameters}) with the notice each row cites, and has a
 * line for each program that counts a deadline: a program whose bundle has the message
 * {@code <program id>.deadlines} (which deadline, and which day's law applies), or whose example
 * decisions read the holiday calendar. That message is also shown on the program's own page.
 *
 * <h2>The description</h2>
 * {@link #description} derives the first paragraph from the program's title, its citations and
 * the conditions found above. A program can put a hand-written paragraph in front of it with the
 * optional message key {@code <program id>.description} in its bundle (both languages).
 */
public final class PolicyBookWriter {

    /** The command that regenerates the book and the schemas. */
    public static final String REGENERATE = "./mvnw -q -pl examples -am compile -Ppolicy-book";

    /** Where the book lives in the repository. */
    public static final String DIRECTORY = "docs/policy";

    /** The page on deadlines and the holiday calendar, beside the program pages. */
    public static final String DEADLINES = "deadlines";

    /** From a page to the repository root. */
    private static final String TO_ROOT = "../../../";

    private final ProgramRegistry programs;
    private final PolicyBook book;
    private final Path cases;
    private final Path root;
    private final Explainer explainer;
    private final CaseChecker checker;

    private PolicyBookWriter(ProgramRegistry programs, PolicyBook book, Supplier<PolicyBook> illustrative, Path cases) {
        this.programs = Objects.requireNonNull(programs, "programs");
        this.book = Objects.requireNonNull(book, "book");
        this.cases = Objects.requireNonNull(cases, "cases");
        Path abs = cases.toAbsolutePath().normalize();
        this.root = abs.getParent() != null && abs.getParent().getParent() != null
                ? abs.getParent().getParent()
                : abs;
        this.explainer = Explainer.of(programs, book);
        this.checker = CaseChecker.of(programs, () -> book, illustrative);
    }

    /**
     * @param programs     the programs to document, not null
     * @param book         the policy data whose values the book lists (the shipped data), not null
     * @param illustrative the same data with the illustrative overlay, for the example cases that
     *                     name it, not null
     * @param cases        the example cases directory ({@code examples/cases} of the repository, whose
     *                     links the pages follow to the files), not null
     * @return a writer
     */
    public static PolicyBookWriter of(
            ProgramRegistry programs, PolicyBook book, Supplier<PolicyBook> illustrative, Path cases) {
        return new PolicyBookWriter(programs, book, illustrative, cases);
    }

    /**
     * @param cases the example cases directory ({@code examples/cases}), not null
     * @return a writer over the registered programs, the shipped data and the illustrative overlay
     */
    public static PolicyBookWriter standard(Path cases) {
        return of(ProgramRegistry.loadDefault(), PolicyBook.loadDefault(), IllustrativeOverlay::book, cases);
    }

    /**
     * Renders the whole book.
     *
     * @return the pages by path relative to {@code docs/policy}, such as {@code en/dibao.md}
     * @throws UncheckedIOException if the example cases cannot be read
     */
    public Map<Path, String> pages() {
        List<ProgramPage> analysed = new ArrayList<>();
        for (Program<?, ?> p : programs.all()) {
            analysed.add(analyse(p));
        }
        Map<Path, String> pages = new TreeMap<>();
        for (Language lang : List.of(Language.EN, Language.ZH)) {
            String dir = dir(lang);
            pages.put(Path.of(dir, "index.md"), index(analysed, lang));
            pages.put(Path.of(dir, DEADLINES + ".md"), deadlines(analysed, lang));
            for (ProgramPage p : analysed) {
                pages.put(Path.of(dir, p.program().id() + ".md"), page(p, lang));
            }
        }
        return pages;
    }

    // ---------------------------------------------------------------- analysis

    /** One example case as decided. */
    record Example(CasePair pair, CaseCheck check) {

        /** @return true if the case's decision records the rule with the verdict */
        boolean exercises(Rule rule, Verdict verdict) {
            Decision<?> d = check.decision();
            if (d == null) {
                return false;
            }
            for (Finding f : d.findings()) {
                if (f.verdict() == verdict && f.rule().equals(rule.id())) {
                    return true;
                }
            }
            return false;
        }
    }

    /** What a page shows of a program: the program (its rules are its declarations) and its example cases, decided. */
    record ProgramPage(Program<?, ?> program, List<Example> examples) {

        /** @return the declared rule × verdict pairs some example case exercises */
        int exercised() {
            int n = 0;
            for (Rule r : program.rules()) {
                for (Verdict v : r.verdicts()) {
                    n += examples.stream().anyMatch(e -> e.exercises(r, v)) ? 1 : 0;
                }
            }
            return n;
        }

        /** @return the declared rule × verdict pairs */
        int declared() {
            int n = 0;
            for (Rule r : program.rules()) {
                n += r.verdicts().size();
            }
            return n;
        }
    }

    ProgramPage analyse(Program<?, ?> program) {
        List<Example> examples = new ArrayList<>();
        Path dir = casesOf(program);
        if (Files.isDirectory(dir)) {
            try {
                for (CasePair pair : CaseChecker.discover(dir)) {
                    examples.add(new Example(pair, checker.check(pair)));
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read " + dir, e);
            }
        }
        return new ProgramPage(program, List.copyOf(examples));
    }

    /**
     * @param program a program
     * @return its cases: {@code examples/cases/<program>}, or where no link is there yet, the first
     *         {@code <module>/src/examples/cases/<program>} of the repository
     */
    Path casesOf(Program<?, ?> program) {
        Path dir = cases.resolve(program.id());
        if (Files.isDirectory(dir)) {
            return dir;
        }
        try (java.util.stream.Stream<Path> modules = Files.list(root)) {
            return modules.sorted()
                    .map(m -> m.resolve("src/examples/cases").resolve(program.id()))
                    .filter(Files::isDirectory)
                    .findFirst()
                    .orElse(dir);
        } catch (IOException e) {
            return dir;
        }
    }

    /**
     * @param file a file under the cases directory (possibly through a link)
     * @return the path of the file itself from the repository root, with {@code /}
     */
    String repositoryPath(Path file) {
        Path real;
        Path base;
        try {
            real = file.toRealPath();
            base = root.toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot resolve " + file, e);
        }
        Path rel = real.startsWith(base)
                ? base.relativize(real)
                : root.relativize(file.toAbsolutePath().normalize());
        return rel.toString().replace(rel.getFileSystem().getSeparator(), "/");
    }

    // ---------------------------------------------------------------- description

    /**
     * The first paragraph of a program's page: what it decides, from its title, its citations and
     * its declared rules; preceded by the bundle's
     * {@code <program id>.description} message where the program provides one.
     *
     * @param program the program, not null
     * @param lang    the language, not null
     * @return the paragraph (Markdown), not null
     */
    public String description(Program<?, ?> program, Language lang) {
        return description(analyse(program), lang);
    }

    private String description(ProgramPage page, Language lang) {
        Program<?, ?> p = page.program();
        StringBuilder sb = new StringBuilder();
        String own = p.id() + ".description";
        if (explainer.hasMessage(own, lang)) {
            sb.append(prose(explainer.text(own, lang, Map.of()), lang)).append("\n\n");
        }
        List<String> basis = grouped(p.citations(), lang, false);
        Set<String> reached = new LinkedHashSet<>();
        for (Outcome o : Outcome.values()) {
            for (Example e : page.examples()) {
                if (e.check().decision() != null && e.check().decision().outcome() == o) {
                    reached.add(ReviewerLabels.outcome(o, lang));
                    break;
                }
            }
        }
        String schema = "../../schemas/" + p.id() + ".facts.schema.json";
        int n = p.rules().size();
        int m = p.parameters().size();
        if (lang == Language.ZH) {
            sb.append("**")
                    .append(p.title().zh())
                    .append("**（程序标识 `")
                    .append(p.id())
                    .append("`）根据案件事实（结构见 [`")
                    .append(p.id())
                    .append(".facts.schema.json`](")
                    .append(schema)
                    .append(")）和案件所在地区、认定日期有效的政策参数作出认定，依据")
                    .append(String.join("；", basis))
                    .append("。它依次适用下列 ")
                    .append(n)
                    .append(" 项条件，读取 ")
                    .append(m)
                    .append(" 个政策参数，结论为符合、不符合、需人工审核或暂不能认定（缺少本地参数）之一");
            sb.append(reached.isEmpty() ? "。" : "；示例案件得出" + String.join("、", reached) + "的结论。");
        } else {
            sb.append("**")
                    .append(p.title().en())
                    .append("** (")
                    .append(p.title().zh())
                    .append("), program id `")
                    .append(p.id())
                    .append("`, decides a case from its facts (see [")
                    .append(p.id())
                    .append(".facts.schema.json](")
                    .append(schema)
                    .append(")) and the policy values in force at the case's")
                    .append(" region and date, under ")
                    .append(String.join("; ", basis))
                    .append(". It applies the ")
                    .append(n)
                    .append(n == 1 ? " condition" : " conditions")
                    .append(" below, reads ")
                    .append(m)
                    .append(m == 1 ? " policy parameter" : " policy parameters")
                    .append(
                            " and decides ELIGIBLE, INELIGIBLE, NEEDS_REVIEW (a caseworker decides) or UNDETERMINED (a value is not configured)");
            sb.append(reached.isEmpty() ? "." : "; its example cases reach " + String.join(", ", reached) + ".");
        }
        return sb.toString();
    }

    // ---------------------------------------------------------------- pages

    private static String dir(Language lang) {
        return lang == Language.ZH ? "zh" : "en";
    }

    private static String t(Language lang, String en, String zh) {
        return lang == Language.ZH ? zh : en;
    }

    private static String header(Language lang) {
        return "<!-- "
                + t(
                        lang,
                        "Generated by org.minzheng.examples.docs.PolicyBookWriter from the program registry, the shipped policy data and examples/cases. Do not edit; regenerate with: ",
                        "由 org.minzheng.examples.docs.PolicyBookWriter 根据程序注册表、随附政策数据和 examples/cases 生成，请勿手工编辑；重新生成：")
                + REGENERATE + " -->\n\n";
    }

    private String index(List<ProgramPage> pages, Language lang) {
        StringBuilder sb = new StringBuilder(header(lang));
        sb.append(t(lang, "# The minzheng policy book\n\n", "# 民政政策手册（`minzheng`）\n\n"));
        sb.append(t(lang, "[中文](../zh/index.md)\n\n", "[英文版](../en/index.md)\n\n"));
        sb.append(t(
                lang,
                "Every program minzheng implements: what it decides, the conditions it applies in order with the article of the law"
                        + " each comes from, the policy values it reads with every dated value per region and its grade, and its example"
                        + " cases. The pages are generated from the code, the shipped policy data and `examples/cases`, so they cannot"
                        + " drift from what the SDK does; the test `PolicyBookTest` fails when they are stale.\n\n",
                "`minzheng` 实现的每一项政策程序：认定什么、依次适用哪些条件及其法条依据、读取哪些政策参数（按地区列出每个有效期的取值及其来源等级），以及示例案件。"
                        + "本手册由代码、随附政策数据和 `examples/cases` 生成，与程序的实际行为一致；内容过期时测试 `PolicyBookTest` 会失败。\n\n"));
        sb.append(t(
                lang,
                "Grades: **OFFICIAL** — stated by the cited official text; **DERIVED** — computed from an official value by a cited rule."
                        + " A parameter with no value for a region is *not configured*: a decision that needs it is UNDETERMINED and names"
                        + " the key. The JSON Schemas of every program's facts and of the decision record are in [docs/schemas](../../schemas/);"
                        + " how to change policy data is in [making-policy-changes.md](../../making-policy-changes.md).\n\n",
                "来源等级：**官方** —— 所引官方文本明确规定的数值；**推算** —— 按所引规则由官方数值计算得出。某地区没有取值的参数为“未配置”："
                        + "需要它的认定结论为暂不能认定，并列出该参数。各程序事实数据及认定记录的结构描述文件见 [`docs/schemas`](../../schemas/)；"
                        + "修改政策数据的流程见 [`making-policy-changes.md`](../../making-policy-changes.md)。"
                        + "工作报告和新闻报道只用来说明某个数值，并注明其性质，从不作为规则的法律依据；"
                        + "文件链接指向发布机关自己的发布页面或国家法律法规数据库，未找到的注明“未记录官方文本链接”。\n\n"));
        sb.append(t(
                lang,
                "| program | title | rules | rule outcomes with an example (exercised / declared) | parameters (with a value / read) | example cases |\n",
                "| 程序 | 名称 | 规则 | 有示例的规则结论（已触及 / 已声明） | 参数（已有取值 / 读取） | 示例案件 |\n"));
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        int exercised = 0;
        int declared = 0;
        for (ProgramPage p : pages) {
            int configured = 0;
            for (ParameterKey<?> k : p.program().parameters()) {
                if (!book.timelines(k).isEmpty()) {
                    configured++;
                }
            }
            sb.append("| [`")
                    .append(p.program().id())
                    .append("`](")
                    .append(p.program().id())
                    .append(".md) | ")
                    .append(cell(p.program().title().in(lang)))
                    .append(" | ")
                    .append(p.program().rules().size())
                    .append(" | ")
                    .append(p.exercised())
                    .append(" / ")
                    .append(p.declared())
                    .append(" | ")
                    .append(configured)
                    .append(" / ")
                    .append(p.program().parameters().size())
                    .append(" | ")
                    .append(p.examples().size())
                    .append(" |\n");
            exercised += p.exercised();
            declared += p.declared();
        }
        sb.append('\n')
                .append(t(
                        lang,
                        "Rule outcomes exercised by the example cases: " + exercised + " of " + declared
                                + " (`minzheng check --coverage examples/cases` lists those not exercised).\n",
                        "示例案件触及的规则结论：" + exercised + " / " + declared
                                + "（`minzheng check --coverage examples/cases` 列出未触及的结论）。\n"));
        sb.append('\n')
                .append(t(
                        lang,
                        "How every deadline is counted (民法典 Arts. 201–203), the reading of 法定休假日 implemented, the holiday calendar"
                                + " shipped and the programs that count a deadline: [Deadlines and the holiday calendar]("
                                + DEADLINES + ".md).\n\n",
                        "各项期限如何计算（民法典第二百零一条至第二百零三条）、对“法定休假日”的理解、随附的节假日日历以及计算期限的程序：" + "[期限与节假日日历](" + DEADLINES
                                + ".md)。\n\n"));
        sb.append(t(lang, "## How the pages are made\n\n", "## 本手册如何生成\n\n"));
        sb.append(t(
                lang,
                "Each program declares its rules (`Program.rules()`), in the order it decides them: for each, the article it"
                        + " enforces and the passage quoted, the verdicts it may record, the parameters it reads and the notes it may"
                        + " add. A page lists them as declared, with each verdict's message from the program's message bundle"
                        + " (`<rule>.<VERDICT>`), and the parameters with every dated value of the shipped data per region"
                        + " (illustrative values are never shown). The example cases of each program are decided, and each rule ×"
                        + " verdict names the cases that exercise it, or says that no example does yet.\n\n",
                "每个程序按认定顺序声明其规则（`Program.rules()`）：每条规则执行的法条及引用的原文、可能得出的结论、读取的参数和可能附加的提示。"
                        + "各页按声明列出规则，每个结论附消息文件中的文字（键为 `<规则>.<结论>`），参数列出随附数据中按地区的每个有效期取值（从不列出示例用的占位数值）。"
                        + "每个程序的示例案件均经认定，每条规则的每个结论列出触及它的案件，或注明尚无示例。\n\n"));
        sb.append(t(
                lang,
                "Regenerate after changing a program, its messages, the policy data or the example cases:\n\n",
                "修改程序、消息、政策数据或示例案件后重新生成：\n\n"));
        sb.append("```\n").append(REGENERATE).append("\n```\n");
        return sb.toString();
    }

    private String page(ProgramPage page, Language lang) {
        Program<?, ?> p = page.program();
        StringBuilder sb = new StringBuilder(header(lang));
        sb.append("# ").append(p.title().in(lang)).append(" (`").append(p.id()).append("`)\n\n");
        sb.append(t(lang, "[中文](../zh/", "[英文版](../en/"))
                .append(p.id())
                .append(".md) · ")
                .append(t(lang, "[All programs](index.md)", "[全部程序](index.md)"))
                .append("\n\n");
        sb.append(description(page, lang)).append("\n\n");
        if (countsDeadlines(page)) {
            sb.append(t(lang, "## Deadlines\n\n", "## 期限\n\n"))
                    .append(deadlineLine(page, lang))
                    .append(' ')
                    .append(t(
                            lang,
                            "How periods are counted and which days are rest days: [Deadlines and the holiday calendar](",
                            "期间如何计算、哪些日子是休假日：[期限与节假日日历]("))
                    .append(DEADLINES)
                    .append(t(lang, ".md).\n\n", ".md)。\n\n"));
        }

        sb.append(t(lang, "## Legal basis\n\n", "## 法律依据\n\n"));
        for (String line : grouped(p.citations(), lang, true)) {
            sb.append("- ").append(line).append('\n');
        }
        sb.append('\n');

        sb.append(t(lang, "## Rules\n\n", "## 规则\n\n"));
        sb.append(
                t(
                        lang,
                        "In the order the program decides them, as it declares them. Each verdict's message is what an explanation says"
                                + " (`{name}` is a figure of the case); the last column lists the example cases whose decision records it.\n\n",
                        "按程序认定的顺序，依其声明列出。每项条件先列出其执行的条款、条文摘录和对条文的理解，再列出各结论的消息，即解释文本所用文字（`{name}` 为案件中的数值）；最后一列为认定记录中得出该结论的示例案件。\n\n"));
        int i = 0;
        for (Rule r : p.rules()) {
            rule(sb, ++i, r, page, lang);
        }
        if (p.rules().isEmpty()) {
            sb.append(t(lang, "The program declares no rule.\n\n", "本程序未声明规则。\n\n"));
        }

        sb.append(t(lang, "## Parameters\n\n", "## 政策参数\n\n"));
        if (p.parameters().isEmpty()) {
            sb.append(t(lang, "The program reads no policy parameter.\n\n", "本程序不读取政策参数。\n\n"));
        } else {
            sb.append(t(
                    lang,
                    "Every dated value in the shipped data, by region (a region without its own value inherits its parent's; `*`:"
                            + " the source gives the value but not the exact start date, and the value applies from the earliest date a"
                            + " source proves it in force; **default**: a value the text gives as a default (一般指, 一般不超过…) that"
                            + " the named local level and those below it may replace, and a decision that inherits it warns; a source"
                            + " date: the date as of which a report states the value, and a decision more than "
                            + PolicySnapshot.STALENESS_HORIZON_MONTHS + " months later warns that it may be outdated)."
                            + " `minzheng params --key KEY` shows the file and line of each.\n\n",
                    "随附数据中每个有效期的取值，按地区列出（没有自身取值的地区沿用上级地区的取值；`*`：来源给出了数值但未给出确切起始日期，"
                            + "自来源能证明其施行的最早日期起适用；**一般性数值**：文件以“一般指”“一般不超过”等表述给出、所列地方层级及以下可另行规定的数值，"
                            + "沿用该数值的认定结论会提示；来源日期：报告载明该数值所依据的日期，认定日期晚于该日期 "
                            + PolicySnapshot.STALENESS_HORIZON_MONTHS + " 个月以上时提示数值可能已过时）。"
                            + "`minzheng params --key KEY` 可显示每个取值所在的文件和行。\n\n"));
            sb.append(t(
                    lang,
                    "| key | meaning | unit | allowed values | regions with a value |\n",
                    "| 参数 | 含义 | 单位 | 允许的取值 | 有取值的地区 |\n"));
            sb.append("| --- | --- | --- | --- | --- |\n");
            for (ParameterKey<?> k : p.parameters()) {
                Map<RegionCode, ? extends Timeline<?>> tl = book.timelines(k);
                List<String> regions = new ArrayList<>();
                tl.keySet().forEach(rc -> regions.add(rc + " " + regionName(rc, lang)));
                sb.append("| [`")
                        .append(k.name())
                        .append("`](#")
                        .append(anchor(k.name()))
                        .append(") | ")
                        .append(prose(cell(lang == Language.ZH ? k.descriptionZh() : k.descriptionEn()), lang))
                        .append(" | ")
                        .append(lang == Language.ZH ? ReviewerLabels.unit(k.unit(), lang) : "`" + k.unit() + "`")
                        .append(" | ")
                        .append(allowed(k, lang))
                        .append(" | ")
                        .append(
                                regions.isEmpty()
                                        ? t(lang, "**not configured**", "**未配置**")
                                        : cell(String.join(", ", regions)))
                        .append(" |\n");
            }
            sb.append('\n');
            for (ParameterKey<?> k : p.parameters()) {
                parameter(sb, k, lang);
            }
        }

        sb.append(t(lang, "## Example cases\n\n", "## 示例案件\n\n"));
        if (page.examples().isEmpty()) {
            sb.append(t(lang, "None yet.\n", "暂无。\n"));
        } else {
            sb.append(t(
                    lang,
                    "Each case is decided with the shipped data (`official`) or with the illustrative overlay added (`illustrative`:"
                            + " placeholder values, not policy). `minzheng check --coverage examples/cases` replays them and counts the"
                            + " rule outcomes they exercise.\n\n",
                    "每个案件使用随附数据（`official`）或加上示例覆盖数据（`illustrative`：仅为演示的占位数值，并非政策）认定。"
                            + "示例数据得出的结论仅为演示。"
                            + "`minzheng check --coverage examples/cases` 可重放全部案件并统计其触及的规则结论。\n\n"));
            sb.append(t(lang, "| case | pack | expected | decided |\n", "| 案件 | 数据 | 预期结论 | 实际结论 |\n"));
            sb.append("| --- | --- | --- | --- |\n");
            for (Example e : page.examples()) {
                sb.append("| ")
                        .append(link(e, lang))
                        .append(" | ")
                        .append(pack(e.check().pack(), lang))
                        .append(" | ")
                        .append(outcomeText(e.check().expected(), lang))
                        .append(" | ")
                        .append(outcomeText(e.check().actual(), lang))
                        .append(e.check().passed() ? "" : t(lang, " (**does not match**)", "（**不一致**）"))
                        .append(" |\n");
            }
        }
        return sb.toString();
    }

    /** One rule: its article and quote, its parameters, its notes, and a row per verdict with its message and examples. */
    private void rule(StringBuilder sb, int number, Rule r, ProgramPage page, Language lang) {
        sb.append("### ").append(number).append(". `").append(r.id()).append("`\n\n");
        List<String> basis = new ArrayList<>();
        basis.add(article(r.citation(), lang));
        for (Citation c : r.alsoCites()) {
            basis.add(article(c, lang));
        }
        sb.append(t(lang, "Legal basis: ", "法律依据："))
                .append(String.join(t(lang, "; ", "；"), basis))
                .append("\n\n");
        if (r.quote() != null) {
            sb.append(t(lang, "Text of the article:\n\n", "条文摘录：\n\n"));
            for (String line : r.quote().strip().split("\n")) {
                sb.append("> ").append(escape(line.strip())).append('\n');
            }
            sb.append('\n');
        } else {
            sb.append(t(lang, "The passage is not quoted here: read the article cited.\n\n", "此处未摘录条文，请查阅所引条款。\n\n"));
        }
        if (r.reading(lang) != null) {
            sb.append(t(lang, "**Reading**: ", "**理解**："))
                    .append(escape(r.reading(lang)))
                    .append(t(lang, ".\n\n", "。\n\n"));
        }
        if (r.parameters().isEmpty()) {
            sb.append(t(lang, "Reads no parameter.\n\n", "不读取政策参数。\n\n"));
        } else {
            sb.append(t(lang, "Reads:\n\n", "读取：\n\n"));
            for (ParameterKey<?> k : r.parameters()) {
                String allowed = k.allowedText();
                sb.append("- [`")
                        .append(k.name())
                        .append("`](#")
                        .append(anchor(k.name()))
                        .append(") — ")
                        .append(prose(escape(lang == Language.ZH ? k.descriptionZh() : k.descriptionEn()), lang))
                        .append(
                                lang == Language.ZH
                                        ? "；单位：" + ReviewerLabels.unit(k.unit(), lang)
                                        : "; unit `" + k.unit() + "`")
                        .append(allowed.isEmpty() ? "" : t(lang, "; allowed `", "；允许 `") + allowed + "`")
                        .append(t(lang, "; in force: ", "；有效取值："))
                        .append(inForce(k, lang))
                        .append('\n');
            }
            sb.append('\n');
        }
        if (!r.notes().isEmpty()) {
            sb.append(t(lang, "May add:\n\n", "可能附加：\n\n"));
            for (String code : r.notes()) {
                sb.append("- `")
                        .append(code)
                        .append("` — ")
                        .append(message(code, lang))
                        .append('\n');
            }
            sb.append('\n');
        }
        sb.append(t(lang, "| verdict | message | example cases |\n", "| 结论 | 消息 | 示例案件 |\n"));
        sb.append("| --- | --- | --- |\n");
        for (Verdict v : r.verdicts()) {
            List<String> cases = new ArrayList<>();
            for (Example e : page.examples()) {
                if (e.exercises(r, v)) {
                    cases.add("[`" + e.pair().name() + "`](" + TO_ROOT
                            + repositoryPath(e.pair().caseFile()) + ")");
                }
            }
            sb.append("| ")
                    .append(ReviewerLabels.verdict(v, lang))
                    .append(" | ")
                    .append(message(r.messageKey(v), lang))
                    .append(" | ")
                    .append(cases.isEmpty() ? t(lang, "no example yet", "尚无示例") : String.join(", ", cases))
                    .append(" |\n");
        }
        sb.append('\n');
    }

    /** A citation as the catalogue names it, with a link to the instrument's text where one is recorded. */
    private String article(Citation c, Language lang) {
        return escape(explainer.cite(c, lang)) + reportLabel(c, lang) + textLink(c.instrument(), lang);
    }

    /**
     * @return a link to the instrument's text as its issuing body or the national law database
     *         publishes it, or a note that no such link is recorded
     */
    private String textLink(String instrument, Language lang) {
        return book.instruments()
                .find(instrument)
                .map(i -> i.url() == null
                        ? t(lang, " (no link to an official text recorded)", "（未记录官方文本链接）")
                        : t(lang, " ([text](", "（[原文](") + i.url() + t(lang, "))", ")）"))
                .orElse("");
    }

    /** A work report or a news report says so where it is cited: it shows a figure, it is no legal basis. */
    private String reportLabel(Citation c, Language lang) {
        return book.instruments()
                .find(c.instrument())
                .filter(i -> i.rank().isReport())
                .map(i -> t(
                        lang,
                        " (" + ReviewerLabels.rank(i.rank(), lang) + ": shows the figure, not a legal basis)",
                        "（" + ReviewerLabels.rank(i.rank(), lang) + "，仅说明数值，不是法律依据）"))
                .orElse("");
    }

    /** A pack's reviewer note: in Chinese pages only where it is written in Chinese. */
    private static String note(String note, Language lang) {
        if (lang == Language.ZH && note.matches("(?s).*[A-Za-z]{3,}.*")) {
            return "说明以英文写成，见英文版。";
        }
        return cell(note);
    }

    private static String pack(String pack, Language lang) {
        if (lang == Language.EN) {
            return pack;
        }
        return switch (pack) {
            case "official" -> "随附数据";
            case "illustrative" -> "示例数据";
            default -> "`" + pack + "`";
        };
    }

    /** An expected or actual outcome as the case check gives it: an outcome code, {@code ?} or {@code INVALID}. */
    private static String outcomeText(String code, Language lang) {
        if (lang == Language.EN) {
            return code;
        }
        for (Outcome o : Outcome.values()) {
            if (o.name().equals(code)) {
                return ReviewerLabels.outcome(o, lang);
            }
        }
        return switch (code) {
            case "INVALID" -> "输入无效";
            case "?" -> "未知";
            default -> "`" + code + "`";
        };
    }

    /** A message in a table cell, or a visible gap where the bundle lacks it. */
    private String message(String key, Language lang) {
        return explainer.hasMessage(key, lang)
                ? prose(cell(explainer.text(key, lang, Map.of())), lang)
                : t(lang, "**no message** (`" + key + "`)", "**无消息**（`" + key + "`）");
    }

    private static String allowed(ParameterKey<?> k, Language lang) {
        String a = k.allowedText();
        return a.isEmpty()
                ? t(lang, "any " + k.type().name(), "任意" + ReviewerLabels.type(k.type(), lang))
                : "`" + cell(a) + "`";
    }

    /** A message's placeholders, {@code {name}}, as code, so that no identifier reads as text. */
    static String placeholdersAsCode(String message) {
        return message.replaceAll("(?<!`)(\\{[A-Za-z][A-Za-z0-9]*\\})(?!`)", "`$1`");
    }

    private static final java.util.regex.Pattern IDENTIFIER = java.util.regex.Pattern.compile(
            "(?<![A-Za-z0-9_./-])(?:[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+|[A-Z]{3,}|[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*\\.(?:[a-z0-9-]+|\\*))(?![A-Za-z0-9_])");

    /**
     * Text with the identifiers it names (enumeration codes such as {@code FOREST}, parameter keys
     * such as {@code calendar.days-off}) set as code, outside the code already there.
     */
    static String identifiersAsCode(String text) {
        String[] parts = text.split("`", -1);
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                sb.append('`');
            }
            sb.append(i % 2 == 0 ? IDENTIFIER.matcher(parts[i]).replaceAll("`$0`") : parts[i]);
        }
        return sb.toString();
    }

    /** Free text in a page: in Chinese, the identifiers in it set as code. */
    private static String prose(String text, Language lang) {
        return lang == Language.ZH ? identifiersAsCode(placeholdersAsCode(text)) : text;
    }

    /** The values of a key in the shipped data, by region: the latest of each region, or not configured. */
    private <T> String inForce(ParameterKey<T> k, Language lang) {
        Map<RegionCode, Timeline<T>> timelines = book.timelines(k);
        if (timelines.isEmpty()) {
            return t(lang, "**not configured**", "**未配置**");
        }
        List<String> values = new ArrayList<>();
        timelines.forEach((region, timeline) -> {
            List<ParameterValue<T>> all = timeline.transitions();
            ParameterValue<T> last = all.get(all.size() - 1);
            values.add("`" + last.valueText() + "`" + t(lang, " (", "（") + region + " "
                    + escape(regionName(region, lang))
                    + t(lang, ", since ", "，自 ") + last.since()
                    + (last.until() == null ? "" : t(lang, " until ", " 至 ") + last.until()) + t(lang, ")", "）"));
        });
        return String.join(t(lang, "; ", "；"), values);
    }

    /** The case and its expectation, linked to the files in the module that owns them. */
    private String link(Example e, Language lang) {
        String name = e.pair().name();
        if (e.pair().caseFile() == null || e.pair().expectedFile() == null) {
            return name;
        }
        return "[`" + name + "`](" + TO_ROOT + repositoryPath(e.pair().caseFile()) + ") ([" + t(lang, "expected", "预期")
                + "](" + TO_ROOT + repositoryPath(e.pair().expectedFile()) + "))";
    }

    // ---------------------------------------------------------------- deadlines

    /** The message key in which a program says which deadline it counts and which day's law applies. */
    static String deadlinesKey(Program<?, ?> program) {
        return program.id() + ".deadlines";
    }

    /**
     * @return true if the program says it counts a deadline ({@code <id>.deadlines}) or one of its
     *         example decisions read the holiday calendar or warned that a year has no notice
     */
    boolean countsDeadlines(ProgramPage page) {
        if (explainer.hasMessage(deadlinesKey(page.program()), Language.EN)) {
            return true;
        }
        for (Example e : page.examples()) {
            Decision<?> d = e.check().decision();
            if (d == null) {
                continue;
            }
            for (ParameterValue<?> v : d.parameterValues()) {
                if (CalendarParameters.all().contains(v.key())) {
                    return true;
                }
            }
            for (Note w : d.warnings()) {
                if (w.code().equals(Periods.NOTICE_NOT_CONFIGURED)) {
                    return true;
                }
            }
        }
        return false;
    }

    private String deadlineLine(ProgramPage page, Language lang) {
        String key = deadlinesKey(page.program());
        if (explainer.hasMessage(key, lang)) {
            return prose(escape(explainer.text(key, lang, Map.of())), lang);
        }
        return t(
                lang,
                "Its example decisions read the holiday calendar: it counts a deadline as below. Its message bundle does not"
                        + " yet say which deadline and which day's law applies (message `" + key + "`).",
                "其示例案件的认定读取了节假日日历，即按下述方法计算期限。其消息文件尚未说明计算哪项期限、适用哪一日有效的法律（消息 `" + key + "`）。");
    }

    private String deadlines(List<ProgramPage> pages, Language lang) {
        StringBuilder sb = new StringBuilder(header(lang));
        sb.append(t(lang, "# Deadlines and the holiday calendar\n\n", "# 期限与节假日日历\n\n"));
        sb.append(t(lang, "[中文](../zh/", "[英文版](../en/"))
                .append(DEADLINES)
                .append(".md) · ")
                .append(t(lang, "[All programs](index.md)", "[全部程序](index.md)"))
                .append("\n\n");

        sb.append(t(lang, "## How a period is counted\n\n", "## 期间如何计算\n\n"));
        sb.append(prose(escape(explainer.text("calendar.book.count", lang, Map.of())), lang))
                .append("\n\n");
        sb.append(t(lang, "Legal basis: ", "法律依据："))
                .append(String.join(t(lang, "; ", "；"), grouped(Periods.COUNT_BASIS, lang, true)))
                .append("\n\n");

        sb.append(t(lang, "## Which days are statutory rest days (法定休假日)\n\n", "## 哪些日子是法定休假日\n\n"));
        sb.append(prose(escape(explainer.text("calendar.book.rest-days", lang, Map.of())), lang))
                .append("\n\n");
        sb.append(t(lang, "Sources of this reading:\n\n", "这一理解的依据：\n\n"));
        for (String line : grouped(Periods.REST_DAY_READING, lang, true)) {
            sb.append("- ").append(line).append('\n');
        }
        sb.append('\n');

        sb.append(t(lang, "## The holiday calendar shipped\n\n", "## 随附的节假日日历\n\n"));
        sb.append(prose(escape(explainer.text("calendar.book.no-notice", lang, Map.of())), lang))
                .append("\n\n");
        calendar(sb, lang);
        sb.append(t(lang, "The warning, as a decision gives it (`{year}`: the year): ", "警告文字（`{year}` 为年份）："))
                .append(prose(escape(explainer.text(Periods.NOTICE_NOT_CONFIGURED, lang, Map.of())), lang))
                .append("\n\n");

        sb.append(t(lang, "## Programs that count a deadline\n\n", "## 计算期限的程序\n\n"));
        sb.append(t(
                lang,
                "Each says which deadline it counts from which event, and under the law in force on which day.\n\n",
                "逐一说明计算哪项期限、自何事件起算、适用哪一日有效的法律。\n\n"));
        sb.append(t(lang, "| program | deadlines and the law applied |\n", "| 程序 | 期限及适用的法律 |\n"));
        sb.append("| --- | --- |\n");
        int listed = 0;
        for (ProgramPage p : pages) {
            if (countsDeadlines(p)) {
                listed++;
                sb.append("| [`")
                        .append(p.program().id())
                        .append("`](")
                        .append(p.program().id())
                        .append(".md) ")
                        .append(cell(p.program().title().in(lang)))
                        .append(" | ")
                        .append(cell(deadlineLine(p, lang)))
                        .append(" |\n");
            }
        }
        if (listed == 0) {
            sb.append(t(lang, "| (none) | |\n", "| （无） | |\n"));
        }
        return sb.toString();
    }

    /** The calendar rows of the shipped data, by region and year, and the years not configured. */
    private void calendar(StringBuilder sb, Language lang) {
        Map<RegionCode, Timeline<DateSet>> off = book.timelines(CalendarParameters.DAYS_OFF);
        Map<RegionCode, Timeline<DateSet>> work = book.timelines(CalendarParameters.WORKING_DAYS);
        if (off.isEmpty()) {
            sb.append(t(lang, "**No year is configured** in the shipped data.\n\n", "随附数据中**未配置任何年份**。\n\n"));
            return;
        }
        sb.append(t(
                lang,
                "| region | year | notice | days off | make-up working days | grade |\n",
                "| 地区 | 年份 | 通知 | 放假日期 | 调休上班日期 | 等级 |\n"));
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<RegionCode, Timeline<DateSet>> e : off.entrySet()) {
            Timeline<DateSet> w = work.get(e.getKey());
            List<Integer> years = new ArrayList<>();
            for (ParameterValue<DateSet> v : e.getValue().transitions()) {
                years.add(v.since().getYear());
                ParameterValue<DateSet> wv = w == null ? null : w.at(v.since()).orElse(null);
                sb.append("| ")
                        .append(e.getKey())
                        .append(' ')
                        .append(cell(regionName(e.getKey(), lang)))
                        .append(" | ")
                        .append(v.since().getYear())
                        .append(" | ")
                        .append(cell(explainer.cite(Citation.of(v.citation().instrument(), null), lang)))
                        .append(" | `")
                        .append(v.valueText())
                        .append("` | `")
                        .append(wv == null ? "—" : wv.valueText())
                        .append("` | ")
                        .append(ReviewerLabels.grade(v.grade(), lang))
                        .append(" |\n");
            }
            sb.append('\n');
            int first = years.get(0);
            int last = years.get(years.size() - 1);
            List<String> gaps = new ArrayList<>();
            for (int y = first; y <= last; y++) {
                if (!years.contains(y)) {
                    gaps.add(String.valueOf(y));
                }
            }
            sb.append(t(
                    lang,
                    "At " + e.getKey() + " " + regionName(e.getKey(), lang) + ": years " + first + " to " + last
                            + (gaps.isEmpty() ? "" : " except " + String.join(", ", gaps))
                            + " are configured; every year before "
                            + first + " and after " + last + " is not configured.\n\n",
                    e.getKey() + " " + regionName(e.getKey(), lang) + "：已配置 " + first + " 年至 " + last + " 年"
                            + (gaps.isEmpty() ? "" : "（" + String.join("、", gaps) + " 年除外）") + "；" + first + " 年以前和 "
                            + last + " 年以后的年份均未配置。\n\n"));
        }
    }

    private <T> void parameter(StringBuilder sb, ParameterKey<T> k, Language lang) {
        sb.append("### `").append(k.name()).append("`\n\n");
        sb.append(prose(sentence(lang == Language.ZH ? k.descriptionZh() : k.descriptionEn(), lang), lang));
        if (lang == Language.ZH) {
            sb.append("单位：")
                    .append(ReviewerLabels.unit(k.unit(), lang))
                    .append("（")
                    .append(ReviewerLabels.type(k.type(), lang))
                    .append("）。\n\n");
        } else {
            sb.append(" Unit: `")
                    .append(k.unit())
                    .append("` (")
                    .append(k.type().name())
                    .append(").\n\n");
        }
        Map<RegionCode, Timeline<T>> timelines = book.timelines(k);
        if (timelines.isEmpty()) {
            sb.append(t(
                    lang,
                    "**Not configured** in the shipped data: no source has been found. A decision that needs it is UNDETERMINED and"
                            + " names this key; an integrator with the local text supplies it in an overlay pack.\n\n",
                    "随附数据中**未配置**：尚未找到来源。需要它的认定结论为暂不能认定，并列出此参数；掌握当地文件的集成方可在覆盖数据包中提供。\n\n"));
            return;
        }
        sb.append(t(
                lang,
                "| region | since | until | value | grade | legal basis | pack file | note |\n",
                "| 地区 | 起始 | 截止 | 取值 | 等级 | 法律依据 | 数据文件 | 备注 |\n"));
        sb.append("| --- | --- | --- | --- | --- | --- | --- | --- |\n");
        for (Map.Entry<RegionCode, Timeline<T>> e : timelines.entrySet()) {
            for (ParameterValue<T> v : e.getValue().transitions()) {
                sb.append("| ")
                        .append(e.getKey())
                        .append(' ')
                        .append(cell(regionName(e.getKey(), lang)))
                        .append(" | ")
                        .append(v.since())
                        .append(v.sinceExact() ? "" : "*")
                        .append(" | ")
                        .append(v.until() == null ? "" : v.until().toString())
                        .append(" | `")
                        .append(v.valueText())
                        .append("` | ")
                        .append(ReviewerLabels.grade(v.grade(), lang))
                        .append(" | ")
                        .append(cell(explainer.cite(v.citation(), lang)))
                        .append(reportLabel(v.citation(), lang))
                        .append(" | `")
                        .append(file(v.source()))
                        .append("` | ")
                        .append(v.note() == null ? dating(v, lang).strip() : dating(v, lang) + note(v.note(), lang))
                        .append(" |\n");
            }
        }
        sb.append('\n');
    }

    /** What the note column says first about a value's dating and defaults, or nothing. */
    private static String dating(ParameterValue<?> v, Language lang) {
        StringBuilder sb = new StringBuilder();
        if (v.replaceableBy() != null) {
            String level = switch (v.replaceableBy()) {
                case PROVINCE -> t(lang, "the province", "省级");
                case PREFECTURE -> t(lang, "the city", "设区的市级");
                default -> t(lang, "the county", "县级");
            };
            sb.append(t(
                    lang,
                    "**Default**: " + level
                            + " level and those below it may replace it; a decision that inherits it warns. ",
                    "**一般性数值**：" + level + "及以下可另行规定；沿用此数值的认定结论会提示。"));
        }
        if (v.sourceDate() != null) {
            sb.append(t(
                    lang,
                    "Source date " + v.sourceDate() + ": decisions after "
                            + v.sourceDate().plusMonths(PolicySnapshot.STALENESS_HORIZON_MONTHS)
                            + " warn that it may be outdated. ",
                    "来源日期 " + v.sourceDate() + "：认定日期晚于 "
                            + v.sourceDate().plusMonths(PolicySnapshot.STALENESS_HORIZON_MONTHS) + " 时提示可能已过时。"));
        }
        return sb.toString();
    }

    /**
     * Citations grouped by instrument, in order: {@code reference article, article}.
     *
     * @param link add a link to the instrument's text where one is recorded
     */
    private List<String> grouped(List<Citation> citations, Language lang, boolean link) {
        Map<String, List<String>> byInstrument = new LinkedHashMap<>();
        for (Citation c : citations) {
            List<String> articles = byInstrument.computeIfAbsent(c.instrument(), k -> new ArrayList<>());
            if (c.article() != null && !articles.contains(c.article())) {
                articles.add(c.article());
            }
        }
        List<String> lines = new ArrayList<>();
        byInstrument.forEach((instrument, articles) -> {
            StringBuilder sb = new StringBuilder(escape(book.instruments()
                    .find(instrument)
                    .map(i -> lang == Language.ZH ? CitationFormat.zh(i, articles) : CitationFormat.en(i, articles))
                    .orElseGet(() -> explainer.cite(Citation.of(instrument, null), lang))));
            sb.append(reportLabel(Citation.of(instrument, null), lang));
            if (link) {
                sb.append(textLink(instrument, lang));
            }
            lines.add(sb.toString());
        });
        return lines;
    }

    private String regionName(RegionCode code, Language lang) {
        return book.regions()
                .find(code)
                .map(r -> lang == Language.ZH ? r.nameZh() : r.nameEn())
                .orElse("");
    }

    /** {@code org/minzheng/x/policy/huzhou.yaml:12} → {@code org/minzheng/x/policy/huzhou.yaml}. */
    private static String file(String source) {
        int colon = source.lastIndexOf(':');
        return colon > 0 ? source.substring(0, colon) : source;
    }

    /** GitHub's heading anchor of a parameter heading {@code `a.b-c`}: {@code ab-c}. */
    static String anchor(String keyName) {
        StringBuilder sb = new StringBuilder();
        for (char c : keyName.toLowerCase(java.util.Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
                sb.append(c);
            }
        }
        return sb.toString();
    }

    /** A description as a sentence: capitalised, ending with a full stop. */
    private static String sentence(String s, Language lang) {
        String e = escape(s.strip());
        if (e.isEmpty()) {
            return e;
        }
        if (lang == Language.EN) {
            e = Character.toUpperCase(e.charAt(0)) + e.substring(1);
            return e.endsWith(".") ? e : e + ".";
        }
        return e.endsWith("。") ? e : e + "。";
    }

    /** Text safe in a table cell: no pipe, no line break, no HTML. */
    static String cell(String s) {
        return escape(s).replace("|", "\\|").replace("\r", " ").replace("\n", " ");
    }

    private static String escape(String s) {
        return s.replace("<", "&lt;").replace(">", "&gt;");
    }
}
