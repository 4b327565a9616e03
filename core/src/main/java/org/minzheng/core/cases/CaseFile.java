package org.minzheng.core.cases;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import org.minzheng.core.region.RegionCode;

/**
 * The envelope of a case: which program, where, on which policy date, and the program's facts.
 *
 * <pre>{"program": "dibao", "region": "330500", "date": "2024-12-01", "facts": {…}}</pre>
 *
 * @param program the program id
 * @param region  the region whose policy applies
 * @param date    the policy date (the decision date)
 * @param facts   the facts, in the program's facts schema
 */
@JsonPropertyOrder({"program", "region", "date", "facts"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record CaseFile(String program, RegionCode region, LocalDate date, JsonNode facts) {}
