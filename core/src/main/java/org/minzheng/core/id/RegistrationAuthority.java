package org.minzheng.core.id;

/**
 * Registration authority (登记管理部门) of a unified social credit code (统一社会信用代码): the
 * department that registered the organisation, encoded in the first character of the code.
 *
 * <p>Source: GB 32100-2015, Annex A, table of registration-authority codes (登记管理部门代码). Codes
 * that are not in that table, including codes assigned to further authorities after 2015, are
 * reported as {@link #UNKNOWN}; the code itself is still available from
 * {@link UnifiedSocialCreditCode#authorityCode()}.
 */
public enum RegistrationAuthority {

    /** Code {@code 1}: staffing commissions (机构编制), e.g. public institutions (事业单位). */
    STAFFING_COMMISSION("机构编制"),

    /**
     * Code {@code 5}: civil-affairs departments (民政), which register social organisations
     * (社会组织); see {@link CivilAffairsOrganisationType}.
     */
    CIVIL_AFFAIRS("民政"),

    /**
     * Code {@code 9}: administration for industry and commerce (工商), now market regulation
     * (市场监管), which registers enterprises, individual businesses and farmers' co-operatives.
     */
    MARKET_REGULATION("工商/市场监管"),

    /** Code {@code Y}: other registration authorities (其他). */
    OTHER("其他"),

    /** Any code not listed in GB 32100-2015 Annex A. */
    UNKNOWN("未知");

    private final String zhLabel;

    RegistrationAuthority(String zhLabel) {
        this.zhLabel = zhLabel;
    }

    /**
     * Obtains the registration authority for a registration-authority code.
     *
     * @param code the first character of a unified social credit code; upper case
     * @return the authority, or {@link #UNKNOWN} if the code is not in GB 32100-2015 Annex A
     */
    public static RegistrationAuthority ofCode(char code) {
        switch (code) {
            case '1':
                return STAFFING_COMMISSION;
            case '5':
                return CIVIL_AFFAIRS;
            case '9':
                return MARKET_REGULATION;
            case 'Y':
                return OTHER;
            default:
                return UNKNOWN;
        }
    }

    /**
     * Obtains the Chinese name of the authority.
     *
     * @return the Chinese name, e.g. 民政 for {@link #CIVIL_AFFAIRS}
     */
    public String zhLabel() {
        return zhLabel;
    }
}
