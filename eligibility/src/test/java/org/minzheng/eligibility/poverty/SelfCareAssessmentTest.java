package org.minzheng.eligibility.poverty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.minzheng.core.person.SelfCareAssessment;
import org.minzheng.core.person.SelfCareCategory;
import org.minzheng.core.person.SelfCareItem;

class SelfCareAssessmentTest {

    @ParameterizedTest(name = "{0} items failed -> {1}")
    @CsvSource({"0, FULL", "1, PARTIAL", "3, PARTIAL", "4, NONE", "6, NONE"})
    void art22_categoryByItemsNotAchieved(int failed, SelfCareCategory expected) {
        SelfCareItem[] items = new SelfCareItem[failed];
        System.arraycopy(SelfCareItem.values(), 0, items, 0, failed);
        SelfCareAssessment a = SelfCareAssessment.failing(items);
        assertThat(a.failedItems()).hasSize(failed);
        assertThat(a.category()).isEqualTo(expected);
        assertThat(SelfCareCategory.ofFailedItems(failed)).isEqualTo(expected);
    }

    @Test
    void failedItems_inTheOrderOfArt21() {
        SelfCareAssessment a = new SelfCareAssessment(true, false, true, true, false, true);
        assertThat(a.failedItems()).containsExactly(SelfCareItem.DRESSING, SelfCareItem.WALKING_INDOORS);
        assertThat(a.category()).isEqualTo(SelfCareCategory.PARTIAL);
    }

    @Test
    void outOfRange_isRejected() {
        assertThatThrownBy(() -> SelfCareCategory.ofFailedItems(7)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> SelfCareCategory.ofFailedItems(-1)).isInstanceOf(IllegalArgumentException.class);
    }
}
