package org.minzheng.examples.flink;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The job's logic in one thread without Flink: the same {@link LineParser} heads, the same
 * order (by date, snapshots first, otherwise input order) and the same {@link HouseholdMonitor},
 * with a hash map for state. The tests use it as the oracle for the Flink job; the throughput run
 * uses it as the single-JVM comparison.
 */
public final class SequentialScreening {

    /** Where the outputs go, as the job writes them. */
    public interface Output {

        /** @param line a decision line */
        void decision(String line);

        /** @param line an alert line */
        void alert(String line);

        /** @param line a rejection line */
        void reject(String line);
    }

    /**
     * The outputs, collected.
     *
     * @param decisions  the decision lines
     * @param alerts     the alert lines
     * @param rejects    the rejection lines
     * @param households how many households are known at the end
     */
    public record Result(List<String> decisions, List<String> alerts, List<String> rejects, int households) {}

    private SequentialScreening() {}

    /**
     * @param lines   the input lines
     * @param monitor the monitor (its policy book)
     * @param asOf    the daily re-screening date, or null
     * @return the outputs
     */
    public static Result run(List<String> lines, HouseholdMonitor monitor, LocalDate asOf) {
        List<String> decisions = new ArrayList<>();
        List<String> alerts = new ArrayList<>();
        List<String> rejects = new ArrayList<>();
        int households = run(lines, monitor, asOf, new Output() {
            @Override
            public void decision(String line) {
                decisions.add(line);
            }

            @Override
            public void alert(String line) {
                alerts.add(line);
            }

            @Override
            public void reject(String line) {
                rejects.add(line);
            }
        });
        return new Result(decisions, alerts, rejects, households);
    }

    /**
     * @param lines   the input lines
     * @param monitor the monitor (its policy book)
     * @param asOf    the daily re-screening date, or null
     * @param out     where the outputs go
     * @return how many households are known at the end
     */
    public static int run(List<String> lines, HouseholdMonitor monitor, LocalDate asOf, Output out) {
        List<Envelope> envelopes = new ArrayList<>(lines.size());
        for (String line : lines) {
            if (line.isBlank()) {
                continue;
            }
            Object head = LineParser.head(line, asOf);
            if (head instanceof Envelope e) {
                envelopes.add(e);
            } else {
                out.reject(HouseholdMonitor.toJson((Rejection) head));
            }
        }
        envelopes.sort(Comparator.comparingLong(Envelope::getEpochDay).thenComparingInt(Envelope::getOrder));
        Map<String, HouseholdState> states = new HashMap<>();
        for (Envelope e : envelopes) {
            HouseholdMonitor.Step step = monitor.process(states.get(e.getHouseholdId()), e.getLine(), asOf);
            if (step.reject() != null) {
                out.reject(HouseholdMonitor.toJson(step.reject()));
                continue;
            }
            if (step.state() != null) {
                states.put(e.getHouseholdId(), step.state());
            }
            if (step.decision() != null) {
                out.decision(HouseholdMonitor.toJson(step.decision()));
            }
            for (Alert a : step.alerts()) {
                out.alert(HouseholdMonitor.toJson(a));
            }
        }
        return states.size();
    }
}
