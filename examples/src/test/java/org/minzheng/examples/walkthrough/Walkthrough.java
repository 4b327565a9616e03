package org.minzheng.examples.walkthrough;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;

/**
 * The walk-through's "module" as the class path sees it: the test classes plus its ServiceLoader
 * lines, which live in {@code src/test/walkthrough/META-INF/services} (a class path root of their
 * own, so the examples' other tests and the policy book do not see the program). Paths are
 * relative to the {@code examples} directory, where the tests run.
 */
public final class Walkthrough {

    /** The walk-through's files beside the code: ServiceLoader lines, example cases, illustrative overlay. */
    public static final Path ROOT = Path.of("src/test/walkthrough");

    /** The example cases of the program. */
    public static final Path CASES = ROOT.resolve("cases/old-age-allowance");

    /** The illustrative overlay. */
    public static final Path OVERLAY = ROOT.resolve("illustrative/old-age-allowance.yaml");

    /** The class path with the walk-through's ServiceLoader lines. */
    public static final ClassLoader MODULE = classPath(ROOT);

    private Walkthrough() {
    }

    /** @return every program ServiceLoader finds, the walk-through's among them */
    public static ProgramRegistry programs() {
        List<Program<?, ?>> found = new ArrayList<>();
        ServiceLoader.load(Program.class, MODULE).forEach(found::add);
        return ProgramRegistry.of(found);
    }

    /** @return the shipped data of every module, the walk-through's pack among them */
    public static PolicyBook official() {
        PolicyBook.Builder shipped = PolicyBook.builder();
        ServiceLoader.load(PolicyDataProvider.class, MODULE).forEach(shipped::addProvider);
        return shipped.build();
    }

    /** @return the shipped data with the walk-through's illustrative overlay */
    public static PolicyBook illustrative() {
        PolicyBook.Builder shipped = PolicyBook.builder();
        ServiceLoader.load(PolicyDataProvider.class, MODULE).forEach(shipped::addProvider);
        return shipped.addOverlay(PolicySource.of(OVERLAY)).build();
    }

    private static ClassLoader classPath(Path root) {
        try {
            return new URLClassLoader(new URL[] {root.toUri().toURL()}, Walkthrough.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
