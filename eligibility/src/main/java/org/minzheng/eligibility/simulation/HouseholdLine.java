package org.minzheng.eligibility.simulation;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.JsonPaths;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.validation.InputLimits;
import org.minzheng.core.validation.InputValidator;
import org.minzheng.core.validation.InvalidInputException;
import org.minzheng.core.validation.Violation;
import org.minzheng.eligibility.screening.AssistanceScreeningProgram;
import org.minzheng.eligibility.screening.ScreeningFacts;

/**
 * One household line of a population file, the line {@code minzheng screen} reads, read for a
 * simulation:
 * <ul>
 *   <li>the facts alone, {@code {"household": {...}, "previousMonthlyIncome": "..."}}, decided at a
 *       default region and date;</li>
 *   <li>or wrapped: {@code {"id": "syn-000001", "region": "330502", "date": "2025-01-01",
 *       "synthetic": true, "facts": {...}}}, whose region and date take precedence over the
 *       defaults. A line is wrapped when it has a {@code facts} field. {@code program} may be given
 *       as {@code assistance-screening} (screen's line); {@code synthetic}, when present, must be a
 *       boolean (a generated population marks every line so, see docs/simulation.md).</li>
 * </ul>
 * Problems are reported with paths relative to the line ({@code household...} for a bare line,
 * {@code facts.household...} for a wrapped one), never with values. An id is a join key and must
 * not be personal: one holding a run of 15 or more digits, an identity number, a Chinese character
 * or more than 64 characters is refused (the rule of {@code minzheng screen}).
 *
 * @param id     the id, null if none
 * @param region the region, not null
 * @param date   the date, not null
 * @param facts  the facts, not null (checked for form only: the programs validate them)
 * @param wrapped true if the line wrapped the facts ({@code "facts": {...}}), false for bare facts
 */
public record HouseholdLine(String id, RegionCode region, LocalDate date, ScreeningFacts facts, boolean wrapped) {

    private static final Set<String> ENVELOPE_FIELDS = Set.of("id", "program", "region", "date", "synthetic", "facts");

    /**
     * Reads a line.
     *
     * @param line          the line's text, not null
     * @param defaultRegion the region of a line that gives none, may be null
     * @param defaultDate   the date of a line that gives none, may be null
     * @return the household
     * @throws InvalidInputException listing every problem, paths relative to the line
     */
    public static HouseholdLine read(String line, RegionCode defaultRegion, LocalDate defaultDate) {
        List<Violation> vs = new ArrayList<>();
        JsonNode tree = Json.readTree(line, "$", vs);
        if (!tree.isObject()) {
            vs.add(InputValidator.get().violation("$", "json.not-object", Map.of()));
            throw new InvalidInputException(vs);
        }
        boolean wrapped = tree.has("facts");
        String id = null;
        RegionCode r = defaultRegion;
        LocalDate d = defaultDate;
        JsonNode facts = tree;
        if (wrapped) {
            for (Iterator<String> it = tree.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!ENVELOPE_FIELDS.contains(name)) {
                    String segment = JsonPaths.field(name);
                    vs.add(InputValidator.get()
                            .violation(
                                    segment.startsWith(".") ? segment.substring(1) : "$" + segment,
                                    "json.unknown-field",
                                    Map.of()));
                }
            }
            JsonNode idNode = tree.get("id");
            if (idNode != null && !idNode.isNull()) {
                if (!idNode.isTextual() && !idNode.isIntegralNumber()) {
                    vs.add(Json.wrongType("id", String.class));
                } else if (personal(idNode.asText())) {
                    vs.add(new Violation(
                            "id",
                            "screen.id-personal",
                            "不得含有居民身份证号码、姓名或类似内容，请使用不超过 64 个字符的案件或家庭编号",
                            "must not carry an identity number, a name or anything like one: use a case or household"
                                    + " number of at most 64 characters"));
                } else {
                    id = idNode.asText();
                }
            }
            JsonNode p = tree.get("program");
            if (p != null && !(p.isTextual() && p.asText().equals(AssistanceScreeningProgram.ID))) {
                vs.add(new Violation(
                        "program",
                        "screen.program",
                        "只能是 " + AssistanceScreeningProgram.ID,
                        "must be " + AssistanceScreeningProgram.ID + " or absent"));
            }
            JsonNode synthetic = tree.get("synthetic");
            if (synthetic != null && !synthetic.isBoolean()) {
                vs.add(Json.wrongType("synthetic", Boolean.class));
            }
            r = field(tree, "region", RegionCode.class, r, vs);
            d = field(tree, "date", LocalDate.class, d, vs);
            if (d != null && tree.hasNonNull("date")) {
                Violation range = InputLimits.checkDecisionDate(d, "date");
                if (range != null) {
                    vs.add(range);
                }
            }
            facts = tree.get("facts");
        }
        if (r == null) {
            vs.add(new Violation(
                    "region",
                    "screen.region",
                    "缺少地区：在该行或用 --region 给出",
                    "is required: give it on the line or with --region"));
        }
        if (d == null && !tree.hasNonNull("date")) {
            vs.add(new Violation(
                    "date",
                    "screen.date",
                    "缺少认定日期：在该行或用 --date 给出",
                    "is required: give it on the line or with --date"));
        }
        ScreeningFacts typed = null;
        if (facts == null || !facts.isObject()) {
            vs.add(InputValidator.get().violation(wrapped ? "facts" : "$", "json.not-object", Map.of()));
        } else {
            try {
                typed = Json.convert(facts, ScreeningFacts.class, "facts");
            } catch (InvalidInputException e) {
                for (Violation v : e.violations()) {
                    vs.add(wrapped ? v : relative(v));
                }
            }
        }
        if (!vs.isEmpty()) {
            throw new InvalidInputException(vs);
        }
        return new HouseholdLine(id, r, d, typed, wrapped);
    }

    /**
     * Decides the household with a simulation ({@link Simulation#compare}).
     *
     * @param simulation the simulation, not null
     * @return the comparison
     * @throws InvalidInputException if the household cannot be decided, paths relative to this line
     */
    public HouseholdComparison compare(Simulation simulation) {
        try {
            return simulation.compare(id, region, date, facts);
        } catch (InvalidInputException e) {
            if (wrapped) {
                throw e;
            }
            List<Violation> moved = new ArrayList<>(e.violations().size());
            for (Violation v : e.violations()) {
                moved.add(relative(v));
            }
            throw new InvalidInputException(moved);
        }
    }

    /**
     * Moves the paths of problems found in a bare line's facts (reported under {@code facts}) to the line:
     * {@code facts.household.x} → {@code household.x}, {@code facts} → {@code $}.
     *
     * @param v a violation with a path under {@code facts}
     * @return the violation with its path relative to a bare line
     */
    public static Violation relative(Violation v) {
        String path = v.path();
        String moved =
                path.equals("facts") ? "$" : path.startsWith("facts.") ? path.substring("facts.".length()) : path;
        return new Violation(moved, v.code(), v.messageZh(), v.messageEn());
    }

    /**
     * @param id an id as the line gives it
     * @return true if it looks personal (see the class notes) and must be refused
     */
    public static boolean personal(String id) {
        if (id.length() > 64 || ResidentIdNumber.isValid(id)) {
            return true;
        }
        int digits = 0;
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            digits = c >= '0' && c <= '9' ? digits + 1 : 0;
            // an ASCII character is neither Han nor a surrogate: the script table only for the rest
            if (digits >= 15
                    || c >= 0x80
                            && (Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN
                                    || Character.isSurrogate(c))) {
                return true;
            }
        }
        return false;
    }

    private static <T> T field(JsonNode tree, String name, Class<T> type, T fallback, List<Violation> vs) {
        JsonNode n = tree.get(name);
        if (n == null || n.isNull()) {
            return fallback;
        }
        try {
            return Json.convert(n, type, name);
        } catch (InvalidInputException e) {
            vs.addAll(e.violations());
            return fallback;
        }
    }
}
