package org.minzheng.charity.change;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.minzheng.charity.CharityTestSupport.explainBoth;
import static org.minzheng.charity.CharityTestSupport.huzhou;

import java.time.LocalDate;
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
    static final CharitableTrust TRUST = SampleTrusts.cashTrust(LocalDate.of(2024, 3, 1), LocalDate.of(2024, 3, 5)).build();
    static final LocalDate CHANGED = LocalDate.of(2024, 11, 1);

    static ImmutableTrustChange.Builder replacement(ReplacementGround ground) {
        return ImmutableTrustChange.builder().trust(TRUST).kind(ChangeKind.TRUSTEE_REPLACEMENT).changeDate(CHANGED)
                .replacement(ImmutableTrusteeReplacement.builder().outgoingTrustee(SampleTrusts.HUZHOU_FOUNDATION)
                        .incomingTrustee(SampleTrusts.trustee("湖州市另一慈善基金会", "53330500MJ0000011K",
                                TrusteeType.CHARITABLE_ORGANISATION))
                        .ground(ground).build());
    }

    static Decision<ChangeCheckResult> decide(TrustChange c, LocalDate asOf) {
        return CHANGE.decide(c, huzhou(asOf));
    }

    @Test
    void art48_changedOnTheFirst_refiledOnTheEighth_isOnTime_andOnTheNinthLate() {
        Decision<ChangeCheckResult> onTime = decide(replacement(ReplacementGround.BREACH_OF_DUTY)
                .refiledOn(LocalDate.of(2024, 11, 8)).refiledWith(SampleTrusts.HUZHOU).build(), LocalDate.of(2024, 12, 1));
        assertThat(onTime.outcome()).isEqualTo(Outcome.ELIGIBLE);
        ChangeCheckResult r = onTime.result().orElseThrow();
        assertThat(r.lastDayToRefile()).isEqualTo(LocalDate.of(2024, 11, 8));
        assertThat(r.status()).isEqualTo(RefilingStatus.ON_TIME);
        assertThat(r.refileWith()).isEqualTo(SampleTrusts.HUZHOU);
        assertThat(onTime.finding(TrustChangeProgram.DEADLINE).orElseThrow().citation())
                .isEqualTo(CharityCitations.LAW_ART_48.on(CHANGED));
        assertThat(onTime.finding(TrustChangeProgram.GROUND).orElseThrow().verdict()).isEqualTo(Verdict.MET);
        assertThat(onTime.parameterValues()).extracting(v -> v.key().name())
                .containsExactly("calendar.days-off", "calendar.working-days",
                        CharityParameters.TRUSTEE_CHANGE_REFILING_DAYS.name());
        explainBoth(CHANGE, onTime);

        Decision<ChangeCheckResult> late = decide(replacement(ReplacementGround.BREACH_OF_DUTY)
                .refiledOn(LocalDate.of(2024, 11, 9)).refiledWith(SampleTrusts.HUZHOU).build(), LocalDate.of(2024, 12, 1));
        assertThat(late.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(late.result().orElseThrow().status()).isEqualTo(RefilingStatus.LATE);
        assertThat(late.counterfactuals()).singleElement().satisfies(n -> assertThat(n.facts()).containsEntry("daysLate", 1L));
        explainBoth(CHANGE, late);
    }

    @Test
    void notYetRefiled_isPendingWithinTheSevenDays_andOverdueAfter() {
        TrustChange c = replacement(ReplacementGround.UNABLE_TO_PERFORM).build();
        Decision<ChangeCheckResult> pending = decide(c, LocalDate.of(2024, 11, 8));
        assertThat(pending.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(pending.result().orElseThrow().status()).isEqualTo(RefilingStatus.PENDING);
        assertThat(pending.finding(TrustChangeProgram.DEADLINE).orElseThrow().verdict()).isEqualTo(Verdict.INFO);
        Decision<ChangeCheckResult> overdue = decide(c, LocalDate.of(2024, 11, 9));
        assertThat(overdue.outcome()).isEqualTo(Outcome.INELIGIBLE);
        assertThat(overdue.result().orElseThrow().status()).isEqualTo(RefilingStatus.OVERDUE);
        explainBoth(CHANGE, pending);
        explainBoth(CHANGE, overdue);
    }

    @Test
    void art48_refilingGoesToTheOriginalDepartment() {
        Decision<ChangeCheckResult> d = decide(replacement(ReplacementGround.BANKRUPT).refiledOn(LocalDate.of(2024, 11, 4))
                .refiledWith(SampleTrusts.HANGZHOU).build(), LocalDate.of(2024, 12, 1));
        assertThat(d.finding(TrustChangeProgram.AUTHORITY).orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(d.finding(TrustChangeProgram.AUTHORITY).orElseThrow().facts())
                .containsEntry("original", SampleTrusts.HUZHOU);
        assertThat(d.finding(TrustChangeProgram.GROUND).orElseThrow().citation())
                .isEqualTo(CharityCitations.MEASURES_REPLACEMENT);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(CHANGE, d);
    }

    @Test
    void aTrusteeMayResign_onlyIfTheTrustDocumentAllowsIt() {
        TrustChange notAllowed = replacement(ReplacementGround.RESIGNATION).refiledOn(LocalDate.of(2024, 11, 2))
                .refiledWith(SampleTrusts.HUZHOU).build();
        Decision<ChangeCheckResult> d = decide(notAllowed, LocalDate.of(2024, 12, 1));
        assertThat(d.finding(TrustChangeProgram.RESIGNATION).orElseThrow().verdict()).isEqualTo(Verdict.NOT_MET);
        assertThat(d.finding(TrustChangeProgram.RESIGNATION).orElseThrow().citation())
                .isEqualTo(CharityCitations.MEASURES_RESIGNATION);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
        explainBoth(CHANGE, d);
        TrustChange allowed = ImmutableTrustChange.copyOf(notAllowed).withReplacement(ImmutableTrusteeReplacement
                .copyOf(notAllowed.replacement().orElseThrow()).withTrustDocumentAllowsResignation(true));
        assertThat(decide(allowed, LocalDate.of(2024, 12, 1)).outcome()).isEqualTo(Outcome.ELIGIBLE);
    }

    @Test
    void aGroundTheSourcesDoNotName_goesToReview() {
        Decision<ChangeCheckResult> d = decide(replacement(ReplacementGround.OTHER).refiledOn(LocalDate.of(2024, 11, 2))
                .refiledWith(SampleTrusts.HUZHOU).build(), LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.NEEDS_REVIEW);
        assertThat(d.finding(TrustChangeProgram.GROUND).orElseThrow().verdict()).isEqualTo(Verdict.NEEDS_REVIEW);
    }

    @Test
    void art47_theIncomingTrusteeMustBeAllowed() {
        TrustChange c = ImmutableTrustChange.copyOf(replacement(ReplacementGround.BREACH_OF_DUTY).build())
                .withReplacement(ImmutableTrusteeReplacement.builder().outgoingTrustee(SampleTrusts.HUZHOU_FOUNDATION)
                        .incomingTrustee(SampleTrusts.trustee("示例咨询公司", SampleTrusts.HUZHOU_TRUST_COMPANY,
                                TrusteeType.OTHER)).ground(ReplacementGround.BREACH_OF_DUTY).build());
        Decision<ChangeCheckResult> d = decide(c, LocalDate.of(2024, 11, 3));
        assertThat(d.finding(TrustChangeProgram.INCOMING).orElseThrow().facts())
                .containsEntry("issue", TrusteeIssue.TYPE_NOT_ALLOWED);
        assertThat(d.outcome()).isEqualTo(Outcome.INELIGIBLE);
    }

    @Test
    void unlistedChange_needsNoRefiling() {
        Decision<ChangeCheckResult> d = decide(ImmutableTrustChange.builder().trust(TRUST).kind(ChangeKind.UNLISTED_CHANGE)
                .changeDate(CHANGED).build(), LocalDate.of(2025, 6, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.result().orElseThrow().refilingRequired()).isFalse();
        assertThat(d.result().orElseThrow().status()).isEqualTo(RefilingStatus.NOT_REQUIRED);
        assertThat(d.parameterValues()).isEmpty();
        explainBoth(CHANGE, d);
    }

    @Test
    void listedChange_usesTheMeasuresPeriod_andWarnsThatItsStartDateIsNotExact() {
        Decision<ChangeCheckResult> d = decide(ImmutableTrustChange.builder().trust(TRUST).kind(ChangeKind.LISTED_CHANGE)
                .changeDate(CHANGED).refiledOn(LocalDate.of(2024, 11, 6)).refiledWith(SampleTrusts.HUZHOU).build(),
                LocalDate.of(2024, 12, 1));
        assertThat(d.outcome()).isEqualTo(Outcome.ELIGIBLE);
        assertThat(d.parameterValues()).extracting(v -> v.key().name()).containsExactly("calendar.days-off",
                "calendar.working-days", CharityParameters.CHANGE_REFILING_DAYS.name());
        assertThat(d.finding(TrustChangeProgram.DEADLINE).orElseThrow().citation())
                .isEqualTo(CharityCitations.MEASURES_ART_19);
        assertThat(d.warnings()).extracting(n -> n.code()).containsExactly("policy.since-not-exact");
    }

    @Test
    void badInput_everyViolationIsListed() {
        TrustChange c = ImmutableTrustChange.builder().trust(TRUST).kind(ChangeKind.TRUSTEE_REPLACEMENT)
                .changeDate(CHANGED).refiledOn(LocalDate.of(2024, 10, 30)).build();
        assertThatThrownBy(() -> decide(c, LocalDate.of(2024, 12, 1))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.violations()).extracting(v -> v.path() + " " + v.code()).containsExactly(
                        "facts.refiledOn charity.change.refiled-before-change",
                        "facts.refiledWith charity.change.refiling-incomplete",
                        "facts.replacement NotNull"));
        TrustChange unknownOutgoing = ImmutableTrustChange.copyOf(replacement(ReplacementGround.BANKRUPT).build())
                .withReplacement(ImmutableTrusteeReplacement.builder().outgoingTrustee(SampleTrusts.HANGZHOU_TRUST_COMPANY)
                        .incomingTrustee(SampleTrusts.trustee("x", "not-a-code", TrusteeType.TRUST_COMPANY))
                        .ground(ReplacementGround.BANKRUPT).build());
        assertThatThrownBy(() -> decide(unknownOutgoing, LocalDate.of(2024, 12, 1)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.violations())
                        .extracting(v -> v.path() + " " + v.code()).containsExactly(
                                "facts.replacement.incomingTrustee.creditCode charity.credit-code-invalid",
                                "facts.replacement.outgoingTrustee charity.change.outgoing-unknown"));
    }
}
