package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.minzheng.examples.cli.Fixtures.s;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

/**
 * {@code minzheng explain --format pdf}: the citizen's notice as a PDF on standard output.
 */
class ExplainPdfCommandTest {

    /** Runs the CLI capturing standard output as bytes. */
    record BinaryRun(int code, byte[] out, String err) {
        static BinaryRun of(String... args) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int code = Main.run(args, new PrintStream(out, true), new PrintStream(err, true, StandardCharsets.UTF_8));
            return new BinaryRun(code, out.toByteArray(), err.toString(StandardCharsets.UTF_8));
        }
    }

    @Test
    void pdfChinese_isOneA4PageWithTheOutcome_andNothingElseOnStdout() throws IOException {
        BinaryRun r = BinaryRun.of("explain", "--format", "pdf", "--lang", "zh", s(Fixtures.BELOW));
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(new String(r.out(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
        try (PDDocument doc = Loader.loadPDF(r.out())) {
            assertThat(doc.getNumberOfPages()).isEqualTo(1);
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("审核结果：").contains("2024年").contains("第1页");
        }
    }

    @Test
    void pdfEnglish_neverShowsTheFullIdentityNumber() throws IOException {
        BinaryRun r = BinaryRun.of("explain", "--format", "pdf", s(Fixtures.WITH_ID));
        assertThat(r.code()).as(r.err()).isZero();
        try (PDDocument doc = Loader.loadPDF(r.out())) {
            String text = new PDFTextStripper().getText(doc);
            assertThat(text).contains("Decision: ").doesNotContain(Fixtures.FULL_ID);
        }
        assertThat(new String(r.out(), StandardCharsets.ISO_8859_1)).doesNotContain(Fixtures.FULL_ID);
    }

    @Test
    void unknownFormat_isBadInput_nothingOnStdout() {
        CliRun r = CliRun.of("explain", "--format", "docx", s(Fixtures.BELOW));
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--format: expected text or pdf").doesNotContain("docx");
    }

    @Test
    void textFormat_isTheDefaultExplanation() {
        assertThat(CliRun.of("explain", "--format", "TEXT", s(Fixtures.BELOW)).out())
                .isEqualTo(CliRun.of("explain", s(Fixtures.BELOW)).out())
                .isNotEmpty();
    }
}
