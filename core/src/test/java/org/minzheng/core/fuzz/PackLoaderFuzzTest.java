package org.minzheng.core.fuzz;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.nio.charset.StandardCharsets;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicyLoadException;
import org.minzheng.core.policy.PolicySource;

/**
 * Coverage-guided fuzz test (Jazzer) of the pack loader: any text given as an integrator's
 * overlay pack file either loads on top of the shipped data or is refused with
 * {@link PolicyLoadException} listing its errors; never another exception. The corpus
 * ({@code PackLoaderFuzzTestInputs/overlay/}) holds the shipped core pack and broken variants.
 */
class PackLoaderFuzzTest {

    @FuzzTest(maxDuration = "30s")
    void overlay(byte[] data) {
        String text = new String(data, StandardCharsets.UTF_8);
        try {
            PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.ofText("fuzz.yaml", text))
                    .build();
        } catch (PolicyLoadException expected) {
            ValueTypesFuzzTest.assertNoIdIn(
                    expected,
                    text,
                    neutral -> ValueTypesFuzzTest.message(() -> PolicyBook.builderWithDefaults()
                            .addOverlay(PolicySource.ofText("fuzz.yaml", neutral))
                            .build()));
        }
    }
}
