package org.minzheng.funeral.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.minzheng.funeral.person.MaskedId;

class AuditLogTest {

    static final MaskedId DECEASED = MaskedId.parse("3305**********0315");
    static final MaskedId APPLICANT = MaskedId.parse("3305**********0420");

    static AuditLog sample() {
        AuditLog log = new AuditLog();
        Map<String, String> submit = new LinkedHashMap<>();
        submit.put("relation", "CHILD");
        submit.put("kinds", "DEPOSITS");
        log.append(
                LocalDate.of(2024, 11, 28),
                "HZ-1",
                "SUBMIT",
                "APPLICANT",
                null,
                "SUBMITTED",
                DECEASED,
                APPLICANT,
                submit);
        log.append(
                LocalDate.of(2024, 12, 1),
                "HZ-1",
                "VERIFY",
                "OFFICIAL",
                "SUBMITTED",
                "VERIFIED",
                DECEASED,
                APPLICANT,
                Map.of("outcome", "ELIGIBLE"));
        log.append(
                LocalDate.of(2024, 12, 1),
                "HZ-1",
                "GRANT",
                "OFFICIAL",
                "VERIFIED",
                "GRANTED",
                DECEASED,
                APPLICANT,
                Map.of("valid-until", "2024-12-31"));
        return log;
    }

    @Test
    void canonicalText_isTheDocumentedEncoding_andTheHashIsItsSha256() throws Exception {
        AuditEntry first = sample().entries().get(0);
        assertThat(first.canonicalText())
                .isEqualTo("minzheng-audit-entry/1\n"
                        + "sequence=0\n"
                        + "date=2024-11-28\n"
                        + "case=HZ-1\n"
                        + "action=SUBMIT\n"
                        + "actor=APPLICANT\n"
                        + "from=-\n"
                        + "to=SUBMITTED\n"
                        + "deceased=3305**********0315\n"
                        + "applicant=3305**********0420\n"
                        + "detail=kinds:DEPOSITS;relation:CHILD\n"
                        + "previous=" + "0".repeat(64) + "\n");
        String independent = HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256")
                        .digest(first.canonicalText().getBytes(StandardCharsets.UTF_8)));
        assertThat(first.hash()).isEqualTo(independent);
        AuditEntry second = sample().entries().get(1);
        assertThat(second.previousHash()).isEqualTo(first.hash());
    }

    @Test
    void anUntouchedLog_verifies_withAndWithoutItsAnchor() {
        AuditLog log = sample();
        assertThat(log.verify()).isEqualTo(AuditVerification.ok());
        assertThat(AuditLog.verify(log.entries())).isEqualTo(AuditVerification.ok());
        assertThat(AuditLog.verify(List.of(), new AuditAnchor(0, AuditEntry.GENESIS))
                        .valid())
                .isTrue();
    }

    @Test
    void truncation_isCaughtOnlyAgainstTheAnchor() {
        AuditLog log = sample();
        List<AuditEntry> cut = log.entries().subList(0, 2);
        assertThat(AuditLog.verify(cut).valid())
                .as("a chain alone cannot see a cut-off end")
                .isTrue();
        assertThat(AuditLog.verify(cut, log.anchor()))
                .isEqualTo(AuditVerification.failedAt(2, AuditVerification.Problem.LENGTH_MISMATCH));
    }

    @Test
    void aRehashedSuffix_isCaughtByTheAnchor() {
        AuditLog log = sample();
        List<AuditEntry> forged = new ArrayList<>(log.entries());
        AuditEntry e = forged.get(2);
        AuditEntry edited = AuditEntry.chained(
                2,
                e.date(),
                e.caseId(),
                e.action(),
                e.actor(),
                e.fromState(),
                e.toState(),
                e.deceased(),
                e.applicant(),
                Map.of("valid-until", "2025-12-31"),
                e.previousHash());
        forged.set(2, edited);
        assertThat(AuditLog.verify(forged).valid()).isTrue();
        assertThat(AuditLog.verify(forged, log.anchor()))
                .isEqualTo(AuditVerification.failedAt(2, AuditVerification.Problem.HEAD_MISMATCH));
    }

    @Test
    void aDetailOrCaseIdThatIsAFullIdNumber_isRefused_validOrNot() {
        AuditLog log = new AuditLog();
        for (String id :
                new String[] {"330502194803150315", "11010519491231002X", "110105194912310021", "110105491231002"}) {
            assertThatThrownBy(() -> log.append(
                            LocalDate.of(2024, 1, 1),
                            "HZ-1",
                            "SUBMIT",
                            "APPLICANT",
                            null,
                            "SUBMITTED",
                            DECEASED,
                            APPLICANT,
                            Map.of("reference", id)))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(id);
            assertThatThrownBy(() -> log.append(
                            LocalDate.of(2024, 1, 1),
                            "HZ-" + id,
                            "SUBMIT",
                            "APPLICANT",
                            null,
                            "SUBMITTED",
                            DECEASED,
                            APPLICANT,
                            Map.of()))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageNotContaining(id);
        }
        assertThat(log.entries()).isEmpty();
        log.append(
                LocalDate.of(2024, 1, 1),
                "HZ-1",
                "SUBMIT",
                "APPLICANT",
                null,
                "SUBMITTED",
                DECEASED,
                APPLICANT,
                Map.of("valid-until", "2025-12-31", "count", "12345678901234"));
        assertThat(log.entries()).hasSize(1);
    }

    @Test
    void entries_acceptMaskedNumbersAndCodeWordsOnly() {
        assertThatThrownBy(() -> MaskedId.parse("330502194803150315"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("330502194803150315");
        AuditLog log = new AuditLog();
        assertThatThrownBy(() -> log.append(
                        LocalDate.of(2024, 1, 1),
                        "HZ-1",
                        "SUBMIT",
                        "APPLICANT",
                        null,
                        "SUBMITTED",
                        DECEASED,
                        APPLICANT,
                        Map.of("name", "沈国华")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageNotContaining("沈国华");
        assertThatThrownBy(() -> log.append(
                        LocalDate.of(2024, 1, 1),
                        "HZ 1",
                        "SUBMIT",
                        "APPLICANT",
                        null,
                        "SUBMITTED",
                        DECEASED,
                        APPLICANT,
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> log.append(
                        LocalDate.of(2024, 1, 1),
                        "HZ-1",
                        "submit",
                        "APPLICANT",
                        null,
                        "SUBMITTED",
                        DECEASED,
                        APPLICANT,
                        Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.size()).isZero();
    }

    @Test
    void datesNeverGoBack() {
        AuditLog log = sample();
        assertThatThrownBy(() -> log.append(
                        LocalDate.of(2024, 11, 30),
                        "HZ-1",
                        "DISCLOSE",
                        "AUDITOR",
                        "GRANTED",
                        "GRANTED",
                        DECEASED,
                        APPLICANT,
                        new TreeMap<>()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(log.size()).isEqualTo(3);
    }

    @Test
    void theEntriesCopy_cannotChangeTheLog() {
        AuditLog log = sample();
        assertThatThrownBy(() -> log.entries().remove(0)).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> log.entries().get(0).detail().put("x", "y"))
                .isInstanceOf(UnsupportedOperationException.class);
        assertThat(log.toString()).isEqualTo("AuditLog[3 entries]");
    }
}
