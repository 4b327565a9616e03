package org.minzheng.core.region;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The national table's rows are parsed from the data file's bytes (session 9: fields found by their
 * tabs, dates and notice numbers read as digits, no line decoded and split). Every row of the file
 * is what the parse before it gave — the line decoded as UTF-8, split at tabs, dates and numbers
 * through {@code Integer.parseInt} — field by field: code, name, dates, both change notices (date,
 * title, document number), status, successors and source.
 */
class RegionRowsReadFromBytesTest {

    @Test
    void everyRowOfTheFile_isReadAsTheLineSplitAtTabsGivesIt() throws IOException {
        String[] lines;
        try (InputStream in = RegionTable.class.getResourceAsStream("gbt2260.tsv")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
        }
        Map<Integer, Region.ChangeNotice> notices = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (f[0].equals("N")) {
                notices.put(Integer.parseInt(f[1]), new Region.ChangeNotice(date(f[2]), f[3], f[4]));
            }
        }
        RegionTable table = RegionTable.unreadNationalTable();
        int rows = 0;
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            if (!f[0].equals("R")) {
                continue;
            }
            rows++;
            RegionCode code = RegionCode.of(f[1]);
            LocalDate since = date(f[4]);
            Region read = table.history(code).stream()
                    .filter(r -> since.equals(r.since()))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no row " + line));
            assertThat(read.nameZh()).as(line).isEqualTo(f[2]);
            assertThat(read.until()).as(line).isEqualTo(f[6].isEmpty() ? null : date(f[6]));
            assertThat(read.sinceNotice().orElse(null))
                    .as(line)
                    .isEqualTo(f[5].isEmpty() ? null : notices.get(Integer.parseInt(f[5])));
            assertThat(read.untilNotice().orElse(null))
                    .as(line)
                    .isEqualTo(f[7].isEmpty() ? null : notices.get(Integer.parseInt(f[7])));
            assertThat(read.status())
                    .as(line)
                    .isEqualTo(
                            f[8].equals("U")
                                    ? Region.Status.IN_USE
                                    : f[8].equals("C") ? Region.Status.CHANGED : Region.Status.ABOLISHED);
            // the successors written back as the file writes them: code, [year] when in another year
            List<String> successors = new ArrayList<>();
            for (Region.Successor next : read.successors()) {
                successors.add(next.code().code() + (next.inYear() == null ? "" : "[" + next.inYear() + "]"));
            }
            assertThat(String.join(";", successors)).as(line).isEqualTo(f[9]);
            assertThat(read.source()).isEqualTo("gb-t-2260");
            assertThat(read.englishName()).isEmpty();
        }
        assertThat(rows).isEqualTo(6823);
        assertThat(notices).isNotEmpty();
    }

    private static LocalDate date(String text) {
        return LocalDate.of(
                Integer.parseInt(text, 0, 4, 10), Integer.parseInt(text, 5, 7, 10), Integer.parseInt(text, 8, 10, 10));
    }
}
