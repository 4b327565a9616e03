package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.PrimitiveArrayTypeInfo;
import org.junit.jupiter.api.Test;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.examples.flink.testing.Lines;
import org.minzheng.examples.flink.testing.Records;
import org.minzheng.examples.flink.testing.SyntheticEvents;

/**
 * The job writes its output lines as UTF-8 bytes ({@link Utf8Lines}) where it wrote strings before:
 * the bytes must be those of the string, encoded, for every decision, alert and rejection, whatever
 * the writer's reused buffer held before; and the file sinks' encoder must write what Flink's string
 * encoder wrote for the string.
 */
class Utf8LinesTest {

    /** Every step of a replay through the monitor: its decision, alert and rejection lines, both ways. */
    private static int replay(PolicyBook book, List<String> lines, Utf8Lines writer, List<byte[]> kept) {
        HouseholdMonitor monitor = new HouseholdMonitor(book);
        Map<String, HouseholdState> states = new HashMap<>();
        int nonAscii = 0;
        for (String line : Lines.byDate(lines)) {
            String key = JsonLines.read(line, InputRecord.class, "$").householdId();
            HouseholdMonitor.Step step = monitor.process(states.get(key), line, null);
            if (step.reject() != null) {
                assertThat(Utf8Lines.rejection(step.reject()))
                        .isEqualTo(HouseholdMonitor.toJson(step.reject()).getBytes(StandardCharsets.UTF_8));
                continue;
            }
            states.put(key, step.state());
            if (step.decision() != null) {
                String text = HouseholdMonitor.toJson(step.decision());
                byte[] bytes = writer.decision(step.decision());
                assertThat(bytes).isEqualTo(text.getBytes(StandardCharsets.UTF_8));
                kept.add(bytes);
                nonAscii += text.chars().anyMatch(c -> c > 0x7f) ? 1 : 0;
            }
            for (Alert a : step.alerts()) {
                assertThat(Utf8Lines.alert(a))
                        .isEqualTo(HouseholdMonitor.toJson(a).getBytes(StandardCharsets.UTF_8));
            }
        }
        return nonAscii;
    }

    @Test
    void decisionLines_areTheStringsBytes_withTheOverlayAndWithTheOfficialDataAlone() {
        List<String> lines = new ArrayList<>(Lines.of(HouseholdMonitorTest.laoTansYear()));
        lines.addAll(SyntheticEvents.lines(5, 60, 6));
        Utf8Lines writer = new Utf8Lines(); // one buffer for both books: long and short lines after each other
        List<byte[]> kept = new ArrayList<>();

        int withOverlay = replay(Records.illustrativeBook(), lines, writer, kept);
        int official = replay(PolicyBook.loadDefault(), lines, writer, kept);

        assertThat(kept).hasSizeGreaterThan(300);
        // Chinese text (citations, warnings) is in the lines, so multi-byte characters are exercised
        assertThat(withOverlay).isPositive();
        assertThat(official).isPositive();
        // each line is an array of its own: the buffer's later contents did not change an earlier one
        HouseholdMonitor monitor = new HouseholdMonitor(Records.illustrativeBook());
        HouseholdMonitor.Step first = monitor.process(null, lines.get(0), null);
        assertThat(kept.get(0))
                .isEqualTo(HouseholdMonitor.toJson(first.decision()).getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aLineThatCannotBeRead_isRejectedInTheSameBytes() {
        String bad =
                "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"11010519491231002X\",\"date\":\"2025-01-20\",\"member\":1}";
        Rejection r = (Rejection) LineParser.head(bad, null);
        byte[] bytes = Utf8Lines.rejection(r);
        assertThat(bytes).isEqualTo(HouseholdMonitor.toJson(r).getBytes(StandardCharsets.UTF_8));
        assertThat(new String(bytes, StandardCharsets.UTF_8)).doesNotContain("11010519491231002X");
    }

    @Test
    void theEncoder_writesWhatFlinksStringEncoderWroteForTheString() throws Exception {
        String line = "{\"householdId\":\"HZ-1\",\"note\":\"最低生活保障 — dibao\"}";
        ByteArrayOutputStream strings = new ByteArrayOutputStream();
        new SimpleStringEncoder<String>(StandardCharsets.UTF_8.name()).encode(line, strings);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        new Utf8Lines.LineEncoder().encode(line.getBytes(StandardCharsets.UTF_8), bytes);
        assertThat(bytes.toByteArray()).isEqualTo(strings.toByteArray());
    }

    @Test
    void outputLines_crossFlinkAsByteArrays_notKryo() {
        assertThat(Utf8Lines.TYPE).isSameAs(PrimitiveArrayTypeInfo.BYTE_PRIMITIVE_ARRAY_TYPE_INFO);
        assertThat(ScreeningFunction.ALERTS.getTypeInfo()).isSameAs(Utf8Lines.TYPE);
        assertThat(ScreeningFunction.REJECTS.getTypeInfo()).isSameAs(Utf8Lines.TYPE);
        assertThat(LineParser.REJECTS.getTypeInfo()).isSameAs(Utf8Lines.TYPE);
    }
}
