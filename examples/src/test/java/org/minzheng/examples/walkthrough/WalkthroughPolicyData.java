package org.minzheng.examples.walkthrough;

import java.util.List;
import org.minzheng.core.policy.ModulePolicyData;

/** The walk-through's keys and pack file (in a module: its existing {@code <Module>PolicyData}). */
public final class WalkthroughPolicyData extends ModulePolicyData {

    /** Creates the provider. */
    public WalkthroughPolicyData() {
        super("walkthrough", List.of(WalkthroughParameters.class), "org/minzheng/examples/walkthrough/policy/old-age-allowance.yaml");
    }
}
