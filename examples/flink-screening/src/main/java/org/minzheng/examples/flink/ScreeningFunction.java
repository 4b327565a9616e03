package org.minzheng.examples.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.state.ListState;
import org.apache.flink.api.common.state.ListStateDescriptor;
import org.apache.flink.api.common.state.ValueState;
import org.apache.flink.api.common.state.ValueStateDescriptor;
import org.apache.flink.metrics.Counter;
import org.apache.flink.streaming.api.functions.KeyedProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.validation.Violation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Screens one household at a time, keyed by household id: keeps what is known of the household
 * ({@link HouseholdState}) and hands each record, in date order, to {@link HouseholdMonitor}.
 * Decisions go to the main output, alerts and rejections to side outputs, all as JSON lines in
 * UTF-8 ({@link Utf8Lines}: bytes, not strings).
 *
 * <p><b>The policy is loaded once per task.</b> {@link #open(OpenContext)} builds the
 * {@link PolicyBook} — the packs on the class path, plus the overlay text shipped with the
 * function, if any — once for each parallel instance when the task starts (and again only when
 * the task is restarted), never per record. The book is immutable and caches one resolved
 * {@code PolicySnapshot} per region and date, so after the first record of a day the snapshot
 * costs a map lookup. The overlay is read from disk by the client when the job is built and
 * travels inside the function, so task managers need no copy of the file.
 *
 * <p><b>Order.</b> A record is not applied when it arrives: it waits in the household's pending
 * list until the watermark passes the start of its day (an event-time timer), then the records due
 * are applied sorted by date, snapshots before changes of the same day, otherwise in arrival order.
 * In BATCH mode the watermark jumps to the end when a household's input ends, so every household
 * is replayed in date order whatever the file layout. In STREAMING mode a record whose day the
 * watermark has already passed is late: it is rejected ({@code record.late}), never silently
 * reordered.
 *
 * <p><b>Logs</b> name the household key, the record type, the date and the problem codes only —
 * never a line of input, which may hold identity numbers.
 */
public final class ScreeningFunction extends KeyedProcessFunction<String, Envelope, byte[]> {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ScreeningFunction.class);

    /** Alerts, as {@link Alert} JSON lines in UTF-8. */
    public static final OutputTag<byte[]> ALERTS = new OutputTag<>("alerts", Utf8Lines.TYPE);
    /** Rejected records, as {@link Rejection} JSON lines in UTF-8. */
    public static final OutputTag<byte[]> REJECTS = new OutputTag<>("rejects", Utf8Lines.TYPE);

    private static final Comparator<Envelope> IN_ORDER =
            Comparator.comparingLong(Envelope::getEpochDay).thenComparingInt(Envelope::getOrder);

    private final String overlayName;
    private final String overlayText;
    private final LocalDate asOf;

    private transient HouseholdMonitor monitor;
    private transient Utf8Lines lines;
    private transient ValueState<HouseholdState> state;
    private transient ListState<Envelope> pending;
    private transient Counter decisions;
    private transient Counter alerts;
    private transient Counter rejects;

    /**
     * @param overlayName a name for the overlay pack in messages, null if none
     * @param overlayText the overlay pack's YAML, null for the shipped (official) data only
     * @param asOf        for the daily re-screening, the date every snapshot is screened as of; null otherwise
     */
    public ScreeningFunction(String overlayName, String overlayText, LocalDate asOf) {
        this.overlayName = overlayName;
        this.overlayText = overlayText;
        this.asOf = asOf;
    }

    @Override
    public void open(OpenContext openContext) {
        PolicyBook book = overlayText == null
                ? PolicyBook.loadDefault()
                : PolicyBook.builderWithDefaults()
                        .addOverlay(PolicySource.ofText(overlayName, overlayText))
                        .build();
        monitor = new HouseholdMonitor(book);
        lines = new Utf8Lines();
        state = getRuntimeContext().getState(new ValueStateDescriptor<>("household", HouseholdState.class));
        pending = getRuntimeContext().getListState(new ListStateDescriptor<>("pending", Envelope.class));
        decisions = getRuntimeContext().getMetricGroup().counter("decisions");
        alerts = getRuntimeContext().getMetricGroup().counter("alerts");
        rejects = getRuntimeContext().getMetricGroup().counter("rejects");
        LOG.info(
                "Policy book loaded for task {} ({}): {}",
                getRuntimeContext().getTaskInfo().getIndexOfThisSubtask(),
                overlayText == null ? "shipped data" : "shipped data + overlay " + overlayName,
                book.dataVersions());
    }

    @Override
    public void processElement(Envelope e, Context ctx, Collector<byte[]> out) throws Exception {
        if (e.timestamp() <= ctx.timerService().currentWatermark()) {
            Rejection late = new Rejection(
                    e.getHouseholdId(),
                    null,
                    LocalDate.ofEpochDay(e.getEpochDay()),
                    List.of(new Violation(
                            "date",
                            "record.late",
                            "迟到：该日的记录已处理完毕",
                            "late: the records of that day have already been applied")));
            reject(late, ctx);
            return;
        }
        // Object reuse is on (ScreeningJob.configure): Flink may hand this same object to the next
        // call with other contents, while the pending list keeps the record until its day's timer
        // fires. So the list keeps a copy (four fields; the line is an immutable String, shared).
        pending.add(new Envelope(e.getHouseholdId(), e.getEpochDay(), e.getOrder(), e.getLine()));
        ctx.timerService().registerEventTimeTimer(e.timestamp());
    }

    @Override
    public void onTimer(long timestamp, OnTimerContext ctx, Collector<byte[]> out) throws Exception {
        List<Envelope> due = new ArrayList<>();
        List<Envelope> later = new ArrayList<>();
        for (Envelope e : pending.get()) {
            (e.timestamp() <= timestamp ? due : later).add(e);
        }
        if (due.isEmpty()) {
            return;
        }
        due.sort(IN_ORDER);
        pending.update(later);
        HouseholdState current = state.value();
        HouseholdState before = current;
        for (Envelope e : due) {
            HouseholdMonitor.Step step = monitor.process(current, e.getLine(), asOf);
            if (step.reject() != null) {
                reject(step.reject(), ctx);
                continue;
            }
            current = step.state();
            if (step.decision() != null) {
                out.collect(lines.decision(step.decision()));
                decisions.inc();
            }
            for (Alert a : step.alerts()) {
                ctx.output(ALERTS, Utf8Lines.alert(a));
                alerts.inc();
            }
        }
        if (current != before) {
            state.update(current);
        }
    }

    private void reject(Rejection r, Context ctx) {
        rejects.inc();
        if (LOG.isDebugEnabled()) {
            LOG.debug("Rejected {} of {} for household {}: {}", r.type(), r.date(), r.householdId(), r.codes());
        }
        ctx.output(REJECTS, Utf8Lines.rejection(r));
    }
}
