package org.minzheng.examples.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.decision.Rule;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

/**
 * A work report or a news report may show a figure (a pack row may cite it) but is never the legal
 * basis of a rule: no rule of any registered program cites one, as its article or as a further
 * article it may cite.
 */
class RuleCitationsTest {

    @Test
    void noRuleCitesAWorkReportOrANewsReport_asItsLegalBasis() {
        PolicyBook book = PolicyBook.loadDefault();
        List<String> offending = new ArrayList<>();
        for (Program<?, ?> p : ProgramRegistry.loadDefault().all()) {
            for (Rule r : p.rules()) {
                List<Citation> cited = new ArrayList<>(r.alsoCites());
                cited.add(0, r.citation());
                for (Citation c : cited) {
                    Instrument i = book.instruments().resolve(c);
                    if (i.rank().isReport()) {
                        offending.add(r.id() + " → " + i.id() + " (" + i.rank().nameZh() + ")");
                    }
                }
            }
        }
        assertThat(offending).isEmpty();
    }

    @Test
    void reportsAreShippedAndLabelled_soTheTestAboveHasSomethingToFind() {
        List<String> reports = new ArrayList<>();
        for (Instrument i : PolicyBook.loadDefault().instruments().all()) {
            if (i.rank().isReport()) {
                reports.add(i.id());
            }
        }
        assertThat(reports)
                .contains(
                        "huzhou-civil-affairs-2024-report",
                        "huzhou-daily-eco-burial-2023",
                        "cnwomen-hangzhou-free-funeral-2023");
    }
}
