package org.minzheng.charity.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.charity.CharityTestSupport.explainBoth;
import static org.minzheng.charity.CharityTestSupport.huzhou;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.minzheng.charity.CharityCitations;
import org.minzheng.charity.CharityParameters;
import org.minzheng.charity.testing.SampleTrusts;
import org.minzheng.charity.trust.CharitableTrust;
import org.minzheng.charity.trust.TrusteeIssue;
import org.minzheng.charity.trust.TrusteeType;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Outcome;
import org.minzheng.core.decision.Verdict;
import org.minzheng.core.validation.InvalidInputException;

class TrustChangeProgramTest {

    static final TrustChangeProgram CHANGE = new TrustChangeProgram();
    static final CharitableTrust TRUST = SampleTrusts.cashTrust(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5))
            .build();
    static final LocalDate CHANGED = LocalDate.of(2024, 11, 1);

    static ImmutableTrustChange.Builder replacement(ReplacementGround ground) {
        return ImmutableTrustChange.builder()
                .trust(TRUST)
                .kind(ChangeKind.TRUSTEE_REPLACEMENT)
                .changeDate(CHANGED)
                .replacement(ImmutableTrusteeReplacement.builder()
                        .outgoingTrustee(SampleTrusts.HUZHOU_FOUNDATION)
                        .incomingTrustee(SampleTrusts.trustee(
                                "湖州市另一慈善基金会", "53330500MJ0000011K", TrusteeType.CHARITABLE_ORGANISATION))
                        .ground(ground)
                        .build());
    }

    static Decision<ChangeCheckResult> decide(TrustChange c, LocalDate asOf) {
        return CHANGE.decide(c, huzhou(asOf));
    }

    @Test
    void art48_changedOnTheFirst_refiledOnTheEighth_isOnTime_andOnTheNinthLate() {
        Decision<ChangeCheckResult> onTime = decide(
                replacement(ReplacementGround.BREACH_OF_DUTY)
                        .refiledOn(LocalDate.of(2024, 11, 8))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(onTime.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ChangeCheckResult r = onTime.result().orElseThrow();
        assertThat(r.lastDayToRefile()).isEqualTo(LocalDate.of(2024, 11, 8));
        assertThat(r.status()).isEqualTo(RefilingStatus.ON_TIME);
        assertThat(r.refileWith()).isEqualTo(SampleTrusts.HUZHOU);
        assertThat(onTime.finding(TrustChangeProgram.DEADLINE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(CharityCitations.LAW_ART_48.on(CHANGED));
        assertThat(onTime.finding(TrustChangeProgram.GROUND.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.MET);
        assertThat(onTime.parameterValues())
                .extracting(v -> v.key().name())
                .containsExactly(
                        "calendar.days-off",
                        "calendar.working-days",
                        CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS.name());
        explainBoth(CHANGE, onTime);

        Decision<ChangeCheckResult> late = decide(
                replacement(ReplacementGround.BREACH_OF_DUTY)
                        .refiledOn(LocalDate.of(2024, 11, 9))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(late.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(late.result().orElseThrow().status()).isEqualTo(RefilingStatus.LATE);
        assertThat(late.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("daysLate", 1L));
        explainBoth(CHANGE, late);
    }

    @Test
    void notYetRefiled_isPendingWithinTheSevenDays_andOverdueAfter() {
        TrustChange c = replacement(ReplacementGround.UNABLE_TO_PERFORM).build();
        Decision<ChangeCheckResult> pending = decide(c, LocalDate.of(2024, 11, 8));
        assertThat(pending.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(pending.result().orElseThrow().status()).isEqualTo(RefilingStatus.PENDING);
        assertThat(pending.finding(TrustChangeProgram.DEADLINE.id())
                        .orElseThrow()
                        .verdict())
                .isEqualTo(Verdict.INFO);
        Decision<ChangeCheckResult> overdue = decide(c, LocalDate.of(2024, 11, 9));
        assertThat(overdue.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(overdue.result().orElseThrow().status()).isEqualTo(RefilingStatus.OVERDUE);
        explainBoth(CHANGE, pending);
        explainBoth(CHANGE, overdue);
    }

    @Test
    void art48_refilingGoesToTheOriginalDepartment() {
        Decision<ChangeCheckResult> d = decide(
                replacement(ReplacementGround.BANKRUPT)
                        .refiledOn(LocalDate.of(2024, 11, 4))
                        .refiledWith(SampleTrusts.HANGZHOU)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.finding(TrustChangeProgram.AUTHORITY.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(d.finding(TrustChangeProgram.AUTHORITY.id()).orElseThrow().facts())
                .containsEntry("original", SampleTrusts.HUZHOU);
        assertThat(d.finding(TrustChangeProgram.GROUND.id()).orElseThrow().citation())
                .isEqualTo(CharityCitations.MEASURES_REPLACEMENT);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(CHANGE, d);
    }

    @Test
    void aTrusteeMayResign_onlyIfTheTrustDocumentAllowsIt() {
        TrustChange notAllowed = replacement(ReplacementGround.RESIGNATION)
                .refiledOn(LocalDate.of(2024, 11, 2))
                .refiledWith(SampleTrusts.HUZHOU)
                .build();
        Decision<ChangeCheckResult> d = decide(notAllowed, LocalDate.of(2024, 12, 1));
        assertThat(d.finding(TrustChangeProgram.RESIGNATION.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.NOT_MET);
        assertThat(d.finding(TrustChangeProgram.RESIGNATION.id()).orElseThrow().citation())
                .isEqualTo(CharityCitations.MEASURES_RESIGNATION);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(CHANGE, d);
        TrustChange allowed = ImmutableTrustChange.copyOf(notAllowed)
                .withReplacement(ImmutableTrusteeReplacement.copyOf(
                                notAllowed.replacement().orElseThrow())
                        .withTrustDocumentAllowsResignation(true));
        assertThat(decide(allowed, LocalDate.of(2024, 12, 1)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aGroundTheSourcesDoNotName_goesToReview() {
        Decision<ChangeCheckResult> d = decide(
                replacement(ReplacementGround.OTHER)
                        .refiledOn(LocalDate.of(2024, 11, 2))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.finding(TrustChangeProgram.GROUND.id()).orElseThrow().verdict())
                .isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void art47_theIncomingTrusteeMustBeAllowed() {
        TrustChange c = ImmutableTrustChange.copyOf(
                        replacement(ReplacementGround.BREACH_OF_DUTY).build())
                .withReplacement(ImmutableTrusteeReplacement.builder()
                        .outgoingTrustee(SampleTrusts.HUZHOU_FOUNDATION)
                        .incomingTrustee(
                                SampleTrusts.trustee("示例咨询公司", SampleTrusts.HUZHOU_TRUST_COMPANY, TrusteeType.OTHER))
                        .ground(ReplacementGround.BREACH_OF_DUTY)
                        .build());
        Decision<ChangeCheckResult> d = decide(c, LocalDate.of(2024, 11, 3));
        assertThat(d.finding(TrustChangeProgram.INCOMING.id()).orElseThrow().facts())
                .containsEntry("issue", TrusteeIssue.TYPE_NOT_ALLOWED);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void unlistedChange_needsNoRefiling() {
        Decision<ChangeCheckResult> d = decide(
                ImmutableTrustChange.builder()
                        .trust(TRUST)
                        .kind(ChangeKind.UNLISTED_CHANGE)
                        .changeDate(CHANGED)
                        .build(),
                LocalDate.of(2025, 6, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().refilingRequired()).isFalse();
        assertThat(d.result().orElseThrow().status()).isEqualTo(RefilingStatus.NOT_REQUIRED);
        assertThat(d.parameterValues()).isEmpty();
        explainBoth(CHANGE, d);
    }

    @Test
    void listedChange_usesTheMeasuresPeriod_andWarnsThatItsStartDateIsNotExact() {
        Decision<ChangeCheckResult> d = decide(
                ImmutableTrustChange.builder()
                        .trust(TRUST)
                        .kind(ChangeKind.LISTED_CHANGE)
                        .changeDate(CHANGED)
                        .refiledOn(LocalDate.of(2024, 11, 6))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.parameterValues())
                .extracting(v -> v.key().name())
                .containsExactly(
                        "calendar.days-off", "calendar.working-days", CharityParameters.CHANGE_REFILING_DAYS.name());
        assertThat(d.finding(TrustChangeProgram.DEADLINE.id()).orElseThrow().citation())
                .isEqualTo(CharityCitations.MEASURES_ART_19);
        assertThat(d.warnings()).extracting(n -> n.code()).containsExactly("policy.since-not-exact");
    }

    @Test
    void badInput_everyViolationIsListed() {
        TrustChange c = ImmutableTrustChange.builder()
                .trust(TRUST)
                .kind(ChangeKind.TRUSTEE_REPLACEMENT)
                .changeDate(CHANGED)
                .refiledOn(LocalDate.of(2024, 10, 30))
                .build();
        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.refiledOn date.before-other",
                                        "facts.refiledWith charity.change.refiling-incomplete",
                                        "facts.replacement NotNull"));
        TrustChange unknownOutgoing = ImmutableTrustChange.copyOf(
                        replacement(ReplacementGround.BANKRUPT).build())
                .withReplacement(ImmutableTrusteeReplacement.builder()
                        .outgoingTrustee(SampleTrusts.HANGZHOU_TRUST_COMPANY)
                        .incomingTrustee(SampleTrusts.trustee("x", "not-a-code", TrusteeType.TRUST_COMPANY))
                        .ground(ReplacementGround.BANKRUPT)
                        .build());
        assertThatThrownBy(() -> decide(unknownOutgoing, LocalDate.of(2024, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.replacement.incomingTrustee.creditCode charity.credit-code-invalid",
                                        "facts.replacement.outgoingTrustee charity.change.outgoing-unknown"));
    }

    // ---------------------------------------------------------------- 民法典 第二百零一至二百零三条 and the law in force

    static ImmutableTrustChange.Builder replacementOn(LocalDate changed) {
        return replacement(ReplacementGround.BREACH_OF_DUTY).changeDate(changed);
    }

    /**
     * 慈善法 第四十八条 "变更后的受托人应当自变更之日起七日内，将变更情况报原备案的民政部门重新备案"; 民法典
     * 第二百零一条 "开始的当日不计入，自下一日开始计算" and 第二百零三条 "期间的最后一日是法定休假日的，以法定休假日
     * 结束的次日为期间的最后一日". Changed on Monday 27 January 2025: the seventh day, 3 February, is in the Spring
     * Festival days off of 国办发明电〔2024〕12号 (28 January to 4 February), so the last day is Wednesday 5 February.
     */
    @Test
    void art48AndCivilCodeArt203_changedBeforeTheSpringFestival_refiledOnTheFirstWorkingDayAfter_isOnTime() {
        LocalDate changed = LocalDate.of(2025, 1, 27);
        Decision<ChangeCheckResult> onTime = decide(
                replacementOn(changed)
                        .refiledOn(LocalDate.of(2025, 2, 5))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2025, 3, 1));
        assertThat(onTime.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ChangeCheckResult r = onTime.result().orElseThrow();
        assertThat(r.nominalLastDay()).isEqualTo(LocalDate.of(2025, 2, 3));
        assertThat(r.lastDayToRefile()).isEqualTo(LocalDate.of(2025, 2, 5));
        assertThat(r.status()).isEqualTo(RefilingStatus.ON_TIME);
        assertThat(onTime.finding(TrustChangeProgram.DEADLINE.id())
                        .orElseThrow()
                        .facts())
                .containsEntry("nominalLastDay", LocalDate.of(2025, 2, 3))
                .containsEntry("lastDay", LocalDate.of(2025, 2, 5));
        assertThat(onTime.parameterValues())
                .extracting(v -> v.key().name() + "@" + v.since())
                .contains("calendar.days-off@2025-01-01", "calendar.working-days@2025-01-01");
        assertThat(onTime.warnings()).isEmpty();
        assertThat(explainBoth(CHANGE, onTime))
                .anySatisfy(text -> assertThat(text).contains("2025年2月5日"));

        Decision<ChangeCheckResult> late = decide(
                replacementOn(changed)
                        .refiledOn(LocalDate.of(2025, 2, 6))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2025, 3, 1));
        assertThat(late.result().orElseThrow().status()).isEqualTo(RefilingStatus.LATE);
        assertThat(late.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts())
                        .containsEntry("daysLate", 1L)
                        .containsEntry("lastDay", LocalDate.of(2025, 2, 5)));
        // not yet re-filed: pending on the extended last day, overdue the day after
        TrustChange open = replacementOn(changed).build();
        assertThat(decide(open, LocalDate.of(2025, 2, 5)).result().orElseThrow().status())
                .isEqualTo(RefilingStatus.PENDING);
        assertThat(decide(open, LocalDate.of(2025, 2, 4)).result().orElseThrow().status())
                .isEqualTo(RefilingStatus.PENDING);
        assertThat(decide(open, LocalDate.of(2025, 2, 6)).result().orElseThrow().status())
                .isEqualTo(RefilingStatus.OVERDUE);
    }

    /**
     * 民法典 第二百零三条 moves only a last day that is a 法定休假日: Saturday 8 February 2025 is a make-up working
     * day of 国办发明电〔2024〕12号 (调休上班), so a change of Saturday 1 February must be re-filed by that Saturday.
     */
    @Test
    void civilCodeArt203_aMakeUpWorkingSaturday_isNotARestDay_soTheLastDayStays() {
        Decision<ChangeCheckResult> d = decide(
                replacementOn(LocalDate.of(2025, 2, 1))
                        .refiledOn(LocalDate.of(2025, 2, 10))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2025, 3, 1));
        ChangeCheckResult r = d.result().orElseThrow();
        assertThat(r.nominalLastDay()).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(r.lastDayToRefile()).isEqualTo(LocalDate.of(2025, 2, 8));
        assertThat(r.status()).isEqualTo(RefilingStatus.LATE);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(d.counterfactuals())
                .singleElement()
                .satisfies(n -> assertThat(n.facts()).containsEntry("daysLate", 2L));
    }

    /**
     * The law in force on the day of the change: 慈善法 (2016) 第四十七条 for a change of 31 August 2024, 慈善法
     * (2023年修正, in force 2024-09-05) 第四十八条 for a change on 5 September 2024, whatever the decision date. Both
     * say "自变更之日起七日内"; the period read is the row in force on the change date.
     */
    @Test
    void art48_theTextInForceOnTheChangeDate_isCited_notTheOneOnTheDecisionDate() {
        LocalDate before = LocalDate.of(2024, 8, 31);
        Decision<ChangeCheckResult> old = decide(
                replacementOn(before)
                        .refiledOn(LocalDate.of(2024, 9, 9))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2025, 6, 1));
        assertThat(old.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(old.finding(TrustChangeProgram.DEADLINE.id()).orElseThrow().citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2016, "第四十七条"));
        assertThat(old.finding(TrustChangeProgram.GROUND.id()).orElseThrow().citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2016, "第四十七条"));
        assertThat(old.finding(TrustChangeProgram.INCOMING.id())
                        .orElseThrow()
                        .citation()
                        .instrument())
                .isEqualTo(CharityCitations.CHARITY_LAW_2016);
        assertThat(old.parameterValues())
                .filteredOn(v -> v.key().equals(CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS))
                .singleElement()
                .satisfies(v -> assertThat(v.since()).isEqualTo(LocalDate.of(2016, 9, 1)));
        // Saturday 7 September is a rest day: the last day is Monday 9 September, after the amendment came into force
        assertThat(old.result().orElseThrow().lastDayToRefile()).isEqualTo(LocalDate.of(2024, 9, 9));

        LocalDate on = CharityCitations.AMENDMENT_IN_FORCE;
        Decision<ChangeCheckResult> amended = decide(
                replacementOn(on)
                        .refiledOn(LocalDate.of(2024, 9, 12))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2025, 6, 1));
        assertThat(amended.finding(TrustChangeProgram.DEADLINE.id())
                        .orElseThrow()
                        .citation())
                .isEqualTo(org.minzheng.core.citation.Citation.of(CharityCitations.CHARITY_LAW_2023, "第四十八条"));
        assertThat(amended.finding(TrustChangeProgram.INCOMING.id())
                        .orElseThrow()
                        .citation()
                        .instrument())
                .isEqualTo(CharityCitations.CHARITY_LAW_2023);
        assertThat(amended.parameterValues())
                .filteredOn(v -> v.key().equals(CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS))
                .singleElement()
                .satisfies(v -> assertThat(v.since()).isEqualTo(on));
        // 12 September is the seventh day after 5 September: in time
        assertThat(amended.result().orElseThrow().lastDayToRefile()).isEqualTo(LocalDate.of(2024, 9, 12));
        assertThat(amended.outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    /**
     * No holiday notice is configured for 2027: 民法典 第二百零三条 still moves a last day on a Saturday (the weekly
     * rest day of 《国务院关于职工工作时间的规定》 第七条) to Monday, and the decision warns that the year's holidays
     * are not known.
     */
    @Test
    void aYearWithoutAHolidayNotice_theWeekendStillExtends_andTheDecisionWarns() {
        Decision<ChangeCheckResult> d = decide(
                replacementOn(LocalDate.of(2027, 3, 6))
                        .refiledOn(LocalDate.of(2027, 3, 15))
                        .refiledWith(SampleTrusts.HUZHOU)
                        .build(),
                LocalDate.of(2027, 4, 1));
        ChangeCheckResult r = d.result().orElseThrow();
        assertThat(r.nominalLastDay()).isEqualTo(LocalDate.of(2027, 3, 13));
        assertThat(r.lastDayToRefile()).isEqualTo(LocalDate.of(2027, 3, 15));
        assertThat(r.status()).isEqualTo(RefilingStatus.ON_TIME);
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.code()).isEqualTo(org.minzheng.core.program.Periods.NOTICE_NOT_CONFIGURED);
            assertThat(w.facts()).containsEntry("year", 2027);
        });
        assertThat(d.parameterValues()).extracting(v -> v.key().name()).doesNotContain("calendar.days-off");
        assertThat(explainBoth(CHANGE, d)).anySatisfy(text -> assertThat(text).contains("2027"));
    }

    @Test
    void badInput_theTrustAndTheRefilingDepartmentAreChecked() {
        CharitableTrust badCode = SampleTrusts.cashTrust(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5))
                .trustees(
                        List.of(SampleTrusts.trustee("湖州市示例慈善基金会", "not-a-code", TrusteeType.CHARITABLE_ORGANISATION)))
                .build();
        TrustChange c = ImmutableTrustChange.builder()
                .trust(badCode)
                .kind(ChangeKind.LISTED_CHANGE)
                .changeDate(CHANGED)
                .refiledOn(LocalDate.of(2024, 11, 4))
                .refiledWith(org.minzheng.charity.trust.ImmutableCivilAffairsDepartment.builder()
                        .region(org.minzheng.core.region.RegionCode.of("330500"))
                        .level(org.minzheng.core.region.RegionLevel.COUNTY)
                        .build())
                .build();
        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 12, 1)))
                .isInstanceOfSatisfying(
                        InvalidInputException.class,
                        e -> assertThat(e.violations())
                                .extracting(v -> v.path() + " " + v.code())
                                .containsExactly(
                                        "facts.refiledWith.level charity.department-level-mismatch",
                                        "facts.trust.trustees[0].creditCode charity.credit-code-invalid"));
    }
}
