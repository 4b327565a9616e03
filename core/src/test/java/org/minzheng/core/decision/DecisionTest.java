package org.minzheng.core.decision;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterType;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.testing.TestRules;

class DecisionTest {

    static final ParameterKey<Money> STD =
            ParameterKey.of("decision-test.standard", ParameterType.MONEY, "CNY/person/month", "标准", "standard");
    static final ParameterKey<Money> MISSING =
            ParameterKey.of("decision-test.missing", ParameterType.MONEY, "CNY", "缺", "missing");
    static final Citation CITE = Citation.of("r", "第一条");

    static PolicySnapshot snapshot(String grade, boolean exact) {
        String yaml = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
                + "instruments:\n  - {id: r, title: 规则, titleEn: Rule, issuer: 机关, documentNumber: 测〔2020〕1号, rank: NORMATIVE_DOCUMENT}\n"
                + "values:\n  - {key: decision-test.standard, region: \"330500\", since: 2024-01-01, value: \"1145.00\","
                + " unit: CNY/person/month, grade: " + grade + ", sinceExact: " + exact
                + ", citation: {instrument: r, article: 第二条}}\n";
        PolicyBook.Builder b = PolicyBook.builder().addKeys("t", List.of(STD, MISSING));
        b = grade.equals("ILLUSTRATIVE")
                ? b.addOverlay(PolicySource.ofText("t.yaml", yaml))
                : b.addSource(PolicySource.ofText("t.yaml", yaml));
        return b.build().snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 1));
    }

    static Decision<Money> decideSample(PolicySnapshot s, long incomeFen, boolean readMissing) {
        RuleContext ctx = RuleContext.start("sample", s);
        Money std = ctx.param(STD);
        Money income = Money.ofFen(incomeFen);
        ctx.record(
                TestRules.rule("sample.income-below-standard", CITE),
                income.isLessThan(std) ? Verdict.MET : Verdict.NOT_MET,
                "income",
                income,
                "standard",
                std);
        if (readMissing) {
            Money m = ctx.param(MISSING);
            ctx.record(TestRules.rule("sample.other", CITE), m == null ? Verdict.UNDETERMINED : Verdict.MET);
        }
        if (!income.isLessThan(std)) {
            ctx.counterfactual("sample.gap", "gap", income.minus(std));
        }
        return ctx.decide(std.minus(income).atLeastZero());
    }

    @Test
    void outcome_combinesVerdicts() {
        assertThat(Outcome.combine(List.of(Verdict.MET, Verdict.INFO, Verdict.NOT_APPLICABLE)))
                .isEqualTo(Outcome.ELIGIBLE);
        assertThat(Outcome.combine(List.of(Verdict.UNDETERMINED, Verdict.NOT_MET)))
                .isEqualTo(Outcome.INELIGIBLE);
        assertThat(Outcome.combine(List.of(Verdict.UNDETERMINED, Verdict.NEEDS_REVIEW)))
                .isEqualTo(Outcome.UNDETERMINED);
        assertThat(Outcome.combine(List.of(Verdict.MET, Verdict.NEEDS_REVIEW))).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(Outcome.combine(List.of())).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void missingParameter_makesTheDecisionUndeterminedAndNamesIt() {
        Decision<Money> d = decideSample(snapshot("OFFICIAL", true), 100_00, true);
        assertThat(d.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(d.missingParameters())
                .containsExactly(new MissingParameter("decision-test.missing", "CNY", RegionCode.of("330500")));
        // but a condition not met still decides
        assertThat(decideSample(snapshot("OFFICIAL", true), 2000_00, true).outcome())
                .isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void illustrativeAndInexactValues_areNeverSilent() {
        Decision<Money> d = decideSample(snapshot("ILLUSTRATIVE", false), 100_00, false);
        assertThat(d.usedIllustrativeValues()).isTrue();
        assertThat(d.warnings())
                .extracting(Note::code)
                .containsExactly("policy.illustrative-value", "policy.since-not-exact");
        assertThat(decideSample(snapshot("OFFICIAL", true), 100_00, false).warnings())
                .isEmpty();
    }

    @Test
    void json_isByteIdenticalForEqualDecisions_andGolden() {
        Decision<Money> a = decideSample(snapshot("OFFICIAL", true), 1200_00, false);
        Decision<Money> b = decideSample(snapshot("OFFICIAL", true), 1200_00, false);
        assertThat(Json.pretty(a)).isEqualTo(Json.pretty(b));
        assertThat(a).isEqualTo(b);
        String json = Json.pretty(a);
        assertThat(json)
                .startsWith("{\n  \"schemaVersion\" : \"1\",\n  \"program\" : \"sample\",\n  \"region\" : \"330500\",\n"
                        + "  \"date\" : \"2024-12-01\",\n  \"outcome\" : \"INELIGIBLE\",\n  \"result\" : \"0.00\",\n");
        assertThat(json)
                .contains(
                        "\"income\" : \"1200.00\"",
                        "\"standard\" : \"1145.00\"",
                        "\"gap\" : \"55.00\"",
                        "\"grade\" : \"OFFICIAL\"",
                        "\"policyFingerprint\" : \"" + a.policyFingerprint() + "\"");
        assertThat(a.policyFingerprint()).isEqualTo(PolicySnapshot.fingerprint(a.parameterValues()));
    }

    @Test
    void explainer_rendersBothLanguagesFromMessageKeys() {
        Decision<Money> d = decideSample(snapshot("ILLUSTRATIVE", true), 1200_00, true);
        Explainer ex = Explainer.of(
                List.of("org.minzheng.core.decision.testmessages"),
                getClass().getClassLoader(),
                snapshot("OFFICIAL", true).instruments());
        String zh = ex.explain(d, "示例", Language.ZH);
        assertThat(zh)
                .contains(
                        "示例（审核版）",
                        "认定结果：不符合条件",
                        "【不符合】 家庭收入 1200元 不低于标准 1145元",
                        "依据：《规则》（测〔2020〕1号）第一条",
                        "收入高出标准 55元",
                        "本地decision-test.missing尚未明确（330500）",
                        "是示例数值，并非政策规定");
        String en = ex.explain(d, "Sample", Language.EN);
        assertThat(en)
                .contains(
                        "Decision: not eligible",
                        "[not met] income 1,200.00 yuan is not below the standard 1,145.00 yuan",
                        "Legal basis: Rule (测〔2020〕1号), Art. 1",
                        "ILLUSTRATIVE value used");
        // a key with no message is visible, not silent
        assertThat(en).contains("sample.other.UNDETERMINED");
    }
}
