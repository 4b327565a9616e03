package org.minzheng.examples.cli;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.region.Region;
import org.minzheng.core.region.RegionCode;
import org.minzheng.core.region.RegionTable;
import org.minzheng.core.region.UnknownRegionException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;

/**
 * {@code minzheng regions}: the national division table (GB/T 2260, 1981–2024), dated. {@code
 * regions CODE [--date D]} prints the region the code means on the date with its level, validity
 * and parent chain; {@code --search NAME [--date D]} searches by name; {@code --changes FROM TO}
 * lists what started or ended after FROM up to TO. An unknown code exits 2 naming code and date.
 */
@Command(
        name = "regions",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        description = {
            "The national division table (GB/T 2260 county level and above, 1981-2024, with its history), as of a date:",
            "  regions CODE [--date D]         code, name, level, validity and the parent chain",
            "  regions --search NAME [--date D] regions whose name contains NAME (every period without --date)",
            "  regions --changes FROM TO       regions that ended or started after FROM up to TO"
        })
final class RegionsCommand implements Callable<Integer> {

    @ParentCommand
    Main main;

    @Parameters(arity = "0..1", paramLabel = "CODE", description = "a six- or nine-digit division code")
    String code;

    @Option(
            names = "--date",
            paramLabel = "yyyy-MM-dd",
            description = "the date of the look-up (default: the table's last edition, 2024-12-31)")
    String date;

    @Option(names = "--search", paramLabel = "NAME", description = "search by (part of) a name")
    String search;

    @Option(
            names = "--changes",
            arity = "2",
            paramLabel = "DATE",
            description = "FROM TO: what changed between two dates")
    List<String> changes;

    @Override
    public Integer call() {
        Session s = main.session();
        RegionTable table = PolicyBook.loadDefault().regions();
        int modes = (code != null ? 1 : 0) + (search != null ? 1 : 0) + (changes != null ? 1 : 0);
        if (modes != 1) {
            throw new BadInputException("give exactly one of CODE, --search NAME or --changes FROM TO");
        }
        List<String> lines = new ArrayList<>();
        if (changes != null) {
            LocalDate from = date(changes.get(0));
            LocalDate to = date(changes.get(1));
            if (to.isBefore(from)) {
                throw new BadInputException("--changes: TO is before FROM");
            }
            List<RegionTable.Change> list = table.changes(from, to);
            for (RegionTable.Change c : list) {
                lines.add(c.date() + (c.started() ? "  + " : "  - ") + line(c.region()) + successors(c.region()));
            }
            lines.add(list.size() + " changes after " + from + " up to " + to);
        } else {
            LocalDate on = date != null ? date(date) : lastEdition(table);
            if (search != null) {
                if (search.isBlank()) {
                    throw new BadInputException("--search: the name is blank");
                }
                List<Region> found = table.search(search, date != null ? on : null);
                for (Region r : found) {
                    lines.add(line(r) + "  " + chainNames(table, r));
                }
                lines.add(found.size() + " regions" + (date != null ? " on " + on : " (every period)"));
            } else {
                RegionCode rc;
                try {
                    rc = RegionCode.of(code);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException("not a division code: " + e.getMessage());
                }
                List<Region> chain;
                try {
                    chain = table.ancestry(rc, on);
                } catch (UnknownRegionException e) {
                    throw new BadInputException(e.getMessage());
                }
                Region r = chain.get(0);
                lines.add("code:     " + r.code());
                lines.add("name:     " + r.nameZh()
                        + r.englishName().map(en -> " (" + en + ")").orElse(" (no English name recorded)"));
                lines.add("level:    " + r.level());
                lines.add("valid:    " + validity(r));
                lines.add("source:   " + r.provenance());
                if (!r.successors().isEmpty()) {
                    lines.add("successors: " + successors(r).strip());
                }
                StringBuilder sb = new StringBuilder("chain on " + on + ": ");
                for (int i = 0; i < chain.size(); i++) {
                    sb.append(i == 0 ? "" : " < ")
                            .append(chain.get(i).code())
                            .append(' ')
                            .append(chain.get(i).nameZh());
                }
                lines.add(sb.toString());
            }
        }
        s.out.print(String.join("\n", lines) + "\n");
        return Main.OK;
    }

    private static LocalDate lastEdition(RegionTable table) {
        return table.edition().map(RegionTable.Edition::last).orElse(LocalDate.of(2024, 12, 31));
    }

    private static String line(Region r) {
        return r.code() + " " + r.nameZh() + " " + r.level() + " " + validity(r);
    }

    private static String validity(Region r) {
        return (r.since() == null ? "…" : r.since().toString()) + " – "
                + (r.until() == null ? "in use" : r.until() + " (exclusive)");
    }

    private static String successors(Region r) {
        if (r.successors().isEmpty()) {
            return "";
        }
        List<String> s = new ArrayList<>();
        for (Region.Successor x : r.successors()) {
            s.add(x.toString());
        }
        return "  → " + String.join(", ", s);
    }

    private static String chainNames(RegionTable table, Region r) {
        LocalDate on =
                r.until() != null ? r.until().minusDays(1) : r.since() != null ? r.since() : LocalDate.of(2024, 12, 31);
        List<String> names = new ArrayList<>();
        for (Region a : table.ancestry(r.code(), on)) {
            if (!a.code().equals(r.code()) && !a.code().equals(RegionCode.NATION)) {
                names.add(a.nameZh());
            }
        }
        return names.isEmpty() ? "" : "(" + String.join(" < ", names) + ")";
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new BadInputException("not an ISO date (yyyy-MM-dd)");
        }
    }
}
