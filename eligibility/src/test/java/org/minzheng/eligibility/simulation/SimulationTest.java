package org.minzheng.eligibility.simulation;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.eligibility.Books;
import org.minzheng.eligibility.Households;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;

class SimulationTest {

    static final LocalDate JAN_2025 = LocalDate.of(2025, 1, 1);
    static final List<PolicySource> ILLUSTRATIVE = List.of(
            PolicySource.of(Path.of("src/examples/illustrative/eligibility.yaml")),
            PolicySource.of(Path.of("src/examples/illustrative/eligibility-special.yaml")));
    static final PolicyBook REFORMED_1200 = Reforms.reformed(ILLUSTRATIVE, Money.parse("1200.00"));

    @Test
    void huzhou1145to1200_familyOfThreeOnDibao_gains55PerCountedMember() {
        Simulation sim = Simulation.of(
                ProgramRegistry.loadDefault(), Books.ILLUSTRATIVE, REFORMED_1200, Simulation.DEFAULT_PROGRAMS);
        HouseholdComparison c = sim.compare(
                "h-1",
                Books.HUZHOU,
                JAN_2025,
                ImmutableScreeningFacts.builder()
                        .household(Households.familyOfThree("3000.00"))
                        .build());
        var dibao = c.program("dibao");
        assertThat(dibao.before()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(dibao.amountBefore()).isEqualTo(Money.parse("435.00"));
        assertThat(dibao.amountAfter()).isEqualTo(Money.parse("600.00"));
        assertThat(c.difference()).contains(Money.parse("165.00"));
        assertThat(HouseholdComparison.fromJsonLine(c.toJsonLine())).isEqualTo(c);
        SimulationSummary s = SimulationSummary.empty(sim.programIds()).add(c);
        assertThat(SimulationSummary.fromJson(s.toJson()).toJson()).isEqualTo(s.toJson());
        System.out.println(c.toJsonLine());
        System.out.println(s.toJson());
        System.out.println(s.render(Language.EN));
        System.out.println(s.render(Language.ZH));
    }
}
