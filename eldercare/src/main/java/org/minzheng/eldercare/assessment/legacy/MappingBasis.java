package org.minzheng.eldercare.assessment.legacy;

/** Why a level of one scale corresponds, or does not, to a level of the other. */
public enum MappingBasis {
    /**
     * The levels carry the same name: GB/T 42195-2022 writes its levels 1–3 as
     * 能力轻度/中度/重度受损 with the MZ/T 039-2013 names (轻度/中度/重度失能) in brackets, and both
     * call level 0 能力完好. A correspondence of labels, not a re-assessment.
     */
    SAME_NAME,
    /**
     * MZ/T 039-2013 重度失能 is the top of its four-level scale and covers people GB/T 42195-2022
     * rates 3 or 4 (both send a person in a coma to their own top level); which one is not known.
     */
    AMBIGUOUS_TOP_LEVEL,
    /** GB/T 42195-2022 能力完全丧失 has no MZ/T 039-2013 level of that name, and no source maps it. */
    NO_COUNTERPART
}
