package org.minzheng.examples.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.api.connector.source.util.ratelimit.RateLimiterStrategy;
import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.ExecutionOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.connector.datagen.source.DataGeneratorSource;
import org.apache.flink.connector.datagen.source.GeneratorFunction;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.file.src.reader.TextLineInputFormat;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.util.ParameterTool;

/**
 * Province-wide assistance screening and early warning (低收入人口动态监测) as an Apache Flink
 * DataStream job.
 *
 * <p>Reads household snapshots and change events as JSON Lines ({@link InputRecord}), keys them by
 * household id, keeps each household's facts in keyed state and re-runs {@code assistance-screening}
 * whenever a household's facts change ({@link ScreeningFunction}). Writes three directories of
 * JSON Lines: {@code decisions/} (one {@link DecisionLine} per screening: the decision record as
 * {@code Json.compact} writes it, with the household id and the trigger), {@code alerts/} (one
 * {@link Alert} per newly raised early-warning signal) and {@code rejects/} (one {@link Rejection}
 * per record that could not be applied).
 *
 * <p>Modes: {@code stream} (default) runs in STREAMING mode with exactly-once checkpoints and the
 * file sink committing on checkpoints, event time from each record's date; {@code batch} replays
 * the given files in BATCH mode, each household in exact date order whatever the file layout;
 * {@code daily} re-screens a full snapshot file as of {@code --as-of} in BATCH mode (the daily run:
 * medical bills age out of the 12-month window, children come of age).
 *
 * <p>Object reuse is on ({@code pipeline.object-reuse: true}; why it is safe: {@link #configure}).
 *
 * <p>Generic types are disabled ({@code pipeline.generic-types: false}): every record and every
 * piece of state has a Flink serializer of its own (strings for the input lines, byte arrays for
 * the output lines, the POJOs {@link Envelope} and {@link HouseholdState}); a type falling back to
 * Kryo would fail the job at submission.
 *
 * <pre>
 * flink run -c org.minzheng.examples.flink.ScreeningJob minzheng-flink-screening.jar \
 *     --input /data/households.jsonl,/data/changes --output /data/out \
 *     [--mode stream|batch|daily] [--as-of 2025-03-01] [--overlay illustrative.yaml] [--parallelism 8] \
 *     [--checkpoint-interval 60] [--max-delay-days 0] [--monitor-interval 30]
 * </pre>
 */
public final class ScreeningJob {

    /** How the job runs. */
    public enum Mode {
        /** STREAMING with exactly-once checkpoints. */
        STREAM,
        /** BATCH replay of the files in date order. */
        BATCH,
        /** BATCH re-screening of a snapshot file as of one date. */
        DAILY
    }

    /**
     * The job's settings.
     *
     * @param mode               the mode
     * @param inputs             input files or directories (any Flink file system URI)
     * @param output             the output directory
     * @param overlayName        the overlay pack's name, null if none
     * @param overlayText        the overlay pack's YAML, null to decide with the shipped (official) data only
     * @param asOf               the re-screening date ({@link Mode#DAILY} only)
     * @param parallelism        the parallelism, 0 for the cluster's default
     * @param checkpointInterval the checkpoint interval ({@link Mode#STREAM})
     * @param maxDelayDays       how many days a record may arrive after later-dated ones and still be applied in order ({@link Mode#STREAM})
     * @param monitorInterval    to keep watching the input directories for new files, the interval; null to read them once
     */
    public record Settings(
            Mode mode,
            List<String> inputs,
            String output,
            String overlayName,
            String overlayText,
            LocalDate asOf,
            int parallelism,
            Duration checkpointInterval,
            int maxDelayDays,
            Duration monitorInterval) {

        /** Validates the settings. */
        public Settings {
            Objects.requireNonNull(mode, "mode");
            inputs = List.copyOf(inputs);
            if ((mode == Mode.DAILY) != (asOf != null)) {
                throw new IllegalArgumentException("--as-of is required with --mode daily and only there");
            }
            if (mode != Mode.STREAM && monitorInterval != null) {
                throw new IllegalArgumentException("--monitor-interval needs --mode stream");
            }
            if (maxDelayDays < 0 || parallelism < 0) {
                throw new IllegalArgumentException("--max-delay-days and --parallelism must not be negative");
            }
        }

        /**
         * Settings for a job whose input and output the caller attaches (tests, the throughput run).
         *
         * @param mode        the mode
         * @param overlayName the overlay's name or null
         * @param overlayText the overlay's YAML or null
         * @param asOf        the daily date or null
         * @return the settings
         */
        public static Settings of(Mode mode, String overlayName, String overlayText, LocalDate asOf) {
            return new Settings(
                    mode, List.of(), null, overlayName, overlayText, asOf, 0, Duration.ofSeconds(60), 0, null);
        }
    }

    /**
     * The job's three outputs, JSON lines each, as UTF-8 bytes without the newline ({@link Utf8Lines}).
     *
     * @param decisions the decision lines
     * @param alerts    the alerts
     * @param rejects   the rejections (unreadable lines and records that could not be applied)
     */
    public record Outputs(DataStream<byte[]> decisions, DataStream<byte[]> alerts, DataStream<byte[]> rejects) {}

    private ScreeningJob() {}

    /**
     * Runs the job: reads the files, screens, writes the three output directories.
     *
     * @param args the arguments (see the class comment)
     * @throws Exception if the job fails
     */
    public static void main(String[] args) throws Exception {
        Settings settings = parse(args);
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
        configure(env, settings);
        Outputs out = screen(fileInput(env, settings), settings);
        writeFiles(out, settings.output());
        env.execute("minzheng assistance screening (" + settings.mode().name().toLowerCase(Locale.ROOT) + ")");
    }

    /**
     * @param args command-line arguments
     * @return the settings
     * @throws IllegalArgumentException if an argument is missing or wrong
     */
    public static Settings parse(String[] args) {
        ParameterTool p = ParameterTool.fromArgs(args);
        Mode mode = Mode.valueOf(p.get("mode", "stream").toUpperCase(Locale.ROOT));
        List<String> inputs = new ArrayList<>();
        for (String s : p.getRequired("input").split(",", -1)) {
            if (!s.isBlank()) {
                inputs.add(s.strip());
            }
        }
        String overlayName = null;
        String overlayText = null;
        if (p.has("overlay")) {
            java.nio.file.Path path = java.nio.file.Path.of(p.get("overlay"));
            overlayName = path.getFileName().toString();
            try {
                overlayText = Files.readString(path, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the overlay " + path, e);
            }
        }
        LocalDate asOf = p.has("as-of") ? LocalDate.parse(p.get("as-of")) : null;
        Duration monitor = p.has("monitor-interval") ? Duration.ofSeconds(p.getLong("monitor-interval")) : null;
        return new Settings(
                mode,
                inputs,
                p.getRequired("output"),
                overlayName,
                overlayText,
                asOf,
                p.getInt("parallelism", 0),
                Duration.ofSeconds(p.getLong("checkpoint-interval", 60)),
                p.getInt("max-delay-days", 0),
                monitor);
    }

    /**
     * Configures an environment for the settings: runtime mode, generic types off, object reuse on
     * (safe in this job: see the comment in the code), and in STREAM mode exactly-once checkpoints.
     *
     * @param env      the environment
     * @param settings the settings
     */
    public static void configure(StreamExecutionEnvironment env, Settings settings) {
        Configuration conf = new Configuration();
        conf.set(PipelineOptions.GENERIC_TYPES, false);
        // Object reuse: records passed between chained operators are not copied through their
        // serializers first (a reflective PojoSerializer copy of each Envelope between reading the
        // head and assigning its timestamp). Safe here because no function changes a record it was
        // given or emitted, each output line is a byte array of its own that nothing writes to
        // after it is emitted (Utf8Lines copies it out of its reused buffer), and the one function that keeps an
        // input beyond its call — ScreeningFunction, whose pending list holds records until their
        // day — keeps a copy of it; its state objects are replaced, never changed in place.
        conf.set(PipelineOptions.OBJECT_REUSE, true);
        conf.set(
                ExecutionOptions.RUNTIME_MODE,
                settings.mode() == Mode.STREAM ? RuntimeExecutionMode.STREAMING : RuntimeExecutionMode.BATCH);
        if (settings.mode() == Mode.STREAM) {
            conf.set(CheckpointingOptions.CHECKPOINTING_INTERVAL, settings.checkpointInterval());
            conf.set(
                    CheckpointingOptions.CHECKPOINTING_CONSISTENCY_MODE,
                    org.apache.flink.core.execution.CheckpointingMode.EXACTLY_ONCE);
        }
        env.configure(conf);
        if (settings.parallelism() > 0) {
            env.setParallelism(settings.parallelism());
        }
    }

    /**
     * @param env      the environment
     * @param settings the settings (inputs, monitor interval)
     * @return the lines of the input files
     */
    public static DataStream<String> fileInput(StreamExecutionEnvironment env, Settings settings) {
        Path[] paths = settings.inputs().stream().map(Path::new).toArray(Path[]::new);
        FileSource.FileSourceBuilder<String> b =
                FileSource.forRecordStreamFormat(new TextLineInputFormat(StandardCharsets.UTF_8.name()), paths);
        if (settings.monitorInterval() != null) {
            b.monitorContinuously(settings.monitorInterval());
        }
        return env.fromSource(b.build(), WatermarkStrategy.noWatermarks(), "input files")
                .uid("input-files");
    }

    /**
     * A bounded source of lines held in memory, for tests and measurements (no sockets, no files).
     * It is checkpointed (it restarts from the last checkpoint's position) and can be throttled to
     * a number of lines per checkpoint, so that checkpoints fall in the middle of the stream.
     *
     * @param env          the environment
     * @param lines        the lines
     * @param perCheckpoint lines per checkpoint and source instance, 0 for no limit
     * @return the lines as a stream
     */
    public static DataStream<String> inMemoryInput(
            StreamExecutionEnvironment env, List<String> lines, int perCheckpoint) {
        DataGeneratorSource<String> source = new DataGeneratorSource<>(
                new LineAt(lines),
                lines.size(),
                perCheckpoint > 0 ? RateLimiterStrategy.perCheckpoint(perCheckpoint) : RateLimiterStrategy.noOp(),
                Types.STRING);
        return env.fromSource(source, WatermarkStrategy.noWatermarks(), "input lines")
                .uid("input-lines");
    }

    /**
     * The screening itself: parse, key by household id, screen.
     *
     * @param lines    the input lines
     * @param settings the settings (mode, overlay, as-of date, delay)
     * @return the three outputs
     */
    public static Outputs screen(DataStream<String> lines, Settings settings) {
        SingleOutputStreamOperator<Envelope> envelopes = lines.process(
                        new LineParser(settings.asOf()), Types.POJO(Envelope.class))
                .name("read record heads")
                .uid("parse");
        WatermarkStrategy<Envelope> watermarks = WatermarkStrategy.<Envelope>forBoundedOutOfOrderness(
                        Duration.ofDays(settings.maxDelayDays()))
                .withTimestampAssigner((e, previous) -> e.timestamp())
                .withIdleness(Duration.ofMinutes(1));
        SingleOutputStreamOperator<byte[]> decisions = envelopes
                .assignTimestampsAndWatermarks(watermarks)
                .name("event time = record date")
                .uid("watermarks")
                .keyBy(Envelope::getHouseholdId, Types.STRING)
                .process(
                        new ScreeningFunction(settings.overlayName(), settings.overlayText(), settings.asOf()),
                        Utf8Lines.TYPE)
                .name("screen households")
                .uid("screen");
        DataStream<byte[]> rejects =
                envelopes.getSideOutput(LineParser.REJECTS).union(decisions.getSideOutput(ScreeningFunction.REJECTS));
        return new Outputs(decisions, decisions.getSideOutput(ScreeningFunction.ALERTS), rejects);
    }

    /**
     * Writes the outputs as JSON Lines files under a directory, exactly once: part files are
     * committed when a checkpoint completes (at the end in BATCH mode); readers should ignore
     * hidden in-progress files (names starting with a dot).
     *
     * @param out       the outputs
     * @param directory the directory (any Flink file system URI)
     */
    public static void writeFiles(Outputs out, String directory) {
        out.decisions()
                .sinkTo(fileSink(directory, "decisions"))
                .name("decisions/")
                .uid("decisions-sink");
        out.alerts().sinkTo(fileSink(directory, "alerts")).name("alerts/").uid("alerts-sink");
        out.rejects().sinkTo(fileSink(directory, "rejects")).name("rejects/").uid("rejects-sink");
    }

    private static FileSink<byte[]> fileSink(String directory, String name) {
        return FileSink.forRowFormat(new Path(directory, name), new Utf8Lines.LineEncoder())
                .withBucketAssigner(new BasePathBucketAssigner<>())
                .withRollingPolicy(OnCheckpointRollingPolicy.build())
                .withOutputFileConfig(OutputFileConfig.builder()
                        .withPartPrefix(name)
                        .withPartSuffix(".jsonl")
                        .build())
                .build();
    }

    /** Line {@code i} of a list held by the function. */
    private static final class LineAt implements GeneratorFunction<Long, String> {

        private static final long serialVersionUID = 1L;
        private final ArrayList<String> lines;

        LineAt(List<String> lines) {
            this.lines = new ArrayList<>(lines);
        }

        @Override
        public String map(Long index) {
            return lines.get(Math.toIntExact(index));
        }
    }
}
