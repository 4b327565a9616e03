package org.minzheng.examples.cli;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** Paths of the example cases and of the test resources. */
final class Fixtures {

    /** The example cases, relative to the module directory (the tests' working directory). */
    static final Path CASES = Path.of("cases");

    static final Path DIBAO = CASES.resolve("dibao");
    static final Path BELOW = DIBAO.resolve("huzhou-2024-family-of-three-below-standard.json");
    static final Path EQUAL = DIBAO.resolve("huzhou-2024-income-equal-to-standard.json");
    static final Path SAVINGS = DIBAO.resolve("huzhou-2024-savings-limit-not-configured.json");
    static final Path PRISON = DIBAO.resolve("huzhou-2024-spouse-in-prison-not-counted.json");

    /** The full identity number in {@link #WITH_ID}; it must never be printed. */
    static final String FULL_ID = "11010519491231002X";

    static final Path WITH_ID = resource("grandmother-with-id-number.json");
    static final Path OVERLAY = resource("huzhou-financial-months.yaml");
    static final Path BROKEN_PACK = resource("broken-pack.yaml");

    private Fixtures() {}

    static Path resource(String name) {
        try {
            return Path.of(Fixtures.class.getResource(name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static String s(Path p) {
        return p.toString();
    }
}
