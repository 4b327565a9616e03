package org.minzheng.core.policy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.minzheng.core.citation.InstrumentRank;
import org.minzheng.core.region.Region;
import org.minzheng.core.region.RegionCode;

/**
 * What a region still has to supply: of the keys a program reads ({@code Program.parameters()}),
 * those with no value in force at a region and date, and a pack skeleton for them that an
 * integrator fills in and loads as an overlay.
 *
 * <p>The skeleton is in the shipped pack format: a {@code pack} name, one {@code instruments}
 * entry for the text that sets the values, and one {@code values} row per key with the key, the
 * region, {@code since}, the key's unit, and, left empty to be filled in, the value, the grade
 * and the citation (instrument and article). Each row is preceded by comments giving the key's
 * description (zh and en), its type and the values it allows. The empty fields are deliberate:
 * a skeleton loaded before it is filled in fails with file and line for every field left empty,
 * so no placeholder can be taken for policy.
 *
 * <pre>{@code
 * PolicySnapshot s = PolicyBook.loadDefault().snapshot(RegionCode.of("330502"), date);
 * List<ParameterKey<?>> missing = PackTemplate.notConfigured(s, new DibaoProgram().parameters());
 * String yaml = PackTemplate.yaml(s, missing);
 * }</pre>
 */
public final class PackTemplate {

    /** The instrument id the skeleton's rows cite until the integrator names the real text. */
    public static final String INSTRUMENT_ID = "local-instrument";

    private PackTemplate() {}

    /**
     * Lists the keys with no value in force in a snapshot.
     *
     * @param snapshot the region and date, not null
     * @param keys     the keys read (a program's {@code parameters()}), not null
     * @return the keys with no value in force, each once, in the order given
     */
    public static List<ParameterKey<?>> notConfigured(
            PolicySnapshot snapshot, Collection<? extends ParameterKey<?>> keys) {
        Objects.requireNonNull(snapshot, "snapshot");
        List<ParameterKey<?>> missing = new ArrayList<>();
        for (ParameterKey<?> k : new LinkedHashSet<>(keys)) {
            if (snapshot.find(k) == null) {
                missing.add(k);
            }
        }
        return List.copyOf(missing);
    }

    /**
     * Writes a pack skeleton setting the given keys in the snapshot's region from its date.
     *
     * @param snapshot the region and date, not null
     * @param keys     the keys to set (usually {@link #notConfigured}), not null
     * @return the YAML text, ending with a newline
     */
    public static String yaml(PolicySnapshot snapshot, Collection<? extends ParameterKey<?>> keys) {
        RegionCode region = snapshot.region();
        LocalDate since = snapshot.date();
        String name = snapshot.book().regions().find(region).map(Region::nameZh).orElse("");
        StringBuilder sb = new StringBuilder();
        sb.append("# Pack skeleton: values not configured for ")
                .append(region)
                .append(name.isEmpty() ? "" : " " + name)
                .append(" on ")
                .append(since)
                .append(".\n")
                .append(
                        "# Fill in every empty field (\"\") from the text that sets the value, then load the file as an\n")
                .append("# overlay (minzheng params --file FILE; PolicyBook.builderWithDefaults().addOverlay(…)).\n")
                .append(
                        "# grade: OFFICIAL (the cited text states the value), DERIVED (computed from an official value by a\n")
                .append("# cited rule) or ILLUSTRATIVE (a placeholder for tests; every decision using it warns).\n")
                .append("# An empty field left in fails the load with its file and line.\n")
                .append("pack: local-")
                .append(region)
                .append('\n')
                .append("instruments:\n")
                .append("  - id: ")
                .append(INSTRUMENT_ID)
                .append("   # rename, and cite this id in each row below\n")
                .append("    title: \"\"   # the text's title in Chinese\n")
                .append("    titleEn: \"\"\n")
                .append("    issuer: \"\"   # the issuing body\n")
                .append("    rank: \"\"   # one of ")
                .append(ranks())
                .append('\n')
                .append("    # documentNumber: \"\"   # uncomment if the text has one, such as 民发〔2021〕57号\n")
                .append("    # url: \"\"   # uncomment: where the text is published\n")
                .append(
                        "    # sourceDate: \"\"   # uncomment (required for an OFFICIAL_REPORT): the date the figures are stated as of\n");
        if (keys.isEmpty()) {
            sb.append("values: []\n");
            return sb.toString();
        }
        sb.append("values:\n");
        for (ParameterKey<?> k : new LinkedHashSet<>(keys)) {
            sb.append("  # ")
                    .append(k.name())
                    .append(": ")
                    .append(oneLine(k.descriptionZh()))
                    .append(" / ")
                    .append(oneLine(k.descriptionEn()))
                    .append('\n')
                    .append("  # type ")
                    .append(k.type().name())
                    .append(hint(k.type()));
            String allowed = k.allowedText();
            if (!allowed.isEmpty()) {
                sb.append("; allowed ").append(allowed);
            }
            sb.append('\n')
                    .append("  - key: ")
                    .append(k.name())
                    .append('\n')
                    .append("    region: \"")
                    .append(region)
                    .append("\"\n")
                    .append("    since: ")
                    .append(since)
                    .append('\n')
                    .append("    value: \"\"\n")
                    .append("    unit: ")
                    .append(quoted(k.unit()))
                    .append('\n')
                    .append("    grade: \"\"\n")
                    .append("    citation: {instrument: ")
                    .append(INSTRUMENT_ID)
                    .append(", article: \"\"}\n");
        }
        return sb.toString();
    }

    private static String hint(ParameterType<?> type) {
        if (type == ParameterType.MONEY) {
            return ", written \"1145.00\"";
        }
        if (type == ParameterType.DECIMAL) {
            return ", written \"0.30\"";
        }
        if (type == ParameterType.INTEGER) {
            return ", written \"12\"";
        }
        if (type == ParameterType.BOOLEAN) {
            return ", written \"true\" or \"false\"";
        }
        if (type == ParameterType.ROUNDING) {
            return ", written UNIT:MODE such as \"YUAN:CEILING\"";
        }
        if (type == ParameterType.DATES) {
            return ", written \"2024-01-01 2024-02-10..2024-02-17\" or \"none\"";
        }
        return "";
    }

    private static String ranks() {
        List<String> names = new ArrayList<>();
        for (InstrumentRank r : InstrumentRank.values()) {
            names.add(r.name());
        }
        return String.join(", ", names);
    }

    private static String oneLine(String text) {
        return text.replace('\n', ' ').replace('\r', ' ');
    }

    private static String quoted(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
