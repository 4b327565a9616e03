package org.minzheng.core.policy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A pack file to load: a name for messages, a location for decision records and its UTF-8 text.
 *
 * <p>The {@linkplain #location() location} is what every value read from the file records as its
 * {@code file:line} ({@link ParameterValue#source()}), and so what decision records show. It never
 * depends on the machine: a class-path resource is located by its resource path (such as
 * {@code org/minzheng/eligibility/policy/huzhou.yaml}); a file on disk by its file name alone
 * ({@code wuxing.yaml}, whatever directory it was read from); text in memory by the name given.
 */
public final class PolicySource {

    private final String name;
    private final String location;
    private final String text;

    private PolicySource(String name, String location, String text) {
        this.name = name;
        this.location = location;
        this.text = text;
    }

    /**
     * Obtains a source from a file on disk.
     *
     * @param path the file, not null; messages name it as given, decision records by its file name
     * @return the source, not null
     * @throws UncheckedIOException if the file cannot be read
     */
    public static PolicySource of(Path path) {
        try {
            Path fileName = path.getFileName();
            return new PolicySource(
                    path.toString(),
                    fileName == null ? path.toString() : fileName.toString(),
                    Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy file " + path, e);
        }
    }

    /**
     * Obtains a source from text already in memory (tests, generated packs).
     *
     * @param name a name for messages, not null
     * @param text the YAML text, not null
     * @return the source, not null
     */
    public static PolicySource ofText(String name, String text) {
        Objects.requireNonNull(name, "name");
        return new PolicySource(name, name, Objects.requireNonNull(text, "text"));
    }

    /**
     * Obtains a source from a class-path resource.
     *
     * @param loader   the class loader, not null
     * @param resource the resource path, such as {@code org/minzheng/eligibility/national.yaml}
     * @return the source, not null
     * @throws UncheckedIOException if the resource is missing or unreadable
     */
    public static PolicySource ofResource(ClassLoader loader, String resource) {
        URL url = loader.getResource(resource);
        if (url == null) {
            throw new UncheckedIOException(new IOException("Policy resource not found: " + resource));
        }
        try (InputStream in = url.openStream()) {
            return new PolicySource(resource, resource, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read policy resource " + resource, e);
        }
    }

    /**
     * Reads several class-path resources, in order: what a {@link PolicyDataProvider} returns.
     *
     * @param loader    the class loader, not null
     * @param resources the resource names, not null
     * @return the sources, in the same order
     * @throws java.io.UncheckedIOException if a resource is missing or cannot be read
     */
    public static List<PolicySource> ofResources(ClassLoader loader, List<String> resources) {
        List<PolicySource> list = new ArrayList<>(resources.size());
        for (String r : resources) {
            list.add(ofResource(loader, r));
        }
        return List.copyOf(list);
    }

    /** @return the name used in messages */
    public String name() {
        return name;
    }

    /**
     * @return where decision records say the file's values were read: the resource path, the file
     *         name of a file on disk (never its directory), or the name of text in memory
     */
    public String location() {
        return location;
    }

    /** @return the text */
    public String text() {
        return text;
    }
}
