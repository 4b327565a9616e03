package org.minzheng.core.program;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.decision.Note;
import org.minzheng.core.decision.RuleContext;
import org.minzheng.core.policy.CalendarParameters;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.time.DateSet;
import org.minzheng.core.time.Deadline;

/**
 * 民法典 第二百零三条 "期间的最后一日是法定休假日的，以法定休假日结束的次日为期间的最后一日", as a
 * program applies it: the calendar rows read are recorded, a year without a notice warns.
 */
class PeriodsTest {

    static final RegionCode NANXUN = RegionCode.of("330503");

    static RuleContext ctx(LocalDate date) {
        PolicySnapshot s = PolicyBook.loadDefault().snapshot(NANXUN, date);
        return RuleContext.start("test", s);
    }

    @Test
    void nationalDay2024_sevenDaysFrom28September_endOn8October_andTheNoticeIsRecorded() {
        RuleContext ctx = ctx(LocalDate.of(2025, 3, 1));
        Deadline d = Periods.days(ctx, LocalDate.of(2024, 9, 28), 7);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2024, 10, 5));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2024, 10, 8));
        Decision<Void> decision = ctx.decide(null);
        assertThat(decision.warnings()).isEmpty();
        assertThat(decision.missingParameters()).isEmpty();
        assertThat(decision.parameterValues())
                .extracting(v -> v.key().name() + "@" + v.since())
                .containsExactly("calendar.days-off@2024-01-01", "calendar.working-days@2024-01-01");
    }

    @Test
    void monthsAcrossTwoYears_recordBothYears() {
        RuleContext ctx = ctx(LocalDate.of(2025, 3, 1));
        // 2024-12-31 + 1 month = 2025-01-31, a Friday in the Spring Festival days off (28 January to 4 February)
        Deadline d = Periods.months(ctx, LocalDate.of(2024, 12, 31), 1);
        assertThat(d.nominalLastDay()).isEqualTo(LocalDate.of(2025, 1, 31));
        assertThat(d.lastDay()).isEqualTo(LocalDate.of(2025, 2, 5));
        Periods.days(ctx, LocalDate.of(2024, 9, 28), 7);
        assertThat(ctx.decide(null).parameterValues())
                .extracting(v -> v.key().name() + "@" + v.since())
                .containsExactlyInAnyOrder(
                        "calendar.days-off@2024-01-01",
                        "calendar.days-off@2025-01-01",
                        "calendar.working-days@2024-01-01",
                        "calendar.working-days@2025-01-01");
    }

    @Test
    void yearWithoutNotice_warnsOnce_inBothLanguages_andStillDecides() {
        RuleContext ctx = ctx(LocalDate.of(2027, 10, 20));
        // 2027-10-02 is a Saturday: extended over the weekend only
        assertThat(Periods.days(ctx, LocalDate.of(2027, 9, 25), 7).lastDay()).isEqualTo(LocalDate.of(2027, 10, 4));
        Periods.days(ctx, LocalDate.of(2027, 9, 26), 7);
        Decision<Void> decision = ctx.decide(null);
        assertThat(decision.warnings()).extracting(Note::code).containsExactly(Periods.NOTICE_NOT_CONFIGURED);
        assertThat(decision.warnings().get(0).facts()).containsEntry("year", 2027);
        assertThat(decision.missingParameters()).isEmpty();
        assertThat(decision.parameterValues()).isEmpty();
        Explainer explainer = Explainer.of(
                java.util.List.of(),
                PeriodsTest.class.getClassLoader(),
                PolicyBook.loadDefault().instruments());
        assertThat(explainer.explain(decision, "t", Language.ZH)).contains("2027年的国务院办公厅部分节假日安排通知尚未录入");
        assertThat(explainer.explain(decision, "t", Language.EN)).contains("No holiday notice is recorded for 2027");
    }

    @Test
    void paramOn_readsTheValueInForceOnTheEventDate_andRecordsIt_orNamesItMissing() {
        RuleContext ctx = ctx(LocalDate.of(2025, 3, 1));
        DateSet off = Periods.paramOn(ctx, CalendarParameters.DAYS_OFF, LocalDate.of(2024, 6, 1));
        assertThat(off.contains(LocalDate.of(2024, 10, 7))).isTrue();
        assertThat(Periods.paramOn(ctx, CalendarParameters.DAYS_OFF, LocalDate.of(2020, 6, 1)))
                .isNull();
        DateSet same = Periods.paramOn(ctx, CalendarParameters.WORKING_DAYS, LocalDate.of(2025, 3, 1));
        assertThat(same.contains(LocalDate.of(2025, 1, 26))).isTrue();
        Decision<Void> d = ctx.decide(null);
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name() + "@" + v.since())
                .containsExactly("calendar.days-off@2024-01-01", "calendar.working-days@2025-01-01");
        assertThat(d.missingParameters()).extracting(m -> m.key()).containsExactly("calendar.days-off");
    }
}
