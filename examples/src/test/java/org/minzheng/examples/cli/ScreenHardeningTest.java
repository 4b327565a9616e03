package org.minzheng.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code minzheng screen} survives careless and hostile lines (issue 14, item 7): every line is
 * decided or reported with its number, the run always ends with its summary, and an output that
 * cannot be written stops the run with exit 1 instead of claiming decisions nobody received.
 */
class ScreenHardeningTest {

    static final String GOOD =
            "{\"household\": {\"members\": [{\"relation\": \"APPLICANT\", \"birthDate\": \"1980-06-15\"},"
                    + " {\"relation\": \"SPOUSE\", \"birthDate\": \"1982-06-15\"}, {\"relation\": \"CHILD\", \"birthDate\": \"2012-06-15\"}],"
                    + " \"incomes\": [{\"member\": 0, \"category\": \"WAGES\", \"amount\": \"2000.00\"}]}}";

    private static CliRun screen(Path file) {
        return CliRun.of("screen", file.toString(), "--region", "330500", "--date", "2024-12-01");
    }

    @Test
    void aNonUtf8Byte_costsOneLine_withItsOffset_andTheRestAreDecided(@TempDir Path dir) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write((GOOD + "\n").getBytes(StandardCharsets.UTF_8));
        byte[] bad = (GOOD + "\n").getBytes(StandardCharsets.UTF_8);
        bad[20] = (byte) 0xFF;
        b.write(bad);
        b.write((GOOD + "\r\n").getBytes(StandardCharsets.UTF_8));
        Path f = dir.resolve("h.jsonl");
        Files.write(f, b.toByteArray());
        CliRun r = screen(f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out().split("\n")).hasSize(2);
        assertThat(r.err())
                .contains("line 2: $: is not UTF-8 text (first bad byte at offset 20)")
                .contains("screened 3 lines: 2 decided, 1 rejected");
    }

    @Test
    void aLineWhoseAmountsOverflow_isRejected_andTheRestGoOn(@TempDir Path dir) throws IOException {
        String huge = GOOD.replace("2000.00", "999999999999999.99");
        Path f = dir.resolve("h.jsonl");
        Files.writeString(f, huge + "\n" + GOOD + "\nnull\n\n   \n[]\n" + GOOD.replace("\"CHILD\"", "6") + "\n");
        CliRun r = screen(f);
        assertThat(r.code()).as(r.toString()).isEqualTo(Main.BAD_INPUT);
        assertThat(r.out().split("\n")).hasSize(1);
        assertThat(r.out()).contains("\"line\":2");
        assertThat(r.err())
                .contains("line 1: household.incomes[0].amount: must not exceed")
                .contains("line 3: $: must be a JSON object")
                .contains("line 6: $: must be a JSON object")
                .contains("line 7: household.members[2].relation: has the wrong type")
                .contains("screened 5 lines: 1 decided, 4 rejected")
                .doesNotContain("999999999999999");
    }

    @Test
    void anIdThatLooksPersonal_isRefused_andNeverEchoed(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("h.jsonl");
        String[] ids = {"110105194912310021", "11010519491231002X", "张三丰", "case-" + "1".repeat(15)};
        StringBuilder sb = new StringBuilder();
        for (String id : ids) {
            sb.append("{\"id\": \"")
                    .append(id)
                    .append("\", \"facts\": ")
                    .append(GOOD)
                    .append("}\n");
        }
        sb.append("{\"id\": \"h-001\", \"facts\": ").append(GOOD).append("}\n");
        Files.writeString(f, sb.toString());
        CliRun r = screen(f);
        assertThat(r.out().split("\n")).hasSize(1);
        assertThat(r.out()).contains("\"id\":\"h-001\"");
        for (String id : ids) {
            assertThat(r.out() + r.err()).doesNotContain(id);
        }
        assertThat(r.err()).contains("screen.id-personal");
    }

    @Test
    void anOutputThatCannotBeWritten_stopsTheRunWithExit1_andNoSummary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("h.jsonl");
        Files.writeString(f, (GOOD + "\n").repeat(3000));
        OutputStream full = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("No space left on device");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"screen", f.toString(), "--region", "330500", "--date", "2024-12-01"},
                new PrintStream(full, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        String e = err.toString(StandardCharsets.UTF_8);
        assertThat(code).as(e).isEqualTo(Main.FAILED);
        assertThat(e).contains("cannot write the decisions").doesNotContain("households/s");
    }

    @Test
    void decide_toAnOutputThatCannotBeWritten_exits1() {
        OutputStream closed = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("Broken pipe");
            }
        };
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = Main.run(
                new String[] {"decide", Fixtures.BELOW.toString()},
                new PrintStream(closed, false, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        assertThat(code).isEqualTo(Main.FAILED);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("cannot write the decisions");
    }

    @Test
    void anEmptyFile_endsWithItsSummary(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("h.jsonl");
        Files.write(f, new byte[0]);
        CliRun r = screen(f);
        assertThat(r.code()).isZero();
        assertThat(r.err()).contains("screened 0 lines");
    }
}
