package org.minzheng.examples.service;

import java.util.List;

/** The roles a configured user may have. */
final class Roles {

    /** 经办人员 at an assistance desk: decides and explains cases. */
    static final String CASE_WORKER = "CASE_WORKER";
    /** The estate-query roles of {@link org.minzheng.funeral.cases.Role}, by the same names. */
    static final String OFFICIAL = "OFFICIAL";

    static final String APPLICANT = "APPLICANT";
    static final String CO_HEIR = "CO_HEIR";
    static final String AUDITOR = "AUDITOR";

    /** Every role the service knows; a configured role outside this list stops the start-up. */
    static final List<String> ALL = List.of(CASE_WORKER, OFFICIAL, APPLICANT, CO_HEIR, AUDITOR);

    private Roles() {}
}
