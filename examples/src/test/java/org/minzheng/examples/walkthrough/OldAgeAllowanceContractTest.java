package org.minzheng.examples.walkthrough;

import java.io.UncheckedIOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;
import org.minzheng.core.program.Program;
import org.minzheng.core.program.ProgramRegistry;
import org.minzheng.core.testing.ProgramContract;

/**
 * The walk-through of {@code docs/writing-a-program.md}, run: the old-age allowance program is found
 * through its ServiceLoader line, like every program, and keeps the program contract with its pack
 * rows, its messages and its example cases. (Its {@code META-INF/services} files live in
 * {@code src/test/walkthrough/}, a class path root of their own, so the examples' other tests and
 * the policy book do not see the program.)
 */
class OldAgeAllowanceContractTest {

    /** The walk-through's "module": the test classes, plus its ServiceLoader lines. */
    static final ClassLoader MODULE = module(Path.of("src/test/walkthrough"));

    @TestFactory
    Stream<DynamicTest> oldAgeAllowanceKeepsTheContract() {
        List<Program<?, ?>> found = new ArrayList<>();
        ServiceLoader.load(Program.class, MODULE).forEach(found::add);
        ProgramRegistry programs = ProgramRegistry.of(found);
        PolicyBook.Builder shipped = PolicyBook.builder();
        ServiceLoader.load(PolicyDataProvider.class, MODULE).forEach(shipped::addProvider);
        PolicyBook official = shipped.build();

        PolicyBook.Builder withOverlay = PolicyBook.builder();
        ServiceLoader.load(PolicyDataProvider.class, MODULE).forEach(withOverlay::addProvider);
        PolicyBook illustrative = withOverlay
                .addOverlay(PolicySource.of(Path.of("src/test/walkthrough/illustrative/old-age-allowance.yaml")))
                .build();

        return ProgramContract.of(programs.find("old-age-allowance").orElseThrow())
                .official(official)
                .illustrative(illustrative)
                .cases(Path.of("src/test/walkthrough/cases/old-age-allowance"))
                .notExercised("old-age-allowance.age UNDETERMINED",
                        "the national minimum age covers every region from 2018-12-29; only a case dated before it reaches this")
                .tests();
    }

    private static ClassLoader module(Path root) {
        try {
            return new URLClassLoader(new URL[] {root.toUri().toURL()}, OldAgeAllowanceContractTest.class.getClassLoader());
        } catch (MalformedURLException e) {
            throw new UncheckedIOException(e);
        }
    }
}
