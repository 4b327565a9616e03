package org.minzheng.examples.flink;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.time.LocalDate;
import java.util.List;
import org.minzheng.eligibility.screening.ScreeningResult.SignalKind;

/**
 * An early-warning alert (监测预警): a signal newly raised for a household. It names the
 * household only by its key — never a person, an identity number or a name — and the programs
 * the household should be checked for.
 *
 * @param householdId the household's key
 * @param region      the region whose policy was applied (for routing to the county or district bureau)
 * @param kind        the signal
 * @param pointsTo    the programs it points to
 * @param date        the date of the check that raised it
 */
@JsonPropertyOrder({"householdId", "region", "kind", "pointsTo", "date"})
public record Alert(String householdId, String region, SignalKind kind, List<String> pointsTo, LocalDate date) {}
