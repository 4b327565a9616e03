package org.minzheng.funeral;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.funeral.audit.AuditEntry;
import org.minzheng.funeral.cases.CaseView;
import org.minzheng.funeral.cases.EstateQueryCase;
import org.minzheng.funeral.cases.RevocationReason;
import org.minzheng.funeral.cases.Role;
import org.minzheng.funeral.estate.AssetKind;
import org.minzheng.funeral.estate.AssetRecord;
import org.minzheng.funeral.estate.EstateQueryApplication;
import org.minzheng.funeral.estate.EstateQueryProgram;
import org.minzheng.funeral.estate.EstateQueryResult;
import org.minzheng.funeral.estate.ImmutableDeceased;
import org.minzheng.funeral.estate.ImmutableEstateQueryApplication;
import org.minzheng.funeral.person.PersonName;
import org.minzheng.funeral.testing.FuneralGenerators;
import org.minzheng.funeral.testing.FuneralTestBooks;

/**
 * No full identity number and no name of the deceased or the applicant appears in any
 * toString, exception message, audit entry, view, decision (JSON or explanation); and the
 * module writes no log lines at all.
 */
class PersonalDataTest {

    static final LocalDate DATE = LocalDate.of(2024, 12, 1);
    static final EstateQueryProgram PROGRAM = new EstateQueryProgram();
    static final Explainer EXPLAINER = Explainer.of(
            List.of(PROGRAM.messageBundle()),
            PersonalDataTest.class.getClassLoader(),
            FuneralTestBooks.fixture().instruments());

    static List<String> secrets(EstateQueryApplication a) {
        List<String> s = new ArrayList<>();
        s.add(a.deceased().idNumber().value());
        s.add(a.applicant().idNumber().value());
        a.deceased().name().ifPresent(n -> s.add(n.value()));
        a.applicant().name().ifPresent(n -> s.add(n.value()));
        return s;
    }

    static void assertClean(String text, List<String> secrets) {
        for (String secret : secrets) {
            assertThat(text).doesNotContain(secret);
        }
    }

    @Test
    void noFullIdOrNameInAnyOutput_overTheWholeLifecycle() {
        PolicySnapshot fixture = FuneralTestBooks.huzhouFixture(DATE);
        qt().withExamples(120)
                .forAll(FuneralGenerators.estateQueryApplications(DATE))
                .checkAssert(a -> {
                    List<String> secrets = secrets(a);
                    List<String> outputs = new ArrayList<>();
                    outputs.add(a.toString());
                    outputs.add(a.deceased().toString());
                    outputs.add(a.applicant().toString());
                    Decision<EstateQueryResult> d = PROGRAM.decide(a, fixture);
                    outputs.add(d.toString());
                    outputs.add(Json.pretty(d));
                    outputs.add(String.valueOf(d.result().orElseThrow()));
                    for (Language lang : Language.values()) {
                        outputs.add(EXPLAINER.explain(d, PROGRAM.title().in(lang), lang));
                    }
                    EstateQueryCase c =
                            EstateQueryCase.submit("PD-1", a, a.deceased().dateOfDeath());
                    outputs.add(c.toString());
                    try {
                        c.verify(fixture);
                        if (c.decision().orElseThrow().result().orElseThrow().grant() != null) {
                            c.grant(fixture);
                            c.dispatch(DATE);
                            c.answer(
                                    List.of(AssetRecord.balance(
                                            a.institutions().get(0),
                                            AssetKind.DEPOSITS,
                                            org.minzheng.core.money.Money.ofYuan(100),
                                            DATE)),
                                    DATE);
                        }
                    } catch (RuntimeException e) {
                        outputs.add(String.valueOf(e.getMessage()));
                    }
                    for (Role r : Role.values()) {
                        CaseView v = c.view(r, DATE);
                        outputs.add(v.toString());
                        outputs.add(Json.pretty(v));
                    }
                    try {
                        c.close(DATE.minusYears(10));
                    } catch (RuntimeException e) {
                        outputs.add(e.getMessage());
                        outputs.add(e.toString());
                    }
                    try {
                        c.revoke(DATE, RevocationReason.OTHER);
                        c.revoke(DATE, RevocationReason.OTHER);
                    } catch (RuntimeException e) {
                        outputs.add(e.getMessage());
                    }
                    for (AuditEntry e : c.auditTrail()) {
                        outputs.add(e.canonicalText());
                        outputs.add(e.toString());
                        outputs.add(Json.pretty(e));
                    }
                    for (String o : outputs) {
                        assertClean(o, secrets);
                    }
                });
    }

    @Test
    void invalidInput_andBadValues_neverEchoTheNumberOrName() {
        qt().withExamples(60)
                .forAll(FuneralGenerators.estateQueryApplications(DATE))
                .checkAssert(a -> {
                    List<String> secrets = secrets(a);
                    EstateQueryApplication bad = ImmutableEstateQueryApplication.copyOf(a)
                            .withApplicant(org.minzheng.funeral.estate.ImmutableApplicant.copyOf(a.applicant())
                                    .withIdNumber(a.deceased().idNumber()))
                            .withDeceased(ImmutableDeceased.copyOf(a.deceased()).withDateOfDeath(DATE.plusDays(1)));
                    assertThatThrownBy(() -> PROGRAM.decide(bad, FuneralTestBooks.huzhou(DATE)))
                            .satisfies(e -> {
                                assertClean(e.getMessage(), secrets);
                                assertClean(e.toString(), secrets);
                            });
                    String id = a.deceased().idNumber().value();
                    String broken = id.substring(0, 17) + (id.endsWith("1") ? "2" : "1");
                    String json = Json.pretty(a).replace(id, broken);
                    assertThatThrownBy(() ->
                                    Json.convert(Json.readTree(json, "facts"), EstateQueryApplication.class, "facts"))
                            .satisfies(e -> {
                                assertThat(e.getMessage()).doesNotContain(broken);
                                assertClean(e.getMessage(), secrets);
                            });
                });
        assertThatThrownBy(() -> PersonName.of("张\n三")).hasMessageNotContaining("张");
    }

    @Test
    void theModuleWritesNoLogLines() throws IOException {
        Path main = Path.of("src/main/java");
        try (Stream<Path> files = Files.walk(main)) {
            for (Path p : (Iterable<Path>) files.filter(f -> f.toString().endsWith(".java"))::iterator) {
                String src = Files.readString(p);
                assertThat(src)
                        .as(p.toString())
                        .doesNotContain(
                                "System.out",
                                "System.err",
                                "printStackTrace",
                                "org.slf4j",
                                "java.util.logging",
                                "System.Logger");
            }
        }
    }

    @Test
    void namesAndNumbersAreMaskedWhereTheyAreShown() {
        PersonName n = PersonName.of("欧阳娜娜");
        assertThat(n.toString()).isEqualTo("欧***");
        assertThat(String.valueOf(List.of(n))).isEqualTo("[欧***]");
        assertThat(n.value()).isEqualTo("欧阳娜娜");
    }
}
