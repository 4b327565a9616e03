package org.minzheng.eldercare.assessment;

/**
 * How GB/T 42195-2022 rates a person in a coma: the policy switch {@code ability.coma-rating}.
 *
 * <p>The official pack sets {@link #COMPLETE_LOSS}, the wording of the C.4 checkbox
 * "处于昏迷状态者，直接评定为能力完全丧失（完全失能）" in three transcriptions. One transcription's
 * note under B.3.9 says 重度失能 instead, probably carried over from MZ/T 039-2013, where
 * 重度失能 is the top of a four-level scale; an integrator who reads the standard that way sets
 * {@link #SEVERE} in an overlay. See {@code docs/eldercare.md}.
 */
public enum ComaRating {
    /** Coma → level 4 能力完全丧失（完全失能）(C.4; the default). */
    COMPLETE_LOSS(AbilityLevel.COMPLETE_LOSS),
    /** Coma → at least level 3 能力重度受损（重度失能）(B.3.9 note in one transcription). */
    SEVERE(AbilityLevel.SEVERE);

    private final AbilityLevel level;

    ComaRating(AbilityLevel level) {
        this.level = level;
    }

    /** @return the level a comatose person is rated at (at least) */
    public AbilityLevel level() {
        return level;
    }
}
