package org.minzheng.core.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A year's holiday arrangement (《国务院办公厅关于XXXX年部分节假日安排的通知》, keys {@code calendar.*})
 * is one row of each key from 1 January to the next: a row that would put another year's dates in
 * force on a 1 January, or a day both off and worked, once loaded and then failed every deadline
 * counted in that year. Both are now load errors at the row.
 */
class HolidayRowsLoadOnlyIfUsableTest {

    static final String HEAD = "regions:\n  - {code: \"330500\", name: 湖州市, nameEn: Huzhou}\n"
            + "instruments:\n  - {id: notice, title: 通知, titleEn: Notice, issuer: 国务院办公厅, rank: NORMATIVE_DOCUMENT}\n"
            + "values:\n";

    static String row(String key, String since, String until, String dates) {
        return "  - {key: " + key + ", region: \"330500\", since: " + since
                + (until == null ? "" : ", until: " + until) + ", value: \"" + dates
                + "\", unit: dates, grade: OFFICIAL, citation: {instrument: notice}}\n";
    }

    static List<String> errors(String values) {
        try {
            PolicyBook.builder()
                    .addProvider(new CorePolicyData())
                    .addOverlay(PolicySource.ofText("calendar.yaml", HEAD + values))
                    .build();
            return List.of();
        } catch (PolicyLoadException e) {
            return e.errors().stream().map(Object::toString).toList();
        }
    }

    @Test
    void aRowOpenToTheNextYears_orHoldingADateOutsideItself_isRejected() {
        assertThat(errors(row("calendar.days-off", "2030-09-17", null, "2030-10-01")
                        + row("calendar.working-days", "2030-01-01", "2031-01-01", "2031-01-04")))
                .containsExactly(
                        "calendar.yaml:6: [calendar.days-off] a set of dates applies within one calendar year:"
                                + " the row needs an until no later than 2031-01-01 (it starts 2030-09-17)",
                        "calendar.yaml:7: [calendar.working-days] every date of the set falls within the row,"
                                + " from 2030-01-01 until 2031-01-01");
    }

    @Test
    void aDayBothOffAndWorked_isRejected_atTheRow() {
        assertThat(errors(row("calendar.days-off", "2030-01-01", "2031-01-01", "2030-10-01..2030-10-07")
                        + row("calendar.working-days", "2030-01-01", "2031-01-01", "2030-10-07")))
                .containsExactly("calendar.yaml:6: [calendar.days-off] shares a date with calendar.working-days"
                        + " (calendar.yaml:7), in force in region 330500 on 2030-01-01: a day the holiday notice"
                        + " gives off is not also one of its make-up working days");
    }

    @Test
    void aYearFrom1JanuaryToTheNext_withItsOwnDates_loads() {
        assertThat(errors(row("calendar.days-off", "2030-01-01", "2031-01-01", "2030-10-01..2030-10-07")
                        + row("calendar.working-days", "2030-01-01", "2031-01-01", "2030-10-12")))
                .isEmpty();
    }
}
