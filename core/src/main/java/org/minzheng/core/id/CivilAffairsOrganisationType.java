package org.minzheng.core.id;

import java.util.Optional;

/**
 * Type of a social organisation (社会组织) registered by civil affairs (民政), encoded in the second
 * character of a unified social credit code (统一社会信用代码) whose first character is {@code 5}.
 *
 * <p>Source: GB 32100-2015, Annex A, organisation-type codes (机构类别代码) for the civil-affairs
 * registration authority.
 */
public enum CivilAffairsOrganisationType {

    /** Code {@code 1}: social organisation (社会团体), e.g. an association or society. */
    SOCIAL_ORGANISATION('1', "社会团体"),

    /**
     * Code {@code 2}: private non-enterprise unit (民办非企业单位), called social service agency
     * (社会服务机构) since the Charity Law (慈善法) of 2016.
     */
    SOCIAL_SERVICE_AGENCY('2', "民办非企业单位/社会服务机构"),

    /** Code {@code 3}: foundation (基金会). */
    FOUNDATION('3', "基金会"),

    /** Code {@code 9}: other civil-affairs registered organisation (其他). */
    OTHER('9', "其他");

    private final char code;
    private final String zhLabel;

    CivilAffairsOrganisationType(char code, String zhLabel) {
        this.code = code;
        this.zhLabel = zhLabel;
    }

    /**
     * Obtains the type for an organisation-type code of a civil-affairs registered organisation.
     *
     * @param code the second character of a unified social credit code starting with {@code 5}
     * @return the type, or empty if the code is not one of {@code 1}, {@code 2}, {@code 3},
     *     {@code 9}
     */
    public static Optional<CivilAffairsOrganisationType> ofCode(char code) {
        for (CivilAffairsOrganisationType type : values()) {
            if (type.code == code) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }

    /**
     * Obtains the organisation-type code (the second character of the credit code).
     *
     * @return the code: {@code 1}, {@code 2}, {@code 3} or {@code 9}
     */
    public char code() {
        return code;
    }

    /**
     * Obtains the Chinese name of the type.
     *
     * @return the Chinese name, e.g. 基金会 for {@link #FOUNDATION}
     */
    public String zhLabel() {
        return zhLabel;
    }
}
