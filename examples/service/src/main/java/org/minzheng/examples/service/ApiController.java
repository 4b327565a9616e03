package org.minzheng.examples.service;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.minzheng.core.cases.CaseFile;
import org.minzheng.core.decision.Decision;
import org.minzheng.core.decision.Explainer;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.json.MaskedText;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.region.RegionCode;
import org.minzheng.examples.catalogue.ParameterRows;
import org.minzheng.examples.catalogue.ProgramCatalogue;
import org.minzheng.examples.schema.SchemaFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The REST API. Every body is read and written with the SDK's mapper ({@link Json}) as bytes, so
 * Spring's own (Jackson 3) mapper never sees the SDK's types: a decision is byte for byte the line
 * {@code minzheng decide --jsonl} prints for the same case. Input is validated by the SDK
 * ({@link org.minzheng.core.cases.CaseRunner#decide}), not by Spring; its
 * {@link org.minzheng.core.validation.InvalidInputException} becomes a problem document
 * ({@link ProblemAdvice}).
 */
@RestController
@RequestMapping(path = "/api")
public class ApiController {

    /** {@code application/json}: JSON is UTF-8 by definition (RFC 8259), so no charset parameter. */
    static final MediaType JSON = MediaType.APPLICATION_JSON;
    /** Plain text in UTF-8. */
    static final MediaType TEXT = new MediaType("text", "plain", StandardCharsets.UTF_8);
    /** The time zone of "today" when no date is given, as the CLI's. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private static final Logger LOG = LoggerFactory.getLogger(ApiController.class);

    private final Engine engine;

    public ApiController(Engine engine) {
        this.engine = engine;
    }

    /**
     * {@code GET /api/programs}: every program with its titles, legal basis, parameters and rules
     * with their citations, as {@code minzheng programs --json} prints them.
     */
    @GetMapping(path = "/programs", produces = "application/json")
    public ResponseEntity<byte[]> programs(
            @RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language l = Languages.pick(lang, acceptLanguage);
        return json(Json.pretty(ProgramCatalogue.infos(engine.programs().all(), engine.book(), l)));
    }

    /**
     * {@code GET /api/params?region=&date=[&key=]}: the values in force at a region and date, as
     * {@code minzheng params --json} prints them.
     */
    @GetMapping(path = "/params", produces = "application/json")
    public ResponseEntity<byte[]> params(
            @RequestParam(name = "region", required = false) String region,
            @RequestParam(name = "date", required = false) String date,
            @RequestParam(name = "key", required = false) List<String> keys,
            @RequestParam(name = "lang", required = false) String lang,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language l = Languages.pick(lang, acceptLanguage);
        LocalDate on = date == null || date.isBlank() ? LocalDate.now(CHINA) : parseDate(date);
        RegionCode code = region(region, on);
        List<String> filters = new ArrayList<>();
        if (keys != null) {
            for (String k : keys) {
                for (String part : k.split(",")) {
                    if (!part.isBlank()) {
                        filters.add(part.trim());
                    }
                }
            }
        }
        PolicyBook book = engine.book();
        List<org.minzheng.core.policy.ParameterKey<?>> selected;
        try {
            selected = ParameterRows.selectKeys(book, filters);
        } catch (ParameterRows.UnknownKeyException e) {
            throw new BadRequestException(
                    "key",
                    "key: no parameter key is or starts with " + String.join(", ", e.unmatched()),
                    "key：没有名为或以此开头的参数：" + String.join("、", e.unmatched()));
        }
        return json(Json.pretty(ParameterRows.inForce(book, code, on, selected, l)));
    }

    /**
     * {@code POST /api/decisions}: a case envelope ({@code program}, {@code region}, {@code date},
     * {@code facts}) in, its decision record out: the line {@code minzheng decide --jsonl} prints.
     */
    @PostMapping(path = "/decisions", consumes = "application/json", produces = "application/json")
    public ResponseEntity<byte[]> decide(@RequestBody byte[] body) {
        long start = System.nanoTime();
        CaseFile c = engine.runner().read(body);
        Decision<?> d = engine.runner().decide(c);
        byte[] line = jsonLine(d);
        if (LOG.isInfoEnabled()) {
            LOG.info(
                    "decided {} in {} on {}: {} ({} µs)",
                    c.program(),
                    c.region(),
                    c.date(),
                    d.outcome(),
                    (System.nanoTime() - start) / 1000);
        }
        return ResponseEntity.ok().contentType(JSON).body(line);
    }

    /**
     * A value as one JSON line in UTF-8, written by {@link Json#compact(Object, java.io.OutputStream)}
     * straight into bytes: the bytes of {@code Json.compact(value) + "\n"}, without the string (a
     * decision record is a few kilobytes of JSON; as a string it was written as characters, copied
     * into the string and encoded again).
     */
    static byte[] jsonLine(Object value) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
        try {
            Json.compact(value, out);
        } catch (IOException e) {
            // a byte array does not fail to be written to; Jackson's own errors are unchecked
            throw new UncheckedIOException(e);
        }
        out.write('\n');
        return out.toByteArray();
    }

    /**
     * {@code POST /api/explanations?lang=zh|en[&view=reviewer|citizen]}: a case envelope in, the
     * explanation of its decision out, as {@code minzheng explain} prints it: the reviewer's view
     * by default (the user of the service is a case worker), or the citizen's notice.
     */
    @PostMapping(path = "/explanations", consumes = "application/json", produces = "text/plain;charset=UTF-8")
    public ResponseEntity<byte[]> explain(
            @RequestBody byte[] body,
            @RequestParam(name = "lang", required = false) String lang,
            @RequestParam(name = "view", required = false, defaultValue = "reviewer") String view,
            @RequestHeader(name = HttpHeaders.ACCEPT_LANGUAGE, required = false) String acceptLanguage) {
        Language l = Languages.pick(lang, acceptLanguage);
        Explainer.View v;
        try {
            v = Explainer.View.parse(view);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("view", "view: expected citizen or reviewer", "view：应为 citizen 或 reviewer");
        }
        CaseFile c = engine.runner().read(body);
        Decision<?> d = engine.runner().decide(c);
        Explainer explainer = engine.explainer();
        String text = v == Explainer.View.CITIZEN
                ? explainer.render(explainer.notice(d, engine.runner().facts(c), l))
                : explainer.explain(d, l, v);
        return ResponseEntity.ok().contentType(TEXT).body(MaskedText.scrub(text).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code GET /api/schemas/{program}}: the JSON Schema of the program's facts, the one published
     * in docs/schemas/ ({@link SchemaFactory#facts}).
     */
    @GetMapping(path = "/schemas/{program}", produces = "application/json")
    public ResponseEntity<byte[]> schema(@PathVariable("program") String program) {
        return json(Json.pretty(SchemaFactory.facts(engine.program(program))));
    }

    static ResponseEntity<byte[]> json(String text) {
        return ResponseEntity.ok().contentType(JSON).body(text.getBytes(StandardCharsets.UTF_8));
    }

    static LocalDate parseDate(String date) {
        try {
            return LocalDate.parse(date.trim());
        } catch (DateTimeParseException e) {
            throw new BadRequestException("date", "date: expected a date as YYYY-MM-DD", "date：应为 YYYY-MM-DD 格式的日期");
        }
    }

    private RegionCode region(String region, LocalDate on) {
        if (region == null || region.isBlank()) {
            throw new BadRequestException(
                    "region",
                    "region: a six-digit region code (GB/T 2260) is required",
                    "region：必须给出六位行政区划代码（GB/T 2260）");
        }
        RegionCode code;
        try {
            code = RegionCode.of(region.trim());
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    "region", "region: expected a six-digit region code (GB/T 2260)", "region：应为六位行政区划代码（GB/T 2260）");
        }
        if (!engine.book().regions().contains(code, on)) {
            throw new BadRequestException(
                    "region",
                    "region: not a region code in force on " + on + " in the national region table",
                    "region：该代码在 " + on + " 不是全国行政区划表中有效的地区");
        }
        return code;
    }
}
