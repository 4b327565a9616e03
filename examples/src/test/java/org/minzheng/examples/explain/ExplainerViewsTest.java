package org.minzheng.examples.explain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.cases.CaseRunner;
import org.minzheng.core.decision.CitizenNotice;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Explainer.View;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * Two views of one decision (issue 20): the citizen's notice (群众版: outcome, amount, the reasons
 * with their legal basis, what the person can do next — for social assistance the right to
 * administrative review or litigation of 社会救助暂行办法 第六十五条 — cautions, date, reference) and
 * the reviewer's view (审核版: every condition, figure, source, grade and the fingerprint), in
 * Chinese and in English.
 */
class ExplainerViewsTest {

    static final ProgramRegistry PROGRAMS = ProgramRegistry.loadDefault();
    static final PolicyBook OFFICIAL = PolicyBook.loadDefault();
    static final Explainer EXPLAINER = Explainer.of(PROGRAMS, IllustrativeOverlay.book());

    private static CaseFile read(CaseRunner runner, String name) throws IOException {
        return runner.read(Files.readString(Path.of("cases", name + ".json"), StandardCharsets.UTF_8));
    }

    private static Decision<?> decide(String name) throws IOException {
        CaseRunner runner =
                CaseRunner.of(PROGRAMS, name.contains("illustrative") ? IllustrativeOverlay.book() : OFFICIAL);
        return runner.decide(read(runner, name));
    }

    @Test
    void huzhouFamilyOfThree_citizensNotice_givesOfficeOutcomeAmountReasonsAndTheRightOfReview_art65()
            throws IOException {
        Decision<?> d = decide("dibao/huzhou-2024-family-of-three-below-standard");
        CitizenNotice n = EXPLAINER.notice(d, Language.ZH);
        assertThat(n.office()).isEqualTo("湖州市民政局");
        assertThat(n.programTitle()).isEqualTo("最低生活保障");
        assertThat(n.applicant()).isEmpty();
        assertThat(n.outcome()).isEqualTo("符合最低生活保障条件");
        assertThat(n.amount()).contains("每月1435元");
        assertThat(n.reasons())
                .anySatisfy(r -> assertThat(r.text()).contains("低于低保标准").contains("1145元"))
                .allSatisfy(r -> assertThat(r.basis()).startsWith("《"));
        assertThat(n.nextSteps())
                .singleElement()
                .satisfies(s -> assertThat(s).contains("行政复议").contains("行政诉讼").contains("《社会救助暂行办法》第六十五条"));
        assertThat(n.cautions()).isEmpty();
        assertThat(n.date()).isEqualTo(d.date());
        assertThat(n.reference()).isEqualTo(d.policyFingerprint().substring(0, 12));

        String citizen = EXPLAINER.explain(d, Language.ZH, View.CITIZEN);
        assertThat(citizen)
                .isEqualTo(EXPLAINER.render(n))
                .startsWith("湖州市民政局\n最低生活保障认定结果告知\n")
                .contains("金额：每月1435元", "日期：2024年12月31日", "编号：" + n.reference())
                .doesNotContain(d.policyFingerprint(), "校验码", "dibao", "【", "审核版");
    }

    @Test
    void huzhouFamilyOfThree_reviewersView_showsEveryConditionValueSourceGradeAndTheFingerprint() throws IOException {
        Decision<?> d = decide("dibao/huzhou-2024-family-of-three-below-standard");
        String reviewer = EXPLAINER.explain(d, Language.ZH, View.REVIEWER);
        assertThat(reviewer)
                .isEqualTo(EXPLAINER.explain(d, Language.ZH))
                .startsWith("最低生活保障（审核版）\n认定地区：湖州市；政策日期：2024年12月31日\n")
                .contains(
                        "【符合】",
                        "【说明】",
                        "其中最低生活保障标准由湖州市规定（正式文件规定）",
                        "本次认定采用的政策数值：",
                        "最低生活保障标准：1145元，湖州市规定，自2024年12月31日起施行（正式文件规定）",
                        "政策数值校验码：" + d.policyFingerprint())
                .doesNotContain("dibao.standard", "政策指纹", "哪些变化会改变结果", "本库", "OFFICIAL", "330500");
    }

    @Test
    void english_followsTheSameSplit() throws IOException {
        Decision<?> d = decide("dibao/huzhou-2024-family-of-three-below-standard");
        String citizen = EXPLAINER.explain(d, Language.EN, View.CITIZEN);
        assertThat(citizen)
                .startsWith("Civil Affairs Bureau of Huzhou\n")
                .contains(
                        "Decision: You meet the conditions for",
                        "Amount: 1,435.00 yuan a month",
                        "Date: 31 December 2024")
                .contains("administrative review")
                .doesNotContain(d.policyFingerprint(), "fingerprint");
        assertThat(EXPLAINER.explain(d, Language.EN, View.REVIEWER))
                .contains("(reviewer's view)", "Region: Huzhou; policy date: 31 December 2024", "(official)")
                .contains("Policy fingerprint: " + d.policyFingerprint());
    }

    @Test
    void refusal_givesOnlyTheConditionsNotMet_asReasons_andNoAmount() throws IOException {
        Decision<?> d = decide("dibao/huzhou-2024-income-equal-to-standard");
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        CitizenNotice n = EXPLAINER.notice(d, Language.ZH);
        assertThat(n.outcome()).isEqualTo("不符合最低生活保障条件");
        assertThat(n.amount()).isEmpty();
        long notMet = d.findings().stream()
                .filter(f -> f.verdict() == Verdict.NOT_MET)
                .count();
        assertThat(n.reasons()).hasSize((int) notMet).isNotEmpty();
    }

    @Test
    void localValueNotSet_says本地标准尚未明确_andWhatHappensNext_neverTheKeyName() throws IOException {
        Decision<?> d = decide("dibao/huzhou-2024-savings-limit-not-configured");
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        CitizenNotice n = EXPLAINER.notice(d, Language.ZH);
        assertThat(n.outcome()).isEqualTo("本地有关标准尚未明确，暂不能认定是否符合最低生活保障条件");
        assertThat(n.amount()).isEmpty();
        assertThat(n.cautions())
                .isNotEmpty()
                .allSatisfy(c -> assertThat(c).startsWith("本地").contains("尚未明确").doesNotContainPattern("[A-Za-z]"));
        assertThat(n.nextSteps()).first().asString().contains("将重新作出认定").contains("湖州市民政局");
        assertThat(EXPLAINER.explain(d, Language.ZH, View.REVIEWER))
                .contains("下列本地标准尚未明确")
                .doesNotContain("dibao.asset");
    }

    @Test
    void illustrativeValueUsed_theNoticeWarnsThatTheyAreExampleValues_notPolicy() throws IOException {
        Decision<?> d = decide("dibao/illustrative-savings-over-the-limit");
        assertThat(d.usedIllustrativeValues()).isTrue();
        assertThat(EXPLAINER.notice(d, Language.ZH).cautions()).contains("本决定使用了示例数值，这些数值并非政策规定；本决定仅作演示，不能作为办理依据。");
        assertThat(EXPLAINER.notice(d, Language.EN).cautions())
                .anySatisfy(c -> assertThat(c).contains("example values that are not policy"));
    }

    @Test
    void countyDecision_isNoticedByTheCountyOffice() throws IOException {
        Path dir = Path.of("cases");
        try (var files = Files.walk(dir, 2, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            Path wuxing = files.filter(
                            p -> p.toString().endsWith(".json") && !p.toString().endsWith(".expected.json"))
                    .filter(p -> {
                        try {
                            return Files.readString(p).contains("\"region\": \"330502\"");
                        } catch (IOException e) {
                            throw new java.io.UncheckedIOException(e);
                        }
                    })
                    .findFirst()
                    .orElseThrow();
            String name = dir.relativize(wuxing).toString().replace(".json", "");
            Decision<?> d = decide(name);
            assertThat(EXPLAINER.notice(d, Language.ZH).office()).isEqualTo("吴兴区民政局");
        }
    }

    @Test
    void estateQuery_namesTheApplicant_masked_neverInFull() throws IOException {
        CaseRunner runner = CaseRunner.of(PROGRAMS, OFFICIAL);
        CaseFile c = read(runner, "estate-query/child-all-documents-granted-validity-not-configured");
        Decision<?> d = runner.decide(c);
        for (Language lang : Language.values()) {
            CitizenNotice n = EXPLAINER.notice(d, runner.facts(c), lang);
            assertThat(n.applicant()).contains("沈* 3305**********0420");
            String text = EXPLAINER.render(n);
            assertThat(text).contains("沈*").doesNotContain("沈丽", "330502197506200420");
            assertThat(n.toString()).doesNotContain("沈丽", "330502197506200420");
        }
        assertThat(EXPLAINER.notice(d, Language.ZH).applicant()).isEmpty();
        // a program outside social assistance: the general right of review and litigation
        assertThat(EXPLAINER.notice(d, Language.ZH).nextSteps())
                .singleElement()
                .asString()
                .contains("《中华人民共和国行政复议法》")
                .doesNotContain("第六十五条");
    }
}
