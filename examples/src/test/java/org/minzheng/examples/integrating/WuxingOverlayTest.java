package org.minzheng.examples.integrating;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Finding;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.ValueSource;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.region.RegionCode;
import org.minzheng.eligibility.dibao.DibaoProgram;
import org.minzheng.eligibility.dibao.DibaoResult;
import org.minzheng.eligibility.household.Household;
import org.minzheng.eligibility.household.ImmutableAssets;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.ImmutableIncomeItem;
import org.minzheng.eligibility.household.ImmutableMember;
import org.minzheng.eligibility.household.IncomeCategory;
import org.minzheng.eligibility.household.Relation;

/**
 * The Java side of docs/integrating.md: a county's overlay loaded on the shipped data decides
 * what the shipped data leaves UNDETERMINED, every value used says where it came from, and the
 * decision is explained in both languages. The page quotes this file.
 */
class WuxingOverlayTest {

    static final Path PACK = Path.of("src/test/integrating/packs/wuxing.yaml");

    /** The household of the sample case: a family of three, 2000.00 of wages, 30000.00 of savings. */
    static final Household FAMILY = ImmutableHousehold.builder()
            .addMembers(ImmutableMember.builder()
                    .relation(Relation.APPLICANT)
                    .birthDate(LocalDate.of(1980, 3, 1))
                    .ableToWork(true)
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
                    .amount(Money.parse("2000.00"))
                    .build())
            .assets(ImmutableAssets.builder()
                    .financialAssets(Money.parse("30000.00"))
                    .build())
            .build();

    @Test
    void withoutTheOverlay_theSavingsLimitIsMissing_andTheDecisionUndetermined() {
        PolicySnapshot shipped = PolicyBook.loadDefault().snapshot(RegionCode.of("330502"), LocalDate.of(2024, 12, 31));
        Decision<DibaoResult> decision = new DibaoProgram().decide(FAMILY, shipped);
        assertThat(decision.outcome()).isEqualTo(Outcome.UNDETERMINED);
        assertThat(decision.missingParameters())
                .extracting(m -> m.key())
                .containsExactly("dibao.asset.financial-months");
    }

    @Test
    void theCountyOverlay_decides_citesItsValues_andExplainsInBothLanguages() {
        // load the overlay on the shipped data
        PolicyBook book = PolicyBook.builderWithDefaults()
                .addOverlay(PolicySource.of(PACK))
                .build();
        PolicySnapshot wuxing = book.snapshot(RegionCode.of("330502"), LocalDate.of(2024, 12, 31));
        Decision<DibaoResult> decision = new DibaoProgram().decide(FAMILY, wuxing);
        assertThat(decision.outcome()).isEqualTo(Outcome.ELIGIBLE);

        // every value the decision used, with the region whose row set it, its grade and citation
        ParameterValue<?> limit = decision.parameterValues().stream()
                .filter(v -> v.key().name().equals("dibao.asset.financial-months"))
                .findFirst()
                .orElseThrow();
        assertThat(limit.region()).isEqualTo(RegionCode.of("330502"));
        assertThat(limit.grade()).isEqualTo(Provenance.ILLUSTRATIVE);
        assertThat(limit.citation().instrument()).isEqualTo("wuxing-sample");
        // the finding that compared the savings with the limit cites the row that set the limit
        Finding savings = decision.finding("household.assets.financial").orElseThrow();
        assertThat(savings.sources()).extracting(ValueSource::key).contains("dibao.asset.financial-months");
        // and which pack and line set it: your overlay, not the shipped data
        assertThat(limit.pack()).isEqualTo("wuxing-sample");
        assertThat(limit.source()).startsWith("wuxing.yaml:");
        // a sample value is not policy: the decision says so
        assertThat(decision.usedIllustrativeValues()).isTrue();

        // the explanation, in Chinese and in English
        Explainer explainer = Explainer.of(ProgramRegistry.loadDefault(), book);
        String zh = explainer.explain(decision, Language.ZH);
        String en = explainer.explain(decision, Language.EN);
        assertThat(List.of(zh, en)).allSatisfy(text -> assertThat(text).containsAnyOf("1435元", "1,435.00 yuan"));
        // the reviewer's view names the local file each local value came from (本地参数来自…)
        assertThat(zh).contains("本地参数来自数据文件：wuxing-sample（wuxing.yaml:");
    }
}
