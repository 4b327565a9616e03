package org.minzheng.eldercare.assessment.legacy;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Objects;
import java.util.Optional;
import org.minzheng.eldercare.assessment.AbilityLevel;

/**
 * The correspondence between MZ/T 039-2013 and GB/T 42195-2022 levels, as far as one is defined,
 * and a refusal with its reason where none is.
 *
 * <p>No source defines a conversion between the two instruments (they score different items).
 * What is defined is the naming: GB/T 42195-2022 keeps the old names in brackets. So:
 * <table>
 *   <caption>correspondence</caption>
 *   <tr><th>MZ/T 039-2013</th><th>GB/T 42195-2022</th><th>basis</th></tr>
 *   <tr><td>0 能力完好</td><td>0 能力完好</td><td>{@link MappingBasis#SAME_NAME}</td></tr>
 *   <tr><td>1 轻度失能</td><td>1 能力轻度受损（轻度失能）</td><td>SAME_NAME</td></tr>
 *   <tr><td>2 中度失能</td><td>2 能力中度受损（中度失能）</td><td>SAME_NAME</td></tr>
 *   <tr><td>3 重度失能</td><td>3 or 4 — refused</td><td>{@link MappingBasis#AMBIGUOUS_TOP_LEVEL}</td></tr>
 *   <tr><td>— refused</td><td>4 能力完全丧失（完全失能）</td><td>{@link MappingBasis#NO_COUNTERPART}</td></tr>
 * </table>
 * 2022 level 3 → 2013 level 3 is SAME_NAME. A benefit decided under GB/T 42195-2022 should rest on
 * a new assessment, not on a carried-over label.
 *
 * @param level the corresponding level, null where the correspondence is refused
 * @param basis why, not null
 * @param <L>   the level type of the target scale
 */
@JsonPropertyOrder({"level", "basis"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record LevelCorrespondence<L extends Enum<L>>(L level, MappingBasis basis) {

    /** Validates the components. */
    public LevelCorrespondence {
        Objects.requireNonNull(basis, "basis");
        if ((level != null) != (basis == MappingBasis.SAME_NAME)) {
            throw new IllegalArgumentException("a level goes with SAME_NAME, a refusal with another basis");
        }
    }

    /**
     * @param legacy an MZ/T 039-2013 level, not null
     * @return the GB/T 42195-2022 level of the same name, or a refusal for 重度失能
     */
    public static LevelCorrespondence<AbilityLevel> toGbt42195(LegacyLevel legacy) {
        return switch (legacy) {
            case INTACT -> new LevelCorrespondence<>(AbilityLevel.INTACT, MappingBasis.SAME_NAME);
            case MILD -> new LevelCorrespondence<>(AbilityLevel.MILD, MappingBasis.SAME_NAME);
            case MODERATE -> new LevelCorrespondence<>(AbilityLevel.MODERATE, MappingBasis.SAME_NAME);
            case SEVERE -> new LevelCorrespondence<>(null, MappingBasis.AMBIGUOUS_TOP_LEVEL);
        };
    }

    /**
     * @param level a GB/T 42195-2022 level, not null
     * @return the MZ/T 039-2013 level of the same name, or a refusal for 能力完全丧失
     */
    public static LevelCorrespondence<LegacyLevel> toMzt039(AbilityLevel level) {
        return switch (level) {
            case INTACT -> new LevelCorrespondence<>(LegacyLevel.INTACT, MappingBasis.SAME_NAME);
            case MILD -> new LevelCorrespondence<>(LegacyLevel.MILD, MappingBasis.SAME_NAME);
            case MODERATE -> new LevelCorrespondence<>(LegacyLevel.MODERATE, MappingBasis.SAME_NAME);
            case SEVERE -> new LevelCorrespondence<>(LegacyLevel.SEVERE, MappingBasis.SAME_NAME);
            case COMPLETE_LOSS -> new LevelCorrespondence<>(null, MappingBasis.NO_COUNTERPART);
        };
    }

    /** @return the corresponding level, empty where the correspondence is refused ({@link #basis()} says why) */
    public Optional<L> target() {
        return Optional.ofNullable(level);
    }

    /**
     * @return the corresponding level
     * @throws NoCorrespondenceException if the correspondence is refused, naming the basis
     */
    public L orElseThrow() {
        if (level == null) {
            throw new NoCorrespondenceException(basis);
        }
        return level;
    }
}
