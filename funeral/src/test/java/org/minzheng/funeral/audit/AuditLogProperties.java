package org.minzheng.funeral.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.minzheng.core.testing.IdGenerators;
import org.minzheng.funeral.person.MaskedId;
import org.quicktheories.core.Gen;

/**
 * Any single edit, insertion, deletion or reordering of an audit log fails verification, at the
 * index where it was made.
 */
class AuditLogProperties {

    static final List<String> ACTIONS = List.of("SUBMIT", "VERIFY", "GRANT", "DISPATCH", "ANSWER", "DISCLOSE", "CLOSE");
    static final List<String> ROLES = List.of("APPLICANT", "CO_HEIR", "OFFICIAL", "AUDITOR");

    /** Logs of 1 to 12 entries with random content. */
    static Gen<List<AuditEntry>> logs() {
        Gen<MaskedId> ids = IdGenerators.residentIdNumbers().map(MaskedId::of);
        return integers().between(1, 12).zip(ids, ids, integers().between(0, Integer.MAX_VALUE), (n, d, a, seed) -> {
            AuditLog log = new AuditLog();
            java.util.Random r = new java.util.Random(seed);
            LocalDate date = LocalDate.of(2024, 1, 1).plusDays(r.nextInt(300));
            for (int i = 0; i < n; i++) {
                date = date.plusDays(r.nextInt(3));
                Map<String, String> detail = new TreeMap<>();
                for (int k = r.nextInt(3); k > 0; k--) {
                    detail.put("k" + r.nextInt(5), Integer.toString(r.nextInt(1000)));
                }
                log.append(
                        date,
                        "CASE-" + (seed % 97),
                        ACTIONS.get(r.nextInt(ACTIONS.size())),
                        ROLES.get(r.nextInt(ROLES.size())),
                        i == 0 ? null : "STATE_" + r.nextInt(4),
                        "STATE_" + r.nextInt(4),
                        d,
                        a,
                        detail);
            }
            return log.entries();
        });
    }

    static AuditEntry edit(AuditEntry e, int field) {
        switch (field) {
            case 0:
                return new AuditEntry(
                        e.sequence(),
                        e.date().plusDays(1),
                        e.caseId(),
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 1:
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId() + "X",
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 2:
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId(),
                        e.action().equals("GRANT") ? "REVOKE" : "GRANT",
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 3:
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId(),
                        e.action(),
                        e.actor().equals("AUDITOR") ? "OFFICIAL" : "AUDITOR",
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 4:
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId(),
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState() + "X",
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 5: {
                TreeMap<String, String> d = new TreeMap<>(e.detail());
                d.put("records", d.containsKey("records") ? d.get("records") + "0" : "1");
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId(),
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        d,
                        e.previousHash(),
                        e.hash());
            }
            case 6:
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId(),
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.applicant().equals(e.deceased()) ? MaskedId.parse("0000**********0000") : e.applicant(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 7:
                return new AuditEntry(
                        e.sequence() + 1,
                        e.date(),
                        e.caseId(),
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        e.previousHash(),
                        e.hash());
            case 8:
                return new AuditEntry(
                        e.sequence(),
                        e.date(),
                        e.caseId(),
                        e.action(),
                        e.actor(),
                        e.fromState(),
                        e.toState(),
                        e.deceased(),
                        e.applicant(),
                        e.detail(),
                        flip(e.previousHash()),
                        e.hash());
            default:
                return e.withHash(flip(e.hash()));
        }
    }

    static String flip(String hex) {
        char c = hex.charAt(7);
        return hex.substring(0, 7) + (c == '0' ? '1' : '0') + hex.substring(8);
    }

    @Test
    void anySingleEdit_failsAtTheEditedIndex() {
        qt().withExamples(400)
                .forAll(logs(), integers().between(0, 1000), integers().between(0, 9))
                .checkAssert((log, at, field) -> {
                    int i = at % log.size();
                    List<AuditEntry> tampered = new ArrayList<>(log);
                    tampered.set(i, edit(log.get(i), field));
                    AuditAnchor anchor =
                            new AuditAnchor(log.size(), log.get(log.size() - 1).hash());
                    AuditVerification v = AuditLog.verify(tampered, anchor);
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstBadIndex()).isEqualTo(i);
                    assertThat(AuditLog.verify(tampered).firstBadIndex())
                            .as("without an anchor too")
                            .isEqualTo(i);
                });
    }

    @Test
    void anEditRehashedByTheForger_failsAtTheNextIndexOrAgainstTheAnchor() {
        qt().withExamples(300)
                .forAll(logs(), integers().between(0, 1000), integers().between(0, 6))
                .checkAssert((log, at, field) -> {
                    int i = at % log.size();
                    List<AuditEntry> tampered = new ArrayList<>(log);
                    AuditEntry edited = edit(log.get(i), field);
                    tampered.set(i, edited.withHash(edited.computeHash()));
                    AuditVerification v = AuditLog.verify(
                            tampered,
                            new AuditAnchor(log.size(), log.get(log.size() - 1).hash()));
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstBadIndex()).isEqualTo(i == log.size() - 1 ? i : i + 1);
                });
    }

    @Test
    void anySingleInsertion_failsAtTheInsertedIndex() {
        qt().withExamples(300)
                .forAll(logs(), logs(), integers().between(0, 1000), integers().between(0, 1000))
                .checkAssert((log, other, at, pick) -> {
                    int i = at % (log.size() + 1);
                    AuditEntry inserted = other.get(pick % other.size());
                    List<AuditEntry> tampered = new ArrayList<>(log);
                    tampered.add(i, inserted);
                    AuditVerification v = AuditLog.verify(
                            tampered,
                            new AuditAnchor(log.size(), log.get(log.size() - 1).hash()));
                    assertThat(v.valid()).isFalse();
                    String previous =
                            i == 0 ? AuditEntry.GENESIS : log.get(i - 1).hash();
                    boolean fitsTheChain = inserted.sequence() == i
                            && inserted.previousHash().equals(previous)
                            && inserted.hashMatches();
                    // only an entry that happens to fit (another log's first entry inserted first) passes its own index
                    assertThat(v.firstBadIndex()).isEqualTo(fitsTheChain && i < log.size() ? i + 1 : i);
                });
    }

    @Test
    void aForgedInsertionThatFitsTheChain_failsRightAfterIt() {
        qt().withExamples(300).forAll(logs(), integers().between(0, 1000)).checkAssert((log, at) -> {
            int i = at % (log.size() + 1);
            AuditEntry template = log.get(Math.min(i, log.size() - 1));
            String previous = i == 0 ? AuditEntry.GENESIS : log.get(i - 1).hash();
            AuditEntry forged = AuditEntry.chained(
                    i,
                    template.date(),
                    template.caseId(),
                    "DISCLOSE",
                    "CO_HEIR",
                    template.toState(),
                    template.toState(),
                    template.deceased(),
                    template.applicant(),
                    Map.of("records", "9"),
                    previous);
            List<AuditEntry> tampered = new ArrayList<>(log);
            tampered.add(i, forged);
            AuditVerification v = AuditLog.verify(
                    tampered,
                    new AuditAnchor(log.size(), log.get(log.size() - 1).hash()));
            assertThat(v.valid()).isFalse();
            assertThat(v.firstBadIndex()).isEqualTo(i == log.size() ? i : i + 1);
        });
    }

    @Test
    void anySingleDeletion_failsAtTheDeletedIndex() {
        qt().withExamples(300).forAll(logs(), integers().between(0, 1000)).checkAssert((log, at) -> {
            int i = at % log.size();
            List<AuditEntry> tampered = new ArrayList<>(log);
            tampered.remove(i);
            AuditVerification v = AuditLog.verify(
                    tampered,
                    new AuditAnchor(log.size(), log.get(log.size() - 1).hash()));
            assertThat(v.valid()).isFalse();
            assertThat(v.firstBadIndex()).isEqualTo(i);
        });
    }

    @Test
    void anyReordering_failsAtTheFirstMovedIndex() {
        qt().withExamples(300)
                .forAll(
                        logs().assuming(l -> l.size() >= 2),
                        integers().between(0, 1000),
                        integers().between(0, 1000))
                .checkAssert((log, a, b) -> {
                    int i = a % log.size();
                    int j = b % log.size();
                    if (i == j) {
                        j = (i + 1) % log.size();
                    }
                    List<AuditEntry> tampered = new ArrayList<>(log);
                    java.util.Collections.swap(tampered, i, j);
                    AuditVerification v = AuditLog.verify(
                            tampered,
                            new AuditAnchor(log.size(), log.get(log.size() - 1).hash()));
                    assertThat(v.valid()).isFalse();
                    assertThat(v.firstBadIndex()).isEqualTo(Math.min(i, j));
                });
    }

    @Test
    void untouchedLogs_alwaysVerify() {
        qt().withExamples(200)
                .forAll(logs())
                .checkAssert(log -> assertThat(AuditLog.verify(
                                log,
                                new AuditAnchor(
                                        log.size(), log.get(log.size() - 1).hash())))
                        .isEqualTo(AuditVerification.ok()));
    }
}
