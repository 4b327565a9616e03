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
    /** The file's UTF-8 bytes as read, or null for text given as text. */
    private final byte[] bytes;
    /** The text; for a resource, decoded from {@link #bytes} when first asked for. */
    private String text;

    private PolicySource(String name, String location, String text) {
        this.name = name;
        this.location = location;
        this.bytes = null;
        this.text = text;
    }

    private PolicySource(String name, String location, byte[] bytes) {
        this.name = name;
        this.location = location;
        this.bytes = bytes;
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
            return new PolicySource(resource, resource, in.readAllBytes());
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
        String t = text;
        if (t == null) {
            // a String is immutable: two threads decoding at once store equal texts
            t = new String(bytes, StandardCharsets.UTF_8);
            text = t;
        }
        return t;
    }

    /**
     * Returns the text as characters, what the pack reader reads: for a resource, decoded from its
     * bytes straight into the array (no string made first, and none at all while no one asks for
     * {@link #text()}), the same characters {@code text().toCharArray()} gives.
     *
     * @return a new array of the text's characters
     */
    char[] chars() {
        if (bytes != null && text == null) {
            char[] decoded = decodeWellFormed(bytes);
            if (decoded != null) {
                return decoded;
            }
        }
        return text().toCharArray();
    }

    /**
     * Decodes UTF-8 that is well formed (no stray or missing continuation byte, no overlong form,
     * no encoded surrogate, nothing above U+10FFFF) as {@code new String(b, UTF_8)} does; anything
     * else is left to it, for its replacement characters.
     *
     * @param b the bytes
     * @return their characters, or null if the bytes are not well-formed UTF-8
     */
    static char[] decodeWellFormed(byte[] b) {
        char[] out = new char[b.length];
        int n = 0;
        int i = 0;
        while (i < b.length) {
            int x = b[i];
            if (x >= 0) {
                out[n++] = (char) x;
                i++;
                continue;
            }
            int length = (x & 0xE0) == 0xC0 ? 2 : (x & 0xF0) == 0xE0 ? 3 : (x & 0xF8) == 0xF0 ? 4 : 0;
            if (length == 0 || i + length > b.length) {
                return null;
            }
            int cp = x & (0x7F >> length);
            for (int k = 1; k < length; k++) {
                int y = b[i + k];
                if ((y & 0xC0) != 0x80) {
                    return null;
                }
                cp = cp << 6 | y & 0x3F;
            }
            if (length == 2 && cp < 0x80
                    || length == 3 && (cp < 0x800 || cp >= 0xD800 && cp <= 0xDFFF)
                    || length == 4 && (cp < 0x10000 || cp > 0x10FFFF)) {
                return null;
            }
            if (length == 4) {
                out[n++] = Character.highSurrogate(cp);
                out[n++] = Character.lowSurrogate(cp);
            } else {
                out[n++] = (char) cp;
            }
            i += length;
        }
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }
}
