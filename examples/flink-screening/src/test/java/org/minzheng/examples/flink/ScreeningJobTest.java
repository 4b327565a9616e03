package org.minzheng.examples.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.minzheng.core.decision.Decision;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ImmutableScreeningFacts;
import org.minzheng.eligibility.screening.ScreeningResult;
import org.minzheng.examples.flink.ScreeningJob.Mode;
import org.minzheng.examples.flink.ScreeningJob.Settings;
import org.minzheng.examples.flink.testing.CommittingCollectSink;
import org.minzheng.examples.flink.testing.FailOnceAfterCheckpoint;
import org.minzheng.examples.flink.testing.Lines;
import org.minzheng.examples.flink.testing.Records;
import org.minzheng.examples.flink.testing.SyntheticEvents;

/** The streaming job on Flink's MiniCluster (one task manager, two slots), parallelism 2. */
class ScreeningJobTest {

    @RegisterExtension
    static final MiniClusterExtension CLUSTER = new MiniClusterExtension(new MiniClusterResourceConfiguration.Builder()
            .setNumberTaskManagers(1)
            .setNumberSlotsPerTaskManager(2)
            .build());

    static final String OVERLAY = Records.overlayText();

    /** What the three committing sinks published. */
    record Published(List<String> decisions, List<String> alerts, List<String> rejects) {
        static Published of(SequentialScreening.Result r) {
            return new Published(Lines.sorted(r.decisions()), Lines.sorted(r.alerts()), Lines.sorted(r.rejects()));
        }
    }

    /**
     * Runs the job over lines held in memory, every output to a two-phase-commit sink.
     *
     * @param name          a name unique to the run
     * @param lines         the input
     * @param perCheckpoint lines per checkpoint and source task (0: unthrottled)
     * @param failOnce      true to throw once after the first completed checkpoint
     */
    static Published run(String name, List<String> lines, int perCheckpoint, boolean failOnce) throws Exception {
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        Settings settings = new Settings(
                Mode.STREAM, List.of(), null, "eligibility.yaml", OVERLAY, null, 2, Duration.ofMillis(100), 0, null);
        ScreeningJob.configure(env, settings);
        Configuration restarts = new Configuration();
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, 2);
        restarts.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofMillis(50));
        env.configure(restarts);

        ScreeningJob.Outputs out = ScreeningJob.screen(ScreeningJob.inMemoryInput(env, lines, perCheckpoint), settings);
        DataStream<byte[]> decisions = out.decisions();
        if (failOnce) {
            decisions = decisions
                    .map(new FailOnceAfterCheckpoint(name), Utf8Lines.TYPE)
                    .name("fail once");
        }
        decisions.sinkTo(new CommittingCollectSink(name + "/decisions"));
        out.alerts().sinkTo(new CommittingCollectSink(name + "/alerts"));
        out.rejects().sinkTo(new CommittingCollectSink(name + "/rejects"));
        env.execute(name);
        return new Published(
                Lines.sorted(CommittingCollectSink.published(name + "/decisions")),
                Lines.sorted(CommittingCollectSink.published(name + "/alerts")),
                Lines.sorted(CommittingCollectSink.published(name + "/rejects")));
    }

    @Test
    @Timeout(60)
    void laoTansBillsAmongOtherHouseholds_exactlyOneAlertForHim_andTheRightDecision() throws Exception {
        List<String> lines = new ArrayList<>(Lines.of(HouseholdMonitorTest.laoTansYear()));
        lines.addAll(SyntheticEvents.lines(3, 40, 4));
        lines = Lines.byDate(lines);

        Published p = run("lao-tan", lines, 0, false);

        List<String> his = p.alerts().stream()
                .filter(a -> a.contains("\"householdId\":\"LT-1\""))
                .toList();
        assertThat(his)
                .containsExactly("{\"householdId\":\"LT-1\",\"region\":\"330503\",\"kind\":\"MEDICAL_SPENDING\","
                        + "\"pointsTo\":[\"rigid-expenditure\",\"temporary-assistance\"],\"date\":\"2025-01-10\"}");
        Decision<ScreeningResult> expected = new AssistanceScreeningProgram()
                .decide(
                        ImmutableScreeningFacts.builder()
                                .household(HouseholdMonitorTest.laoTanOnJan10())
                                .build(),
                        Records.illustrativeBook().snapshot(Records.NANXUN, HouseholdMonitorTest.JAN_10));
        assertThat(p.decisions()).contains(HouseholdMonitor.toJson(new DecisionLine("LT-1", "MEDICAL_BILL", expected)));
        assertThat(p.decisions())
                .filteredOn(d -> d.startsWith("{\"householdId\":\"LT-1\""))
                .hasSize(5);
        assertThat(p.rejects()).isEmpty();
        // and everything else is what the same logic gives in one thread
        assertThat(p)
                .isEqualTo(Published.of(
                        SequentialScreening.run(lines, new HouseholdMonitor(Records.illustrativeBook()), null)));
    }

    @Test
    @Timeout(90)
    void failureAfterACheckpoint_restoresWithoutLossOrDuplicates() throws Exception {
        List<String> lines = SyntheticEvents.lines(11, 40, 6);
        lines = new ArrayList<>(lines);
        lines.add(
                7,
                "{\"type\":\"MEDICAL_BILL\",\"householdId\":\"HZ-0000001\",\"date\":\"2025-01-06\"}"); // rejected: no
        // amounts

        Published clean = run("exactly-once-clean", lines, 60, false);
        Published restored = run("exactly-once-failure", lines, 60, true);

        assertThat(FailOnceAfterCheckpoint.failed("exactly-once-failure")).isTrue();
        assertThat(restored).isEqualTo(clean);
        assertThat(clean)
                .isEqualTo(Published.of(
                        SequentialScreening.run(lines, new HouseholdMonitor(Records.illustrativeBook()), null)));
        assertThat(clean.decisions()).hasSizeGreaterThan(150);
        assertThat(clean.alerts()).isNotEmpty();
        assertThat(clean.rejects()).hasSize(1);
    }

    @Test
    void dailySettingsNeedADate() {
        org.assertj.core.api.Assertions.assertThatIllegalArgumentException()
                .isThrownBy(() -> Settings.of(Mode.DAILY, null, null, null));
        assertThat(Settings.of(Mode.DAILY, null, null, LocalDate.of(2025, 3, 1)).asOf())
                .isEqualTo(LocalDate.of(2025, 3, 1));
    }
}
