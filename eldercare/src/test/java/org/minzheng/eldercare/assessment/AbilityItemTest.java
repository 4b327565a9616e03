package org.minzheng.eldercare.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class AbilityItemTest {

    @Test
    void gbt42195_appendixB_has26ItemsInFourDomains_totalling90() {
        assertThat(AbilityItem.values()).hasSize(26);
        assertThat(Arrays.stream(AbilityItem.values())
                        .mapToInt(AbilityItem::maximum)
                        .sum())
                .isEqualTo(AbilityItem.MAXIMUM_TOTAL)
                .isEqualTo(90);
        assertThat(AbilityDomain.SELF_CARE.maximum()).isEqualTo(32);
        assertThat(AbilityDomain.BASIC_MOBILITY.maximum()).isEqualTo(15);
        assertThat(AbilityDomain.MENTAL_STATE.maximum()).isEqualTo(28);
        assertThat(AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION.maximum()).isEqualTo(15);
        assertThat(Arrays.stream(AbilityItem.values()).filter(i -> i.domain() == AbilityDomain.SELF_CARE))
                .hasSize(8);
        assertThat(Arrays.stream(AbilityItem.values()).filter(i -> i.domain() == AbilityDomain.BASIC_MOBILITY))
                .hasSize(4);
        assertThat(Arrays.stream(AbilityItem.values()).filter(i -> i.domain() == AbilityDomain.MENTAL_STATE))
                .hasSize(9);
        assertThat(Arrays.stream(AbilityItem.values())
                        .filter(i -> i.domain() == AbilityDomain.PERCEPTION_AND_SOCIAL_PARTICIPATION))
                .hasSize(5);
    }

    @Test
    void gbt42195_appendixB_itemsWithSmallerRanges() {
        assertThat(AbilityItem.STAIRS.maximum()).isEqualTo(3);
        assertThat(AbilityItem.GOING_OUT_BY_TRANSPORT.maximum()).isEqualTo(3);
        assertThat(AbilityItem.VISION.maximum()).isEqualTo(2);
        assertThat(AbilityItem.HEARING.maximum()).isEqualTo(2);
        assertThat(AbilityItem.CONSCIOUSNESS.maximum()).isEqualTo(2);
        assertThat(AbilityItem.AGGRESSION.maximum()).isEqualTo(1);
        assertThat(AbilityItem.DEPRESSIVE_SYMPTOMS.maximum()).isEqualTo(1);
        assertThat(AbilityItem.EATING.code()).isEqualTo("B.1.1");
        assertThat(AbilityItem.CONSCIOUSNESS.code()).isEqualTo("B.3.9");
        assertThat(AbilityItem.SOCIAL_INTERACTION.code()).isEqualTo("B.4.5");
    }

    @Test
    void gbt42195_c3_bandsCover0To90WithoutGaps() {
        int expectedMax = 90;
        for (AbilityLevel level : AbilityLevel.values()) {
            assertThat(level.maxTotal()).isEqualTo(expectedMax);
            for (int t = level.minTotal(); t <= level.maxTotal(); t++) {
                assertThat(AbilityLevel.initialForTotal(t)).isEqualTo(level);
            }
            expectedMax = level.minTotal() - 1;
        }
        assertThat(expectedMax).isEqualTo(-1);
        assertThatThrownBy(() -> AbilityLevel.initialForTotal(91)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AbilityLevel.initialForTotal(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void raisedBy_isCappedAtCompleteLoss() {
        assertThat(AbilityLevel.INTACT.raisedBy(2)).isEqualTo(AbilityLevel.MODERATE);
        assertThat(AbilityLevel.SEVERE.raisedBy(2)).isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(AbilityLevel.COMPLETE_LOSS.raisedBy(1)).isEqualTo(AbilityLevel.COMPLETE_LOSS);
        assertThat(AdjustmentStacking.CUMULATIVE.steps(2)).isEqualTo(2);
        assertThat(AdjustmentStacking.ONE_STEP.steps(2)).isEqualTo(1);
        assertThat(AdjustmentStacking.ONE_STEP.steps(0)).isZero();
    }
}
