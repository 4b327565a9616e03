package org.minzheng.funeral.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.money.Money;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.funeral.audit.AuditEntry;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryApplication;
import org.minzheng.funeral.estate.EstateQueryGrant;
import org.minzheng.funeral.estate.Evidence;
import org.minzheng.funeral.estate.ImmutableApplicant;
import org.minzheng.funeral.estate.ImmutableDeceased;
import org.minzheng.funeral.estate.ImmutableEstateQueryApplication;
import org.minzheng.funeral.person.PersonName;
import org.minzheng.funeral.person.Relation;
import org.minzheng.funeral.testing.FuneralTestBooks;

class EstateQueryCaseTest {

    static final LocalDate SUBMITTED_ON = LocalDate.of(2024, 11, 28);
    static final LocalDate DECIDED_ON = LocalDate.of(2024, 12, 1);
    static final LocalDate LAST_VALID_DAY = LocalDate.of(2024, 12, 30);
    static final LocalDate AFTER_VALIDITY = LocalDate.of(2024, 12, 31);
    static final PolicySnapshot FIXTURE = FuneralTestBooks.huzhouFixture(DECIDED_ON);
    static final PolicySnapshot OFFICIAL = FuneralTestBooks.huzhou(DECIDED_ON);

    static EstateQueryApplication application(Set<Evidence> evidence) {
        return ImmutableEstateQueryApplication.builder()
                .deceased(ImmutableDeceased.builder()
                        .idNumber(ResidentIdNumber.parse("330523195209080154"))
                        .name(PersonName.of("钱文远"))
                        .dateOfDeath(LocalDate.of(2024, 11, 2))
                        .build())
                .applicant(ImmutableApplicant.builder()
                        .idNumber(ResidentIdNumber.parse("330523198001120261"))
                        .name(PersonName.of("钱晓燕"))
                        .relation(Relation.CHILD)
                        .build())
                .evidence(evidence)
                .assetKinds(EnumSet.of(AssetKind.DEPOSITS, AssetKind.BANK_PRODUCTS))
                .institutions(List.of("湖州银行", "工商银行湖州分行"))
                .build();
    }

    static final Set<Evidence> COMPLETE =
            EnumSet.of(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF, Evidence.OWN_ID);

    static final List<AssetRecord> ANSWERS = List.of(
            AssetRecord.balance("湖州银行", AssetKind.DEPOSITS, Money.parse("38250.16"), DECIDED_ON),
            AssetRecord.referral("湖州银行", AssetKind.BANK_PRODUCTS, DECIDED_ON),
            AssetRecord.balance("湖州银行", AssetKind.SECURITIES, Money.parse("1200.00"), DECIDED_ON),
            AssetRecord.balance("农商银行德清支行", AssetKind.DEPOSITS, Money.parse("5000.00"), DECIDED_ON),
            AssetRecord.balance("工商银行湖州分行", AssetKind.BANK_PRODUCTS, Money.parse("20000.00"), DECIDED_ON));

    static EstateQueryCase answered() {
        EstateQueryCase c = EstateQueryCase.submit("HZ-2024-000123", application(COMPLETE), SUBMITTED_ON);
        c.verify(FIXTURE);
        c.grant(FIXTURE);
        c.dispatch(LocalDate.of(2024, 12, 2));
        c.answer(ANSWERS, LocalDate.of(2024, 12, 5));
        return c;
    }

    @Test
    void lifecycle_fromApplicationToClosure_auditsEveryTransitionAndDisclosure() {
        EstateQueryCase c = answered();
        assertThat(c.state()).isEqualTo(CaseState.ANSWERED);
        CaseView v = c.view(Role.APPLICANT, LocalDate.of(2024, 12, 6));
        assertThat(v.records()).containsExactly(ANSWERS.get(0), ANSWERS.get(1), ANSWERS.get(4));
        CaseView late = c.view(Role.APPLICANT, AFTER_VALIDITY);
        assertThat(late.records())
                .as("nothing is disclosed after the grant's dates")
                .isEmpty();
        c.close(AFTER_VALIDITY);
        assertThat(c.state()).isEqualTo(CaseState.CLOSED);
        List<AuditEntry> trail = c.auditTrail();
        assertThat(trail)
                .extracting(AuditEntry::action)
                .containsExactly("SUBMIT", "VERIFY", "GRANT", "DISPATCH", "ANSWER", "DISCLOSE", "DISCLOSE", "CLOSE");
        assertThat(trail)
                .extracting(AuditEntry::toState)
                .containsExactly(
                        "SUBMITTED", "VERIFIED", "GRANTED", "DISPATCHED", "ANSWERED", "ANSWERED", "ANSWERED", "CLOSED");
        assertThat(trail.get(5).detail()).containsEntry("records", "3").containsEntry("withheld", "2");
        assertThat(trail.get(6).detail()).containsEntry("records", "0").containsEntry("withheld", "5");
        assertThat(trail.get(2).detail())
                .containsEntry("valid-from", "2024-12-01")
                .containsEntry("valid-until", "2024-12-31");
        assertThat(c.auditAnchor().size()).isEqualTo(8);
        assertThat(org.minzheng.funeral.audit.AuditLog.verify(trail, c.auditAnchor())
                        .valid())
                .isTrue();
        assertThat(c.toString()).isEqualTo("EstateQueryCase[HZ-2024-000123 closed]");
    }

    @Test
    void missingDocuments_areRefusedAtVerification_andTheRefusalIsShownToTheApplicant() {
        EstateQueryCase c =
                EstateQueryCase.submit("HZ-2024-000124", application(EnumSet.of(Evidence.OWN_ID)), SUBMITTED_ON);
        c.verify(OFFICIAL);
        assertThat(c.state()).isEqualTo(CaseState.REFUSED);
        assertThat(c.refusal().orElseThrow().missingEvidence())
                .containsExactly(Evidence.DEATH_CERTIFICATE, Evidence.RELATIONSHIP_PROOF);
        assertThat(c.view(Role.APPLICANT, DECIDED_ON).refusal().missingEvidence())
                .hasSize(2);
        assertThat(c.auditTrail()).extracting(AuditEntry::action).containsExactly("SUBMIT", "REFUSE", "DISCLOSE");
        assertThat(c.auditTrail().get(1).detail()).containsEntry("missing", "DEATH_CERTIFICATE,RELATIONSHIP_PROOF");
        assertThatThrownBy(() -> c.grant(FIXTURE))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(IllegalTransitionException.Reason.NOT_ALLOWED_FROM_STATE));
    }

    @Test
    void grantOnTheOfficialPack_isIssuedWithoutAnEndDate_andCannotExpire() {
        // 银保监办发〔2019〕107号 grants the query; no source sets how long a grant lasts (the key is named)
        EstateQueryCase c = EstateQueryCase.submit("HZ-2024-000125", application(COMPLETE), SUBMITTED_ON);
        c.verify(OFFICIAL);
        c.grant(OFFICIAL);
        assertThat(c.state()).isEqualTo(CaseState.GRANTED);
        EstateQueryGrant g = c.issuedGrant().orElseThrow();
        assertThat(g.issuedOn()).isEqualTo(DECIDED_ON);
        assertThat(g.validityPeriod()).isEmpty();
        assertThat(c.auditTrail().get(c.auditTrail().size() - 1).detail())
                .containsEntry("valid-from", DECIDED_ON.toString())
                .doesNotContainKey("valid-until");
        int entries = c.auditTrail().size();
        assertThatThrownBy(() -> c.expire(AFTER_VALIDITY.plusYears(1)))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo(IllegalTransitionException.Reason.VALIDITY_NOT_ENDED));
        assertThat(c.auditTrail()).hasSize(entries);
    }

    /** The actions a case offers, each aimed at one target state. */
    enum Action {
        VERIFY(CaseState.VERIFIED, c -> c.verify(FIXTURE)),
        GRANT(CaseState.GRANTED, c -> c.grant(FIXTURE)),
        DISPATCH(CaseState.DISPATCHED, c -> c.dispatch(LAST_VALID_DAY)),
        ANSWER(CaseState.ANSWERED, c -> c.answer(ANSWERS, LAST_VALID_DAY)),
        CLOSE(CaseState.CLOSED, c -> c.close(AFTER_VALIDITY)),
        EXPIRE(CaseState.EXPIRED, c -> c.expire(AFTER_VALIDITY)),
        REVOKE(CaseState.REVOKED, c -> c.revoke(AFTER_VALIDITY, RevocationReason.WITHDRAWN_BY_APPLICANT));

        final CaseState target;
        final Consumer<EstateQueryCase> run;

        Action(CaseState target, Consumer<EstateQueryCase> run) {
            this.target = target;
            this.run = run;
        }
    }

    static EstateQueryCase reach(CaseState s) {
        EstateQueryCase c;
        switch (s) {
            case SUBMITTED:
                return EstateQueryCase.submit("HZ-X", application(COMPLETE), SUBMITTED_ON);
            case REFUSED:
                c = EstateQueryCase.submit("HZ-X", application(Set.of()), SUBMITTED_ON);
                c.verify(FIXTURE);
                return c;
            case VERIFIED:
                c = reach(CaseState.SUBMITTED);
                c.verify(FIXTURE);
                return c;
            case GRANTED:
                c = reach(CaseState.VERIFIED);
                c.grant(FIXTURE);
                return c;
            case DISPATCHED:
                c = reach(CaseState.GRANTED);
                c.dispatch(DECIDED_ON);
                return c;
            case ANSWERED:
                c = reach(CaseState.DISPATCHED);
                c.answer(ANSWERS, DECIDED_ON);
                return c;
            case CLOSED:
                c = reach(CaseState.ANSWERED);
                c.close(DECIDED_ON);
                return c;
            case EXPIRED:
                c = reach(CaseState.GRANTED);
                c.expire(AFTER_VALIDITY);
                return c;
            case REVOKED:
                c = reach(CaseState.GRANTED);
                c.revoke(DECIDED_ON, RevocationReason.EVIDENCE_NOT_GENUINE);
                return c;
            default:
                throw new IllegalArgumentException(s.name());
        }
    }

    @ParameterizedTest
    @EnumSource(CaseState.class)
    void everyMoveTheLifecycleDoesNotAllow_isATypedErrorAndChangesNothing(CaseState from) {
        for (Action a : Action.values()) {
            EstateQueryCase c = reach(from);
            assertThat(c.state()).isEqualTo(from);
            int entries = c.auditTrail().size();
            if (from.canMoveTo(a.target)) {
                a.run.accept(c);
                assertThat(c.state()).as(from + " " + a).isEqualTo(a.target);
                assertThat(c.auditTrail()).hasSize(entries + 1);
            } else {
                assertThatThrownBy(() -> a.run.accept(c))
                        .as(from + " " + a)
                        .isInstanceOfSatisfying(IllegalTransitionException.class, e -> {
                            assertThat(e.reason()).isEqualTo(IllegalTransitionException.Reason.NOT_ALLOWED_FROM_STATE);
                            assertThat(e.state()).isEqualTo(from);
                            assertThat(e.action()).isEqualTo(a.name());
                        });
                assertThat(c.state()).isEqualTo(from);
                assertThat(c.auditTrail()).hasSize(entries);
            }
        }
    }

    @Test
    void theLifecycleTable() {
        assertThat(CaseState.SUBMITTED.successors()).containsExactlyInAnyOrder(CaseState.VERIFIED, CaseState.REFUSED);
        assertThat(CaseState.VERIFIED.successors()).containsExactly(CaseState.GRANTED);
        for (CaseState s : List.of(CaseState.GRANTED, CaseState.DISPATCHED, CaseState.ANSWERED)) {
            assertThat(s.successors())
                    .contains(CaseState.EXPIRED, CaseState.REVOKED)
                    .hasSize(3);
        }
        assertThat(EnumSet.allOf(CaseState.class).stream().filter(CaseState::isFinal))
                .containsExactlyInAnyOrder(CaseState.CLOSED, CaseState.REFUSED, CaseState.EXPIRED, CaseState.REVOKED);
    }

    @Test
    void datesAndValidity_areEnforced() {
        EstateQueryCase c = reach(CaseState.GRANTED);
        assertThatThrownBy(() -> c.expire(LAST_VALID_DAY))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo(IllegalTransitionException.Reason.VALIDITY_NOT_ENDED));
        assertThatThrownBy(() -> c.dispatch(AFTER_VALIDITY))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.reason()).isEqualTo(IllegalTransitionException.Reason.OUTSIDE_VALIDITY));
        assertThatThrownBy(() -> c.dispatch(SUBMITTED_ON))
                .isInstanceOfSatisfying(
                        IllegalTransitionException.class,
                        e -> assertThat(e.reason())
                                .isEqualTo(IllegalTransitionException.Reason.DATE_BEFORE_LAST_EVENT));
        assertThatThrownBy(() -> c.view(Role.AUDITOR, SUBMITTED_ON)).isInstanceOf(IllegalArgumentException.class);
        assertThat(c.state()).isEqualTo(CaseState.GRANTED);
        assertThatThrownBy(() -> EstateQueryCase.submit("沈 case", application(COMPLETE), SUBMITTED_ON))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void afterRevocation_nothingIsDisclosed() {
        EstateQueryCase c = answered();
        c.revoke(LocalDate.of(2024, 12, 7), RevocationReason.SUPERSEDED_BY_COURT_OR_NOTARY);
        CaseView v = c.view(Role.OFFICIAL, LocalDate.of(2024, 12, 8));
        assertThat(v.records()).isEmpty();
        assertThat(v.withheldCount()).isEqualTo(ANSWERS.size());
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleSeesExactlyWhatTheMatrixAllows(Role role) {
        EstateQueryCase c = answered();
        CaseView v = c.view(role, LocalDate.of(2024, 12, 6));
        Set<CaseField> allowed = CaseViewPolicy.visibleTo(role);
        assertThat(v.state() != null).isEqualTo(allowed.contains(CaseField.STATE));
        assertThat(v.deceased() != null).isEqualTo(allowed.contains(CaseField.DECEASED));
        assertThat(v.applicant() != null).isEqualTo(allowed.contains(CaseField.APPLICANT));
        assertThat(v.relation() != null).isEqualTo(allowed.contains(CaseField.RELATION));
        assertThat(v.evidence() != null).isEqualTo(allowed.contains(CaseField.EVIDENCE));
        assertThat(v.scope() != null).isEqualTo(allowed.contains(CaseField.GRANT_SCOPE));
        assertThat(v.validity() != null).isEqualTo(allowed.contains(CaseField.GRANT_SCOPE));
        assertThat(v.records() != null).isEqualTo(allowed.contains(CaseField.ASSET_RECORDS));
        assertThat(v.disclosableCount() != null).isEqualTo(allowed.contains(CaseField.RECORD_COUNTS));
        assertThat(v.auditTrail() != null).isEqualTo(allowed.contains(CaseField.AUDIT_TRAIL));
        assertThat(v.refusal()).as("no refusal in a granted case").isNull();
        AuditEntry last = c.auditTrail().get(c.auditTrail().size() - 1);
        assertThat(last.action()).isEqualTo("DISCLOSE");
        assertThat(last.actor()).isEqualTo(role.name());
    }

    @Test
    void theRoleMatrix_isTheDocumentedDesign() {
        assertThat(CaseViewPolicy.visibleTo(Role.CO_HEIR))
                .containsExactlyInAnyOrder(CaseField.STATE, CaseField.DECEASED, CaseField.GRANT_SCOPE);
        assertThat(CaseViewPolicy.visibleTo(Role.AUDITOR))
                .contains(CaseField.AUDIT_TRAIL)
                .doesNotContain(CaseField.ASSET_RECORDS, CaseField.EVIDENCE);
        assertThat(CaseViewPolicy.visibleTo(Role.APPLICANT))
                .contains(CaseField.ASSET_RECORDS)
                .doesNotContain(CaseField.AUDIT_TRAIL);
        for (Role r : Role.values()) {
            assertThat(CaseViewPolicy.allows(r, CaseField.STATE)).isTrue();
        }
    }
}
