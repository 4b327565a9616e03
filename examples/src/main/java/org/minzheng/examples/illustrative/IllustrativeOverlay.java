package org.minzheng.examples.illustrative;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;

/**
 * Loads the illustrative overlay: the pack files named in
 * {@code org/minzheng/examples/illustrative/index.txt} (one file name per line; blank lines and
 * lines starting with {@code #} are skipped), each a pack of {@code ILLUSTRATIVE} values citing
 * an instrument of rank {@code ILLUSTRATIVE}. They are added to the shipped data as overlays.
 */
public final class IllustrativeOverlay {

    /** The class-path directory of the overlay files. */
    public static final String DIRECTORY = "org/minzheng/examples/illustrative/";
    /** The class-path resource listing the overlay files. */
    public static final String INDEX = DIRECTORY + "index.txt";

    private static volatile PolicyBook book;

    private IllustrativeOverlay() {}

    /**
     * @return the file names listed in the index, in order
     * @throws UncheckedIOException if the index is missing or unreadable
     */
    public static List<String> fileNames() {
        ClassLoader loader = IllustrativeOverlay.class.getClassLoader();
        try (InputStream in = loader.getResourceAsStream(INDEX)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("Illustrative index not found: " + INDEX));
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<String> names = new ArrayList<>();
            String line;
            while ((line = r.readLine()) != null) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith("#")) {
                    names.add(name);
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + INDEX, e);
        }
    }

    /**
     * @return the overlay files as policy sources, in index order
     * @throws UncheckedIOException if a listed file is missing
     */
    public static List<PolicySource> sources() {
        ClassLoader loader = IllustrativeOverlay.class.getClassLoader();
        List<PolicySource> sources = new ArrayList<>();
        for (String name : fileNames()) {
            sources.add(PolicySource.ofResource(loader, DIRECTORY + name));
        }
        return sources;
    }

    /**
     * Returns the shipped data with the illustrative overlay, built once.
     *
     * @return the book, not null
     * @throws org.minzheng.core.policy.PolicyLoadException if an overlay file does not load
     */
    public static PolicyBook book() {
        PolicyBook b = book;
        if (b == null) {
            synchronized (IllustrativeOverlay.class) {
                b = book;
                if (b == null) {
                    b = book(true, List.of());
                    book = b;
                }
            }
        }
        return b;
    }

    /**
     * Builds a book: the shipped data, then the illustrative overlay if asked for, then the
     * caller's own overlay files. With neither, returns {@link PolicyBook#loadDefault()}.
     *
     * @param illustrative true to add the illustrative overlay
     * @param packs        further overlay files, in order, not null
     * @return the book, not null
     * @throws org.minzheng.core.policy.PolicyLoadException listing every problem with file and line
     */
    public static PolicyBook book(boolean illustrative, Collection<PolicySource> packs) {
        if (!illustrative && packs.isEmpty()) {
            return PolicyBook.loadDefault();
        }
        PolicyBook.Builder builder = PolicyBook.builderWithDefaults();
        if (illustrative) {
            sources().forEach(builder::addOverlay);
        }
        packs.forEach(builder::addOverlay);
        return builder.build();
    }

    /**
     * @return a case checker over the registered programs, the shipped data and, for cases whose
     *         expectation names the illustrative pack, the shipped data with this overlay
     */
    public static org.minzheng.core.cases.CaseChecker checker() {
        return org.minzheng.core.cases.CaseChecker.of(
                org.minzheng.core.program.ProgramRegistry.loadDefault(),
                org.minzheng.core.policy.PolicyBook::loadDefault,
                IllustrativeOverlay::book);
    }
}
