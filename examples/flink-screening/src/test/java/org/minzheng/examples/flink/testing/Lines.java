package org.minzheng.examples.flink.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.minzheng.examples.flink.InputRecord;
import org.minzheng.examples.flink.JsonLines;

/** Helpers for lists of JSON lines. */
public final class Lines {

    private Lines() {}

    /**
     * @param records records
     * @return their lines
     */
    public static List<String> of(List<? extends InputRecord> records) {
        return records.stream().map(Records::line).toList();
    }

    /**
     * @param lines input lines
     * @return the lines stably sorted by their {@code date}
     */
    public static List<String> byDate(List<String> lines) {
        List<String> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparing(
                l -> JsonLines.read(l, InputRecord.class, "$").date()));
        return sorted;
    }

    /**
     * @param lines lines
     * @return a sorted copy, for comparing outputs whose order across parallel tasks is free
     */
    public static List<String> sorted(List<String> lines) {
        List<String> s = new ArrayList<>(lines);
        s.sort(null);
        return s;
    }

    /**
     * Reads the committed part files of a file-sink output directory (hidden in-progress files skipped).
     *
     * @param dir the directory
     * @return every line, sorted
     */
    public static List<String> readCommitted(Path dir) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<String> all = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(Files::isRegularFile)
                    .filter(f -> !f.getFileName().toString().startsWith("."))
                    .toList()) {
                all.addAll(Files.readAllLines(f, StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sorted(all);
    }
}
