package org.minzheng.eldercare.assessment.legacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.minzheng.eldercare.assessment.AbilityLevel;

class LevelCorrespondenceTest {

    @Test
    void sameNamedLevels_correspond() {
        assertThat(LevelCorrespondence.toGbt42195(LegacyLevel.INTACT).target()).contains(AbilityLevel.INTACT);
        assertThat(LevelCorrespondence.toGbt42195(LegacyLevel.MILD).target()).contains(AbilityLevel.MILD);
        assertThat(LevelCorrespondence.toGbt42195(LegacyLevel.MODERATE).orElseThrow())
                .isEqualTo(AbilityLevel.MODERATE);
        assertThat(LevelCorrespondence.toMzt039(AbilityLevel.SEVERE).orElseThrow())
                .isEqualTo(LegacyLevel.SEVERE);
        assertThat(LevelCorrespondence.toMzt039(AbilityLevel.MILD).basis()).isEqualTo(MappingBasis.SAME_NAME);
    }

    @Test
    void legacySevere_isRefused_becauseItSpansLevels3And4() {
        LevelCorrespondence<AbilityLevel> c = LevelCorrespondence.toGbt42195(LegacyLevel.SEVERE);
        assertThat(c.target()).isEmpty();
        assertThat(c.basis()).isEqualTo(MappingBasis.AMBIGUOUS_TOP_LEVEL);
        assertThatThrownBy(c::orElseThrow)
                .isInstanceOfSatisfying(
                        NoCorrespondenceException.class,
                        e -> assertThat(e.basis()).isEqualTo(MappingBasis.AMBIGUOUS_TOP_LEVEL));
    }

    @Test
    void completeLoss_isRefused_becauseMzt039HasNoSuchLevel() {
        LevelCorrespondence<LegacyLevel> c = LevelCorrespondence.toMzt039(AbilityLevel.COMPLETE_LOSS);
        assertThat(c.target()).isEmpty();
        assertThat(c.basis()).isEqualTo(MappingBasis.NO_COUNTERPART);
        assertThatThrownBy(c::orElseThrow).isInstanceOf(NoCorrespondenceException.class);
    }

    @Test
    void whereBothDirectionsAreDefined_theyRoundTrip() {
        for (LegacyLevel l : LegacyLevel.values()) {
            LevelCorrespondence.toGbt42195(l)
                    .target()
                    .ifPresent(a -> assertThat(LevelCorrespondence.toMzt039(a).orElseThrow())
                            .isEqualTo(l));
        }
        for (AbilityLevel a : AbilityLevel.values()) {
            LevelCorrespondence<LegacyLevel> c = LevelCorrespondence.toMzt039(a);
            assertThat(c.target().isPresent()).isEqualTo(c.basis() == MappingBasis.SAME_NAME);
        }
    }
}
