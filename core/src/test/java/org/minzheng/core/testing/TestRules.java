package org.minzheng.core.testing;

import org.minzheng.core.citation.Citation;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.decision.Verdict;

/** Rules for tests of the kernel that record findings without a program: every verdict allowed. */
public final class TestRules {

    private TestRules() {}

    /**
     * @param id       the rule id
     * @param citation the rule's citation
     * @return a rule declaring every verdict
     */
    public static Rule rule(String id, Citation citation) {
        return Rule.builder(id, citation)
                .verdicts(Verdict.MET, Verdict.values())
                .build();
    }
}
