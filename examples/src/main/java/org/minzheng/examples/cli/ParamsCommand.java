package org.minzheng.examples.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.minzheng.core.decision.Language;
import org.minzheng.core.json.Json;
import org.minzheng.core.policy.PackTemplate;
import org.minzheng.core.policy.ParameterChange;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.ParameterValue;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySnapshot;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.policy.Provenance;
import org.minzheng.core.policy.Timeline;
import org.minzheng.core.program.Program;
import org.minzheng.core.region.RegionCode;
import org.minzheng.examples.catalogue.ParameterRows;
import org.minzheng.examples.catalogue.ParameterRows.InForce;
import org.minzheng.examples.catalogue.ParameterRows.KeyRow;
import org.minzheng.examples.catalogue.ParameterRows.ValueRow;
import org.minzheng.examples.docs.ReviewerLabels;
import org.minzheng.examples.illustrative.IllustrativeOverlay;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng params}: the policy values in force at a region and date, each with its unit,
 * the region that sets it, its dates, grade, citation and source line; what changed between two
 * dates; or a maintainer's pack file checked as an overlay on the shipped data.
 */
@Command(
        name = "params",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "Show the policy values in force at a region and date (with unit, the region that sets each, since/until, grade, citation and source file:line),",
            "what changed between two dates (--diff), check a pack file of your own as an overlay on the shipped data (--file),",
            "or list the keys a program reads that are not configured at the region and date (--program), as a pack skeleton to fill in (--template)."
        })
final class ParamsCommand implements Callable<Integer> {

    /** The region shown when none is given: Huzhou 湖州市. */
    static final RegionCode DEFAULT_REGION = RegionCode.of("330500");
    /** The time zone of "today" when no date is given. */
    static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    @ParentCommand
    Main main;

    @Option(
            names = "--region",
            paramLabel = "CODE",
            converter = RegionConverter.class,
            description = "six-digit region code (GB/T 2260), default 330500 (Huzhou)")
    RegionCode region = DEFAULT_REGION;

    @Option(names = "--date", paramLabel = "YYYY-MM-DD", description = "policy date, default today (Asia/Shanghai)")
    LocalDate date;

    @Option(
            names = "--key",
            paramLabel = "KEY",
            split = ",",
            description = "only this key, or the keys under this prefix (dibao matches dibao.*); repeatable")
    List<String> keys = new ArrayList<>();

    @Option(
            names = "--illustrative",
            description = "add the illustrative overlay (placeholder values for the examples; not policy)")
    boolean illustrative;

    @Option(
            names = "--pack",
            paramLabel = "FILE",
            split = ",",
            description = "add a pack file of your own as an overlay; repeatable")
    List<Path> packs = new ArrayList<>();

    @Option(
            names = "--diff",
            arity = "2",
            paramLabel = "DATE",
            description = "show what changed between two dates: --diff FROM TO")
    List<LocalDate> diff = new ArrayList<>();

    @Option(
            names = "--file",
            paramLabel = "FILE",
            split = ",",
            description =
                    "check a pack file as an overlay on the shipped data: every error with file and line, or a summary of what it sets")
    List<Path> files = new ArrayList<>();

    @Option(
            names = "--program",
            paramLabel = "ID",
            description =
                    "list the keys this program reads that are not configured at the region and date (with unit, type, allowed values, description)")
    String program;

    @Option(
            names = "--template",
            description =
                    "with --program: print a pack skeleton (YAML, the shipped pack format) for those keys, to fill in and load with --pack")
    boolean template;

    @Option(names = "--json", description = "print JSON instead of a table")
    boolean json;

    /** A key a program reads that is not configured. */
    @JsonPropertyOrder({"key", "unit", "type", "allowed", "description"})
    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record NeededRow(String key, String unit, String type, String allowed, String description) {}

    /** What a program still needs at a region and date. */
    @JsonPropertyOrder({"program", "region", "regionName", "date", "notConfigured"})
    record Needed(String program, String region, String regionName, LocalDate date, List<NeededRow> notConfigured) {}

    /** One change between two dates. */
    @JsonPropertyOrder({"change", "key", "from", "to"})
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record Change(String change, String key, ValueRow from, ValueRow to) {}

    /** The changes between two dates. */
    @JsonPropertyOrder({"region", "regionName", "from", "to", "changes"})
    record Diff(String region, String regionName, LocalDate from, LocalDate to, List<Change> changes) {}

    /** A timeline a checked file replaces. */
    @JsonPropertyOrder({"key", "region", "shippedValues"})
    record Replaced(String key, String region, int shippedValues) {}

    /** What a checked file sets. */
    @JsonPropertyOrder({"files", "values", "replaces"})
    record FileSummary(List<String> files, List<ValueRow> values, List<Replaced> replaces) {}

    @Override
    public Integer call() {
        Session s = main.session();
        if (!files.isEmpty()) {
            return checkFiles(s);
        }
        PolicyBook book = s.book(illustrative, packs);
        LocalDate asOf = date != null ? date : LocalDate.now(CHINA);
        if (!book.regions().contains(region, asOf)) {
            try {
                book.regions().require(region, asOf);
            } catch (IllegalArgumentException e) {
                throw new BadInputException(
                        "unknown region: " + e.getMessage() + " (see: minzheng regions --search NAME)");
            }
        }
        if (template && program == null) {
            throw new BadInputException("--template needs --program ID: the skeleton is for the keys a program reads");
        }
        if (program != null) {
            return needed(s, book);
        }
        List<ParameterKey<?>> selected = selectKeys(book);
        if (!diff.isEmpty()) {
            return diff(s, book, selected);
        }
        LocalDate on = date != null ? date : LocalDate.now(CHINA);
        PolicySnapshot snap = book.snapshot(region, on);
        InForce result = ParameterRows.inForce(book, region, on, selected, s.lang);
        List<ValueRow> rows = result.values();
        List<KeyRow> missing = result.notConfigured();
        List<ParameterValue<?>> inForce = new ArrayList<>();
        for (ParameterKey<?> k : selected) {
            ParameterValue<?> v = snap.find(k);
            if (v != null) {
                inForce.add(v);
            }
        }
        if (json) {
            s.out.print(Json.pretty(result));
            return Main.OK;
        }
        StringBuilder sb = new StringBuilder();
        boolean zh = s.lang == Language.ZH;
        if (zh) {
            sb.append(region)
                    .append(' ')
                    .append(regionName(book, region, s.lang))
                    .append(' ')
                    .append(on)
                    .append(" 有效的政策参数")
                    .append(illustrative ? "（含示例覆盖数据）" : "")
                    .append('\n');
        } else {
            sb.append("Policy values in force in ")
                    .append(region)
                    .append(' ')
                    .append(regionName(book, region, s.lang))
                    .append(" on ")
                    .append(on)
                    .append(illustrative ? " (with the ILLUSTRATIVE overlay)" : "")
                    .append('\n');
        }
        if (rows.isEmpty()) {
            sb.append(zh ? "（没有有效的取值）\n" : "(no value is in force)\n");
        } else {
            sb.append(valueTable(rows, s.lang));
        }
        if (rows.stream().anyMatch(r -> !r.sinceExact())) {
            sb.append(
                    zh
                            ? "* 来源给出了数值但未给出确切施行日期，自来源能证明其施行的最早日期起适用\n"
                            : "* the source states the value but not the exact date it took effect; it applies from the earliest date"
                                    + " a source proves it in force\n");
        }
        for (ParameterValue<?> v : inForce) {
            if (snap.inheritsDefault(v)) {
                sb.append("† ")
                        .append(v.key().name())
                        .append(": a default the text gives for ")
                        .append(v.region())
                        .append("; the ")
                        .append(v.replaceableBy().name().toLowerCase(java.util.Locale.ROOT))
                        .append(
                                " level and those below it may replace it, and none in this region's chain has: decisions here warn\n");
            }
        }
        for (ParameterValue<?> v : inForce) {
            if (snap.isStale(v)) {
                sb.append("! ")
                        .append(v.key().name())
                        .append(": its source is dated ")
                        .append(v.sourceDate())
                        .append(", more than ")
                        .append(PolicySnapshot.STALENESS_HORIZON_MONTHS)
                        .append(" months before ")
                        .append(on)
                        .append(": decisions here warn that it may be outdated\n");
            }
        }
        if (!missing.isEmpty()) {
            sb.append(
                    zh
                            ? "本地区未配置（需要它们的认定结论为暂不能认定）："
                            : "Not configured here (decisions that need them are UNDETERMINED): ");
            List<String> names = new ArrayList<>();
            missing.forEach(m -> names.add(m.key()));
            sb.append(String.join(", ", names)).append('\n');
        }
        s.out.print(sb);
        return Main.OK;
    }

    private int needed(Session s, PolicyBook book) {
        Program<?, ?> p = s.program(program);
        LocalDate on = date != null ? date : LocalDate.now(CHINA);
        PolicySnapshot snap = book.snapshot(region, on);
        List<ParameterKey<?>> missing = PackTemplate.notConfigured(snap, p.parameters());
        if (template) {
            s.out.print(PackTemplate.yaml(snap, missing));
            return Main.OK;
        }
        List<NeededRow> rows = new ArrayList<>();
        for (ParameterKey<?> k : missing) {
            rows.add(new NeededRow(
                    k.name(),
                    k.unit(),
                    k.type().name(),
                    k.allowedText(),
                    s.lang == Language.ZH ? k.descriptionZh() : k.descriptionEn()));
        }
        String name = regionName(book, region, s.lang);
        if (json) {
            s.out.print(Json.pretty(new Needed(p.id(), region.code(), name, on, rows)));
            return Main.OK;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Keys ")
                .append(p.id())
                .append(" reads that are not configured in ")
                .append(region)
                .append(' ')
                .append(name)
                .append(" on ")
                .append(on)
                .append(": ")
                .append(rows.size())
                .append(" of ")
                .append(p.parameters().size())
                .append('\n');
        if (!rows.isEmpty()) {
            TextTable t = new TextTable("KEY", "UNIT", "TYPE", "ALLOWED", "DESCRIPTION");
            for (NeededRow r : rows) {
                t.add(r.key(), r.unit(), r.type(), r.allowed().isEmpty() ? "-" : r.allowed(), r.description());
            }
            sb.append(t.render());
            sb.append("Decisions that need one of them are UNDETERMINED or leave a detail absent;")
                    .append(" --template writes a pack skeleton for them.\n");
        }
        s.out.print(sb);
        return Main.OK;
    }

    private List<ParameterKey<?>> selectKeys(PolicyBook book) {
        try {
            return ParameterRows.selectKeys(book, keys);
        } catch (ParameterRows.UnknownKeyException e) {
            throw new BadInputException(e.getMessage() + " (minzheng params --json lists every key in force)");
        }
    }

    private int diff(Session s, PolicyBook book, List<ParameterKey<?>> selected) {
        LocalDate from = diff.get(0);
        LocalDate to = diff.get(1);
        PolicySnapshot a = book.snapshot(region, from);
        PolicySnapshot b = book.snapshot(region, to);
        List<Change> changes = new ArrayList<>();
        for (ParameterChange c : ParameterChange.between(a, b, selected)) {
            changes.add(new Change(
                    c.kind().label(),
                    c.key().name(),
                    c.from() == null ? null : row(book, c.from(), s.lang),
                    c.to() == null ? null : row(book, c.to(), s.lang)));
        }
        String name = regionName(book, region, s.lang);
        if (json) {
            s.out.print(Json.pretty(new Diff(region.code(), name, from, to, changes)));
            return Main.OK;
        }
        StringBuilder sb = new StringBuilder();
        sb.append("Changes in ")
                .append(region)
                .append(' ')
                .append(name)
                .append(" from ")
                .append(from)
                .append(" to ")
                .append(to)
                .append('\n');
        if (changes.isEmpty()) {
            sb.append("(no change)\n");
        } else {
            TextTable t = s.lang == Language.ZH
                    ? new TextTable("变化", "参数", "原值", "新值", "单位", "地区", "起始", "等级", "新值的依据")
                    : new TextTable(
                            "CHANGE",
                            "KEY",
                            "OLD",
                            "NEW",
                            "UNIT",
                            "REGION",
                            "SINCE",
                            "GRADE",
                            "CITATION (of the new value)");
            for (Change c : changes) {
                ValueRow now = c.to() != null ? c.to() : c.from();
                t.add(
                        c.change(),
                        c.key(),
                        c.from() == null ? "-" : c.from().value(),
                        c.to() == null ? "-" : c.to().value(),
                        ReviewerLabels.unit(now.unit(), s.lang),
                        now.region(),
                        since(now),
                        ReviewerLabels.grade(now.grade(), s.lang),
                        c.to() == null ? "-" : c.to().citation());
            }
            sb.append(t.render());
        }
        long added = changes.stream().filter(c -> c.change().equals("added")).count();
        long removed =
                changes.stream().filter(c -> c.change().equals("removed")).count();
        sb.append(added)
                .append(" added, ")
                .append(removed)
                .append(" removed, ")
                .append(changes.size() - added - removed)
                .append(" changed\n");
        s.out.print(sb);
        return Main.OK;
    }

    private int checkFiles(Session s) {
        List<PolicySource> sources = new ArrayList<>();
        List<String> names = new ArrayList<>();
        List<String> locations = new ArrayList<>();
        for (Path p : files) {
            PolicySource src = Session.policySource(p);
            sources.add(src);
            names.add(src.name());
            locations.add(src.location());
        }
        List<PolicySource> all = new ArrayList<>();
        for (Path p : packs) {
            all.add(Session.policySource(p));
        }
        all.addAll(sources);
        PolicyBook book = IllustrativeOverlay.book(illustrative, all);
        PolicyBook base = s.book(illustrative, packs);
        List<ValueRow> rows = new ArrayList<>();
        List<Replaced> replaced = new ArrayList<>();
        for (ParameterKey<?> k : book.keys()) {
            for (Map.Entry<RegionCode, ? extends Timeline<?>> e :
                    book.timelines(k).entrySet()) {
                boolean fromFile = false;
                for (ParameterValue<?> v : e.getValue().transitions()) {
                    if (fromAny(v, locations)) {
                        rows.add(row(book, v, s.lang));
                        fromFile = true;
                    }
                }
                Timeline<?> shipped = base.timelines(k).get(e.getKey());
                if (fromFile && shipped != null) {
                    replaced.add(new Replaced(
                            k.name(), e.getKey().code(), shipped.transitions().size()));
                }
            }
        }
        if (json) {
            s.out.print(Json.pretty(new FileSummary(names, rows, replaced)));
            return Main.OK;
        }
        StringBuilder sb = new StringBuilder();
        sb.append(String.join(", ", names))
                .append(": loads cleanly as an overlay on the shipped data")
                .append('\n');
        long keyCount = rows.stream().map(ValueRow::key).distinct().count();
        long regionCount = rows.stream().map(ValueRow::region).distinct().count();
        sb.append("It sets ")
                .append(rows.size())
                .append(rows.size() == 1 ? " value" : " values")
                .append(" of ")
                .append(keyCount)
                .append(keyCount == 1 ? " key" : " keys")
                .append(" in ")
                .append(regionCount)
                .append(regionCount == 1 ? " region" : " regions")
                .append(rows.isEmpty() ? ".\n" : ":\n");
        if (!rows.isEmpty()) {
            sb.append(valueTable(rows, s.lang));
        }
        for (Replaced r : replaced) {
            sb.append("Replaces the shipped timeline of ")
                    .append(r.key())
                    .append(" in ")
                    .append(r.region())
                    .append(" (")
                    .append(r.shippedValues())
                    .append(r.shippedValues() == 1 ? " value)" : " values)")
                    .append('\n');
        }
        long illustrativeCount =
                rows.stream().filter(r -> r.grade() == Provenance.ILLUSTRATIVE).count();
        if (illustrativeCount > 0) {
            sb.append(illustrativeCount)
                    .append(" ILLUSTRATIVE ")
                    .append(illustrativeCount == 1 ? "value" : "values")
                    .append(": every decision that reads one carries a warning\n");
        }
        s.out.print(sb);
        return Main.OK;
    }

    private static boolean fromAny(ParameterValue<?> v, List<String> locations) {
        for (String n : locations) {
            if (v.source().startsWith(n + ":")) {
                return true;
            }
        }
        return false;
    }

    static ValueRow row(PolicyBook book, ParameterValue<?> v, Language lang) {
        return ParameterRows.row(book, v, lang);
    }

    static String regionName(PolicyBook book, RegionCode code, Language lang) {
        return ParameterRows.regionName(book, code, lang);
    }

    private static String since(ValueRow r) {
        return r.since() + (r.sinceExact() ? "" : "*");
    }

    private static String valueTable(List<ValueRow> rows, Language lang) {
        TextTable t = lang == Language.ZH
                ? new TextTable("参数", "取值", "单位", "地区", "起始", "截止", "等级", "数据文件", "依据")
                : new TextTable("KEY", "VALUE", "UNIT", "REGION", "SINCE", "UNTIL", "GRADE", "SOURCE", "CITATION");
        for (ValueRow r : rows) {
            t.add(
                    r.key(),
                    r.value() + (r.replaceableBy() == null ? "" : "†"),
                    ReviewerLabels.unit(r.unit(), lang),
                    r.region() + " " + r.regionName(),
                    since(r),
                    r.until() == null ? "-" : r.until().toString(),
                    ReviewerLabels.grade(r.grade(), lang),
                    r.source(),
                    r.citation());
        }
        return t.render();
    }

    /** Converts a six-digit code to a region code. */
    static final class RegionConverter implements CommandLine.ITypeConverter<RegionCode> {
        @Override
        public RegionCode convert(String value) {
            try {
                return RegionCode.of(value);
            } catch (IllegalArgumentException e) {
                throw new CommandLine.TypeConversionException(
                        "'" + value + "' is not a six-digit region code (GB/T 2260)");
            }
        }
    }
}
