package org.minzheng.examples.notice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.cases.CaseCheck;
import org.minzheng.core.cases.CaseChecker;
import org.minzheng.core.cases.CasePair;
import org.minzheng.core.decision.CitizenNotice;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.examples.illustrative.IllustrativeOverlay;

/**
 * The printable notice renders for every example case (issue 20, "A printable notice": "the notice
 * renders for every example case"): the citizen's notice of each decision, from
 * {@link Explainer#notice}, in Chinese for every case and in English for the first case of each
 * program, fits one A4 page, and the PDF's text holds the outcome, the amount, every reason with its
 * basis, the date's year and the reference, and nothing shaped like an identity number. Page one of
 * the first Chinese notice of each program is written to {@code target/notice/cases/PROGRAM.png}
 * for reviewers.
 */
class NoticeForEveryExampleCaseTest {

    static final Path CASES = Path.of("cases");
    static final Pattern ID_NUMBER = Pattern.compile("\\d{17}[\\dXx]");

    @TestFactory
    Stream<DynamicTest> everyExampleCase_rendersItsNotice_onOnePage() throws IOException {
        CaseChecker checker = IllustrativeOverlay.checker();
        Explainer explainer = Explainer.of(ProgramRegistry.loadDefault(), IllustrativeOverlay.book());
        List<CasePair> pairs = CaseChecker.discover(CASES);
        assertThat(pairs).isNotEmpty();
        Set<String> programsSeen = new HashSet<>();
        return pairs.stream()
                .map(p -> DynamicTest.dynamicTest(p.name(), () -> {
                    CaseCheck c = checker.check(p);
                    Decision<?> d = c.decisionMade().orElse(null);
                    Assumptions.assumeTrue(d != null, "no decision for this case (invalid input by design)");
                    boolean first = programsSeen.add(c.program());
                    for (Language lang : first ? List.of(Language.ZH, Language.EN) : List.of(Language.ZH)) {
                        CitizenNotice n = explainer.notice(d, lang);
                        byte[] pdf = render(n);
                        try (PDDocument doc = Loader.loadPDF(pdf)) {
                            assertThat(doc.getNumberOfPages())
                                    .as("%s %s: pages", p.name(), lang)
                                    .isEqualTo(1);
                            String text = squeeze(new PDFTextStripper().getText(doc));
                            assertThat(text)
                                    .as("%s %s", p.name(), lang)
                                    .contains(squeeze(n.outcome()))
                                    .contains(squeeze(n.reference()))
                                    .contains(String.valueOf(n.date().getYear()));
                            n.amount().ifPresent(a -> assertThat(text).contains(squeeze(a)));
                            for (CitizenNotice.Reason r : n.reasons()) {
                                assertThat(text).contains(squeeze(r.text())).contains(squeeze(r.basis()));
                            }
                            assertThat(ID_NUMBER.matcher(text).find())
                                    .as("%s %s: an identity number on the notice", p.name(), lang)
                                    .isFalse();
                            if (first && lang == Language.ZH) {
                                NoticePdfTest.Rendered.png(pdf, "cases/" + c.program());
                            }
                        }
                    }
                }));
    }

    private static byte[] render(CitizenNotice n) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        NoticePdf.render(n, out);
        return out.toByteArray();
    }

    /** Text without any white space: wrapping and the item numbers' gap add line breaks and spaces. */
    private static String squeeze(String s) {
        return s.replaceAll("[\\s\\u3000\\u00a0]+", "");
    }
}
