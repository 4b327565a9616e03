package org.minzheng.core.policy;

import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.minzheng.core.citation.Citation;
import org.minzheng.core.citation.Instrument;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.region.Region;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionLevel;

/**
 * Reads one pack file strictly: unknown sections or fields, missing fields and malformed
 * values are errors with file and line. Cross-file checks (unknown keys, instruments,
 * regions, overlaps) are the book builder's.
 */
final class PackReader {

    private static final Set<String> TOP =
            Set.of("pack", "dataVersion", "description", "regions", "instruments", "values");
    private static final Set<String> REGION_FIELDS = Set.of("code", "name", "nameEn", "since", "until");
    private static final Set<String> INSTRUMENT_FIELDS = Set.of(
            "id",
            "title",
            "titleEn",
            "issuer",
            "documentNumber",
            "rank",
            "inForce",
            "repealed",
            "sourceDate",
            "url",
            "note");
    private static final Set<String> VALUE_FIELDS = Set.of(
            "key",
            "region",
            "since",
            "until",
            "value",
            "unit",
            "grade",
            "citation",
            "sinceExact",
            "replaceableBy",
            "note");
    private static final Set<String> CITATION_FIELDS = Set.of("instrument", "article");

    /**
     * A value row as written, before its key and type are checked.
     *
     * @param file     the file's name for messages
     * @param location the file's machine-independent location for decision records ({@link PolicySource#location()})
     * @param pack     the pack's name: its {@code pack} field, or its location if it has none
     */
    record RawValue(
            String file,
            String location,
            String pack,
            int line,
            String key,
            RegionCode region,
            LocalDate since,
            LocalDate until,
            String value,
            int valueLine,
            String unit,
            Provenance grade,
            Citation citation,
            boolean sinceExact,
            RegionLevel replaceableBy,
            String note) {}

    /** What one file holds; {@code name} is its {@code pack} field, or its location if it has none. */
    record Pack(
            String file,
            String name,
            String dataVersion,
            List<Region> regions,
            List<Instrument> instruments,
            List<RawValue> values) {}

    private final String file;
    private final String location;
    private String packName;
    private final List<PolicyLoadError> errors;
    private boolean failed;

    private PackReader(String file, String location, List<PolicyLoadError> errors) {
        this.file = file;
        this.location = location;
        this.packName = location;
        this.errors = errors;
    }

    static Pack read(PolicySource source, List<PolicyLoadError> errors) {
        return new PackReader(source.name(), source.location(), errors).read(source);
    }

    private Pack read(PolicySource source) {
        YamlTree.Node root;
        try {
            root = YamlTree.read(source.chars());
        } catch (YamlTree.DuplicateFieldException e) {
            error(e.line, null, "yaml.duplicate-field", YamlTree.shown(e.field));
            return empty();
        } catch (IOException | RuntimeException e) {
            // the parser's own message quotes the offending text, which may be anything: not shown
            if (e instanceof com.fasterxml.jackson.core.JsonProcessingException jpe && jpe.getLocation() != null) {
                error(
                        jpe.getLocation().getLineNr(),
                        null,
                        "yaml.invalid-at",
                        jpe.getLocation().getColumnNr());
            } else {
                error(0, null, "yaml.invalid");
            }
            return empty();
        }
        if (!root.isMap()) {
            error(root.line(), null, "pack.not-mapping", new java.util.TreeSet<>(TOP));
            return empty();
        }
        Map<String, YamlTree.Node> top = root.map();
        checkFields(top, TOP, root.line(), null);
        String version = optText(top.get("dataVersion"), "dataVersion", null);
        String declaredName = optText(top.get("pack"), "pack", null);
        if (declaredName != null && !declaredName.isBlank()) {
            packName = declaredName;
        }
        List<Region> regions = new java.util.ArrayList<>();
        List<Instrument> instruments = new java.util.ArrayList<>();
        List<RawValue> values = new java.util.ArrayList<>();
        for (YamlTree.Node n : listOf(top.get("regions"), "regions")) {
            Region r = region(n);
            if (r != null) {
                regions.add(r);
            }
        }
        for (YamlTree.Node n : listOf(top.get("instruments"), "instruments")) {
            Instrument i = instrument(n);
            if (i != null) {
                instruments.add(i);
            }
        }
        for (YamlTree.Node n : listOf(top.get("values"), "values")) {
            RawValue v = value(n);
            if (v != null) {
                values.add(v);
            }
        }
        return new Pack(file, packName, version, regions, instruments, values);
    }

    private Pack empty() {
        return new Pack(file, packName, null, List.of(), List.of(), List.of());
    }

    private List<YamlTree.Node> listOf(YamlTree.Node node, String section) {
        if (node == null || node.value() == null) {
            return List.of();
        }
        if (!node.isList()) {
            error(node.line(), section, "section.not-list", section);
            return List.of();
        }
        return node.list();
    }

    private Region region(YamlTree.Node n) {
        if (!n.isMap()) {
            error(n.line(), "regions", "region.not-mapping", new java.util.TreeSet<>(REGION_FIELDS));
            return null;
        }
        failed = false;
        Map<String, YamlTree.Node> m = n.map();
        checkFields(m, REGION_FIELDS, n.line(), "regions");
        RegionCode code = regionCode(m.get("code"), n.line(), "regions", "code");
        String name = reqText(m.get("name"), "name", n.line(), "regions");
        String nameEn = optText(m.get("nameEn"), "nameEn", "regions");
        LocalDate since = optDate(m.get("since"), "since", "regions");
        LocalDate until = optDate(m.get("until"), "until", "regions");
        if (since != null && until != null && !until.isAfter(since)) {
            error(m.get("until").line(), "regions", "until " + until + " must be after since " + since);
        }
        return failed
                ? null
                : new Region(
                        code,
                        name,
                        nameEn,
                        since,
                        until,
                        null,
                        null,
                        Region.Status.IN_USE,
                        List.of(),
                        file + ":" + n.line());
    }

    private Instrument instrument(YamlTree.Node n) {
        if (!n.isMap()) {
            error(n.line(), "instruments", "instrument.not-mapping", new java.util.TreeSet<>(INSTRUMENT_FIELDS));
            return null;
        }
        failed = false;
        Map<String, YamlTree.Node> m = n.map();
        checkFields(m, INSTRUMENT_FIELDS, n.line(), "instruments");
        String id = reqText(m.get("id"), "id", n.line(), "instruments");
        String ctx = id == null ? "instruments" : "instrument " + id;
        String title = reqText(m.get("title"), "title", n.line(), ctx);
        String titleEn = reqText(m.get("titleEn"), "titleEn", n.line(), ctx);
        String issuer = reqText(m.get("issuer"), "issuer", n.line(), ctx);
        String rankText = reqText(m.get("rank"), "rank", n.line(), ctx);
        InstrumentRank rank = null;
        if (rankText != null) {
            try {
                rank = InstrumentRank.valueOf(rankText);
            } catch (IllegalArgumentException e) {
                error(
                        m.get("rank").line(),
                        ctx,
                        "instrument.unknown-rank",
                        YamlTree.shown(rankText),
                        java.util.Arrays.toString(InstrumentRank.values()));
            }
        }
        LocalDate sourceDate = optDate(m.get("sourceDate"), "sourceDate", ctx);
        if (rank != null && rank.isReport() && sourceDate == null && !m.containsKey("sourceDate")) {
            // a report proves a figure only as of its date: without it, no decision could tell how old the figure is
            error(n.line(), ctx, "instrument.report-without-date");
        }
        Instrument i = failed
                ? null
                : new Instrument(
                        id,
                        title,
                        titleEn,
                        issuer,
                        optText(m.get("documentNumber"), "documentNumber", ctx),
                        rank,
                        optDate(m.get("inForce"), "inForce", ctx),
                        optDate(m.get("repealed"), "repealed", ctx),
                        sourceDate,
                        optText(m.get("url"), "url", ctx),
                        optText(m.get("note"), "note", ctx));
        return failed ? null : i;
    }

    private RawValue value(YamlTree.Node n) {
        if (!n.isMap()) {
            error(n.line(), "values", "value.not-mapping", new java.util.TreeSet<>(VALUE_FIELDS));
            return null;
        }
        failed = false;
        Map<String, YamlTree.Node> m = n.map();
        String key = reqText(m.get("key"), "key", n.line(), "values");
        String ctx = key == null ? "values" : key;
        checkFields(m, VALUE_FIELDS, n.line(), ctx);
        RegionCode region = regionCode(m.get("region"), n.line(), ctx, "region");
        LocalDate since = optDate(m.get("since"), "since", ctx);
        if (since == null && !m.containsKey("since")) {
            error(n.line(), ctx, "field.missing", "since");
        }
        LocalDate until = optDate(m.get("until"), "until", ctx);
        if (since != null && until != null && !until.isAfter(since)) {
            error(m.get("until").line(), ctx, "value.until-not-after", until, since);
        }
        YamlTree.Node valueNode = m.get("value");
        String value = reqText(valueNode, "value", n.line(), ctx);
        String unit = reqText(m.get("unit"), "unit", n.line(), ctx);
        String gradeText = reqText(m.get("grade"), "grade", n.line(), ctx);
        Provenance grade = null;
        if (gradeText != null) {
            try {
                grade = Provenance.valueOf(gradeText);
            } catch (IllegalArgumentException e) {
                error(
                        m.get("grade").line(),
                        ctx,
                        "value.unknown-grade",
                        YamlTree.shown(gradeText),
                        "OFFICIAL, DERIVED, ILLUSTRATIVE");
            }
        }
        Citation citation = citation(m.get("citation"), n.line(), ctx);
        boolean sinceExact = true;
        String se = optText(m.get("sinceExact"), "sinceExact", ctx);
        if (se != null) {
            if (!se.equals("true") && !se.equals("false")) {
                error(m.get("sinceExact").line(), ctx, "value.since-exact");
            }
            sinceExact = Boolean.parseBoolean(se);
        }
        RegionLevel replaceableBy = replaceableBy(m.get("replaceableBy"), region, ctx);
        String note = optText(m.get("note"), "note", ctx);
        if (failed) {
            return null;
        }
        return new RawValue(
                file,
                location,
                packName,
                n.line(),
                key,
                region,
                since,
                until,
                value,
                valueNode.line(),
                unit,
                grade,
                citation,
                sinceExact,
                replaceableBy,
                note);
    }

    /**
     * Reads {@code replaceableBy}: the highest local level that the texts leave the value to (the
     * row is a default, such as a "一般指" figure, that this level and those below it may replace).
     * It must name a level below the row's own region.
     */
    private RegionLevel replaceableBy(YamlTree.Node node, RegionCode region, String ctx) {
        String text = optText(node, "replaceableBy", ctx);
        if (text == null) {
            return null;
        }
        RegionLevel level = null;
        for (RegionLevel l : RegionLevel.values()) {
            if (l != RegionLevel.NATION && l.name().equals(text)) {
                level = l;
            }
        }
        if (level == null) {
            error(node.line(), ctx, "value.replaceable-by-level");
            return null;
        }
        if (region != null && level.compareTo(region.level()) <= 0) {
            error(node.line(), ctx, "value.replaceable-by-below", level, region, region.level());
            return null;
        }
        return level;
    }

    private Citation citation(YamlTree.Node node, int line, String ctx) {
        if (node == null || node.value() == null) {
            error(line, ctx, "citation.missing");
            return null;
        }
        if (!node.isMap()) {
            error(node.line(), ctx, "citation.not-mapping");
            return null;
        }
        Map<String, YamlTree.Node> m = node.map();
        checkFields(m, CITATION_FIELDS, node.line(), ctx);
        String instrument = reqText(m.get("instrument"), "citation.instrument", node.line(), ctx);
        String article = optText(m.get("article"), "citation.article", ctx);
        if (article != null && article.isBlank()) {
            // a pack skeleton leaves the article empty to be filled in: left so, it must not load
            error(m.get("article").line(), ctx, "citation.article-empty");
            return null;
        }
        return instrument == null ? null : Citation.of(instrument, article);
    }

    private RegionCode regionCode(YamlTree.Node node, int line, String ctx, String field) {
        String text = reqText(node, field, line, ctx);
        if (text == null) {
            return null;
        }
        try {
            return RegionCode.of(text);
        } catch (IllegalArgumentException e) {
            error(node.line(), ctx, "field.not-region-code", field);
            return null;
        }
    }

    private void checkFields(Map<String, YamlTree.Node> m, Set<String> allowed, int line, String ctx) {
        for (Map.Entry<String, YamlTree.Node> e : m.entrySet()) {
            if (!allowed.contains(e.getKey())) {
                error(
                        e.getValue().line(),
                        ctx,
                        "field.unknown",
                        YamlTree.shown(e.getKey()),
                        new java.util.TreeSet<>(allowed));
            }
        }
    }

    private String reqText(YamlTree.Node node, String field, int line, String ctx) {
        if (node == null || node.value() == null) {
            error(line, ctx, "field.missing", field);
            return null;
        }
        if (!node.isScalar() || node.text().isBlank()) {
            error(node.line(), ctx, "field.not-nonempty-scalar", field);
            return null;
        }
        return node.text();
    }

    private String optText(YamlTree.Node node, String field, String ctx) {
        if (node == null || node.value() == null) {
            return null;
        }
        if (!node.isScalar()) {
            error(node.line(), ctx, "field.not-scalar", field);
            return null;
        }
        return node.text();
    }

    private LocalDate optDate(YamlTree.Node node, String field, String ctx) {
        String text = optText(node, field, ctx);
        if (text == null) {
            return null;
        }
        try {
            return org.minzheng.core.time.IsoDates.parse(text.trim());
        } catch (DateTimeParseException e) {
            error(node.line(), ctx, "field.not-date", field);
            return null;
        }
    }

    private void error(int line, String key, String code, Object... args) {
        failed = true;
        errors.add(LoadMessages.error(file, line, key, code, args));
    }
}
