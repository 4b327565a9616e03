package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.minzheng.core.money.Money;
import org.minzheng.eligibility.household.ExpenditureType;
import org.minzheng.eligibility.household.ImmutableHousehold;
import org.minzheng.eligibility.household.RigidExpenditure;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;
import org.minzheng.examples.flink.testing.Lines;
import org.minzheng.examples.flink.testing.Records;
import org.minzheng.examples.flink.testing.SyntheticEvents;

/**
 * The job as {@code flink run} starts it — {@link ScreeningJob#main(String[])} with files in and
 * files out — in its three modes, on the MiniCluster at parallelism 2. Each run's output directories
 * must hold exactly what the same logic gives in one thread.
 */
class FileModesTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    static final String ID_NUMBER = "11010519491231002X";
    static final String MALFORMED = "{\"type\":\"SNAPSHOT\",\"householdId\":";
    static final String KEY_IS_ID =
            "{\"type\":\"MEMBER_DEATH\",\"householdId\":\"" + ID_NUMBER + "\",\"date\":\"2025-01-20\",\"member\":1}";

    static Path write(Path dir, String name, List<String> lines) throws Exception {
        Path f = dir.resolve(name);
        Files.write(f, lines, StandardCharsets.UTF_8);
        return f;
    }

    static void main(String... args) throws Exception {
        ScreeningJob.main(args);
    }

    static void assertOutputs(Path out, SequentialScreening.Result expected) {
        assertThat(Lines.readCommitted(out.resolve("decisions"))).isEqualTo(Lines.sorted(expected.decisions()));
        assertThat(Lines.readCommitted(out.resolve("alerts"))).isEqualTo(Lines.sorted(expected.alerts()));
        assertThat(Lines.readCommitted(out.resolve("rejects"))).isEqualTo(Lines.sorted(expected.rejects()));
    }

    static HouseholdMonitor illustrative() {
        return new HouseholdMonitor(Records.illustrativeBook());
    }

    @Test
    @Timeout(60)
    void stream_oneFileInDateOrder_exactlyOnceFileOutput(@TempDir Path dir) throws Exception {
        List<String> lines = new ArrayList<>(Lines.of(HouseholdMonitorTest.laoTansYear()));
        lines.addAll(SyntheticEvents.lines(5, 30, 4));
        lines = new ArrayList<>(Lines.byDate(lines));
        lines.add(3, MALFORMED);
        lines.add(5, KEY_IS_ID);
        lines.add(6, "");
        Path in = write(dir, "households.jsonl", lines);
        Path out = dir.resolve("out");

        main(
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--overlay",
                Records.ILLUSTRATIVE_OVERLAY.toString(),
                "--parallelism",
                "2",
                "--checkpoint-interval",
                "1");

        SequentialScreening.Result expected = SequentialScreening.run(lines, illustrative(), null);
        assertOutputs(out, expected);
        assertThat(expected.alerts()).anyMatch(a -> a.contains("\"LT-1\""));
        List<String> rejects = Lines.readCommitted(out.resolve("rejects"));
        assertThat(rejects)
                .hasSize(2)
                .anyMatch(r -> r.contains("json.malformed"))
                .anyMatch(r -> r.contains("record.key-is-id-number"))
                .noneMatch(r -> r.contains(ID_NUMBER));
    }

    @Test
    @Timeout(60)
    void batch_replaysEachHouseholdInDateOrder_whateverTheFileLayout(@TempDir Path dir) throws Exception {
        List<String> lines = SyntheticEvents.lines(9, 30, 5);
        List<String> snapshots = lines.subList(0, 30);
        List<String> changes = new ArrayList<>(lines.subList(30, lines.size()));
        Collections.reverse(changes); // newest first: a stream would call most of these late
        Path changesFile = write(dir, "changes.jsonl", changes);
        Path snapshotFile = write(dir, "snapshots.jsonl", snapshots);
        Path out = dir.resolve("out");

        main(
                "--mode",
                "batch",
                "--input",
                changesFile + "," + snapshotFile,
                "--output",
                out.toString(),
                "--overlay",
                Records.ILLUSTRATIVE_OVERLAY.toString(),
                "--parallelism",
                "2");

        SequentialScreening.Result expected = SequentialScreening.run(lines, illustrative(), null);
        assertOutputs(out, expected);
        assertThat(expected.decisions()).hasSizeGreaterThan(100);
        assertThat(expected.rejects()).isEmpty();
    }

    @Test
    @Timeout(60)
    void daily_reScreensTheSnapshotFileAsOfTheDate(@TempDir Path dir) throws Exception {
        LocalDate asOf = LocalDate.of(2025, 11, 2);
        // Lao Tan with a bill of 1 November 2024: raised on 1 November 2025, out of the 12 months a day later
        InputRecord.Snapshot laoTan = Records.snapshot(
                "LT-1",
                LocalDate.of(2025, 11, 1),
                Records.NANXUN,
                ImmutableHousehold.copyOf(Records.laoTan())
                        .withRigidExpenditures(new RigidExpenditure(
                                ExpenditureType.MEDICAL,
                                LocalDate.of(2024, 11, 1),
                                Money.parse("90000.00"),
                                Money.ZERO,
                                Money.ZERO)));
        List<String> lines = new ArrayList<>();
        lines.add(Records.line(Records.withMemory(laoTan, null, List.of(SignalKind.MEDICAL_SPENDING))));
        lines.addAll(SyntheticEvents.lines(13, 40, 1));
        lines.add(Records.line(Records.bill("LT-1", asOf, asOf, "10.00", "0.00")));
        Path in = write(dir, "snapshots.jsonl", lines);
        Path out = dir.resolve("out");

        main(
                "--mode",
                "daily",
                "--as-of",
                asOf.toString(),
                "--input",
                in.toString(),
                "--output",
                out.toString(),
                "--overlay",
                Records.ILLUSTRATIVE_OVERLAY.toString(),
                "--parallelism",
                "2");

        SequentialScreening.Result expected = SequentialScreening.run(lines, illustrative(), asOf);
        assertOutputs(out, expected);
        List<String> decisions = Lines.readCommitted(out.resolve("decisions"));
        assertThat(decisions).hasSize(41).allMatch(d -> d.contains("\"date\":\"2025-11-02\""));
        assertThat(Lines.readCommitted(out.resolve("rejects")))
                .singleElement()
                .matches(r -> r.contains("daily.snapshots-only"));
        assertThat(Lines.readCommitted(out.resolve("alerts"))).noneMatch(a -> a.contains("\"LT-1\""));
    }
}
