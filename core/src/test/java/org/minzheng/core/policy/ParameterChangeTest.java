package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.region.RegionCode;

/** The one comparison of two snapshots: params --diff (two dates) and the simulation (two books). */
class ParameterChangeTest {

    private static final RegionCode HUZHOU = RegionCode.of("330500");
    private static final PolicyBook BOOK = TestKeys.fixture().build();

    @Test
    void huzhou2023to2024_theStandardChanged_theRatioStayed() {
        List<ParameterChange> changes = ParameterChange.between(
                BOOK.snapshot(HUZHOU, LocalDate.of(2023, 6, 1)),
                BOOK.snapshot(HUZHOU, LocalDate.of(2024, 6, 1)),
                TestKeys.ALL);
        assertThat(changes).hasSize(1);
        ParameterChange c = changes.get(0);
        assertThat(c.kind()).isEqualTo(ParameterChange.Kind.CHANGED);
        assertThat(c.kind().label()).isEqualTo("changed");
        assertThat(c.key()).isEqualTo(TestKeys.STANDARD);
        assertThat(c.from().valueText()).isEqualTo("1000.00");
        assertThat(c.to().valueText()).isEqualTo("1145.00");
    }

    @Test
    void beforeAndAfterAKeyIsInForce_itIsAddedOrRemoved() {
        PolicySnapshot early = BOOK.snapshot(HUZHOU, LocalDate.of(2019, 6, 1));
        PolicySnapshot late = BOOK.snapshot(HUZHOU, LocalDate.of(2024, 6, 1));
        assertThat(ParameterChange.between(early, late, List.of(TestKeys.STANDARD)))
                .extracting(ParameterChange::kind)
                .containsExactly(ParameterChange.Kind.ADDED);
        assertThat(ParameterChange.between(late, early, List.of(TestKeys.STANDARD)))
                .extracting(ParameterChange::kind)
                .containsExactly(ParameterChange.Kind.REMOVED);
        assertThat(ParameterChange.between(late, late, TestKeys.ALL)).isEmpty();
    }

    @Test
    void aKindThatDoesNotMatchItsValues_isRefused() {
        ParameterValue<?> v = BOOK.snapshot(HUZHOU, LocalDate.of(2024, 6, 1)).find(TestKeys.STANDARD);
        assertThatThrownBy(() -> new ParameterChange(ParameterChange.Kind.ADDED, TestKeys.STANDARD, v, v))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ParameterChange(ParameterChange.Kind.CHANGED, TestKeys.STANDARD, v, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
