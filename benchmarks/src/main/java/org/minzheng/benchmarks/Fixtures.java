package org.minzheng.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.minzheng.core.policy.PolicyBook;
import org.minzheng.core.policy.PolicySource;

/** Policy books for the benchmarks: the shipped official data plus the examples' illustrative overlay. */
final class Fixtures {

    private Fixtures() {}

    /** @return the shipped book with the illustrative overlay, so every rule is exercised */
    static PolicyBook illustrativeBook() {
        try (InputStream in =
                Fixtures.class.getResourceAsStream("/org/minzheng/examples/illustrative/eligibility.yaml")) {
            if (in == null) {
                throw new IllegalStateException("illustrative overlay not on the class path");
            }
            return PolicyBook.builderWithDefaults()
                    .addOverlay(PolicySource.ofText(
                            "eligibility.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8)))
                    .build();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
