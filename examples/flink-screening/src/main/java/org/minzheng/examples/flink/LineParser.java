package org.minzheng.examples.flink;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.flink.streaming.api.functions.ProcessFunction;
import org.apache.flink.util.Collector;
import org.apache.flink.util.OutputTag;
import org.minzheng.core.id.ResidentIdNumber;
import org.minzheng.core.validation.Violation;

/**
 * Reads the head of each input line — {@code householdId}, {@code type}, {@code date} — with a
 * streaming parser (the rest is skipped, not bound) and wraps the line in an {@link Envelope} for
 * {@code keyBy}. Lines without a usable head go to the rejects output; blank lines are ignored.
 *
 * <p>A household key must look like a key: letters, digits and {@code . _ : -}, at most 64
 * characters, and not an identity number (a key that is one is rejected without repeating it),
 * so that keys, which appear in alerts, state and logs, never carry personal data.
 */
public final class LineParser extends ProcessFunction<String, Envelope> {

    private static final long serialVersionUID = 1L;

    /** Where lines that cannot be read go, as {@link Rejection} JSON in UTF-8. */
    public static final OutputTag<byte[]> REJECTS = new OutputTag<>("parse-rejects", Utf8Lines.TYPE);

    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._:-]{0,63}");
    private static final Pattern ID_LIKE = Pattern.compile("\\d{15}|\\d{17}[\\dXx]");

    private final LocalDate asOf;

    /**
     * @param asOf for the daily re-screening, the date every record is placed on; null to use each record's date
     */
    public LineParser(LocalDate asOf) {
        this.asOf = asOf;
    }

    @Override
    public void processElement(String line, Context ctx, Collector<Envelope> out) {
        if (line.isBlank()) {
            return;
        }
        Object head = head(line, asOf);
        if (head instanceof Envelope e) {
            out.collect(e);
        } else {
            ctx.output(REJECTS, Utf8Lines.rejection((Rejection) head));
        }
    }

    /**
     * @param line a line
     * @param asOf the date to place every record on, or null
     * @return the {@link Envelope}, or a {@link Rejection} saying why there is none
     */
    static Object head(String line, LocalDate asOf) {
        String id = null;
        String type = null;
        String date = null;
        try (JsonParser p = JsonLines.mapper().getFactory().createParser(line)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                return malformed();
            }
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken t = p.nextToken();
                switch (name) {
                    case "householdId" -> id = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "type" -> type = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    case "date" -> date = t == JsonToken.VALUE_STRING ? p.getText() : null;
                    default -> p.skipChildren();
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                return malformed();
            }
        } catch (IOException e) {
            return malformed();
        }
        List<Violation> problems = new ArrayList<>();
        String key = null;
        if (id == null) {
            problems.add(new Violation("householdId", "record.missing", "缺少必填项", "is required"));
        } else if (ID_LIKE.matcher(id).matches() || ResidentIdNumber.isValid(id)) {
            problems.add(new Violation(
                    "householdId", "record.key-is-id-number", "户编号不得使用身份号码", "must not be an identity number"));
        } else if (!KEY.matcher(id).matches()) {
            problems.add(new Violation(
                    "householdId",
                    "record.key-format",
                    "户编号只能含字母、数字和 . _ : -（至多 64 个字符）",
                    "must be letters, digits and . _ : - (at most 64 characters)"));
        } else {
            key = id;
        }
        String knownType = type != null && InputRecord.TYPES.contains(type) ? type : null;
        if (knownType == null) {
            problems.add(new Violation(
                    "type", "record.type", "记录类型须为 " + InputRecord.TYPES, "must be one of " + InputRecord.TYPES));
        }
        LocalDate day = null;
        if (date == null) {
            problems.add(new Violation("date", "record.missing", "缺少必填项", "is required"));
        } else {
            try {
                day = LocalDate.parse(date);
            } catch (DateTimeException e) {
                problems.add(new Violation("date", "record.date", "日期须为 YYYY-MM-DD", "must be a date YYYY-MM-DD"));
            }
        }
        if (!problems.isEmpty()) {
            problems.sort(null);
            return new Rejection(key, knownType, day, problems);
        }
        LocalDate effective = asOf != null ? asOf : day;
        return new Envelope(key, effective.toEpochDay(), InputRecord.SNAPSHOT.equals(knownType) ? 0 : 1, line);
    }

    private static Rejection malformed() {
        return new Rejection(
                null,
                null,
                null,
                List.of(new Violation("$", "json.malformed", "不是一行完整的 JSON 对象", "is not one well-formed JSON object")));
    }
}
