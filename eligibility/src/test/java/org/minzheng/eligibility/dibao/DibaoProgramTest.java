package org.minzheng.eligibility.dibao;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.json.Json;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;

class DibaoProgramTest {

    static final PolicySnapshot HUZHOU_2024 =
            PolicyBook.loadDefault().snapshot(RegionCode.of("330500"), LocalDate.of(2024, 12, 31));
    static final DibaoProgram DIBAO = new DibaoProgram();

    static Household family(long monthlyIncomeFen) {
        return ImmutableHousehold.builder()
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.APPLICANT)
                        .birthDate(LocalDate.of(1980, 3, 1))
                        .build())
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.SPOUSE)
                        .birthDate(LocalDate.of(1982, 5, 1))
                        .build())
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.CHILD)
                        .birthDate(LocalDate.of(2012, 9, 1))
                        .build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(0)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.ofFen(monthlyIncomeFen))
                        .build())
                .build();
    }

    @Test
    void huzhou2024_familyOfThree_belowStandard_isEligibleForTheDifference() {
        Decision<DibaoResult> d = DIBAO.decide(family(2000_00), HUZHOU_2024);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().monthlyAmount()).contains(Money.parse("1435.00"));
        assertThat(d.result().orElseThrow().reviewMonths()).isEqualTo(12);
        assertThat(d.warnings()).extracting(n -> n.code()).containsExactly("policy.since-not-exact");
    }

    @Test
    void huzhou2024_incomeEqualToTheStandard_isNotBelowIt() {
        Decision<DibaoResult> d = DIBAO.decide(family(3435_00), HUZHOU_2024);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.finding(DibaoProgram.INCOME_BELOW_STANDARD.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.NOT_MET);
        Decision<DibaoResult> justBelow = DIBAO.decide(family(3434_99), HUZHOU_2024);
        assertThat(justBelow.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(justBelow.result().orElseThrow().monthlyAmount()).contains(Money.ofFen(1));
    }

    @Test
    void explanation_readsInBothLanguages() {
        Decision<DibaoResult> d = DIBAO.decide(family(2000_00), HUZHOU_2024);
        Explainer ex =
                Explainer.of(List.of(DIBAO.messageBundle()), getClass().getClassLoader(), HUZHOU_2024.instruments());
        assertThat(ex.explain(d, DIBAO.title().zh(), Language.ZH))
                .contains(
                        "认定结果：符合条件",
                        "【符合】 家庭人均月收入666.67元，低于低保标准1145元（按3人计算）",
                        "依据：《最低生活保障审核确认办法》（民发〔2021〕57号）第七条",
                        "每月低保金1435元＝低保标准1145元×3人－家庭月收入2000元",
                        "第3人：子女（未成年子女，第七条第（二）项）");
        assertThat(ex.explain(d, DIBAO.title().en(), Language.EN))
                .contains(
                        "Decision: eligible",
                        "[met] Per-capita monthly income 666.67 yuan is below the dibao standard 1,145.00 yuan (3 member(s))",
                        "Legal basis: Measures for the Review and Confirmation of the Minimum Living Guarantee (民发〔2021〕57号), Art. 23");
    }

    @Test
    void json_matchesTheGoldenFile() throws Exception {
        Decision<DibaoResult> d = DIBAO.decide(family(2000_00), HUZHOU_2024);
        String actual = Json.pretty(d).replace(org.minzheng.core.MinzhengVersion.libraryVersion(), "${version}");
        java.nio.file.Path file = java.nio.file.Path.of(
                "src/test/resources/org/minzheng/eligibility/dibao/huzhou2024-family-of-three.decision.json");
        if (Boolean.getBoolean("minzheng.golden.update")) {
            // ./mvnw test -Dminzheng.golden.update=true rewrites the golden file; review the diff before committing
            java.nio.file.Files.writeString(file, actual, java.nio.charset.StandardCharsets.UTF_8);
        }
        assertThat(actual).isEqualTo(java.nio.file.Files.readString(file, java.nio.charset.StandardCharsets.UTF_8));
    }

    @Test
    void badFacts_areRejectedWithEveryViolation() {
        Household bad = ImmutableHousehold.builder()
                .addMembers(ImmutableMember.builder()
                        .relation(Relation.SPOUSE)
                        .birthDate(LocalDate.of(2030, 1, 1))
                        .build())
                .addIncomes(ImmutableIncomeItem.builder()
                        .member(5)
                        .category(IncomeCategory.WAGES)
                        .amount(Money.ofFen(-1))
                        .build())
                .build();
        assertThatThrownBy(() -> DIBAO.decide(bad, HUZHOU_2024))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.incomes[0].amount NonNegativeMoney",
                                        "facts.incomes[0].member household.unknown-member",
                                        "facts.members household.applicant-count",
                                        "facts.members[0].birthDate date.after-decision"));
    }
}
