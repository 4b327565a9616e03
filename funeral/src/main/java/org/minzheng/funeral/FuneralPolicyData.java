package org.minzheng.funeral;

import java.util.List;
import org.minzheng.core.policy.ModulePolicyData;

/** The funeral and after-death parameters ({@link FuneralParameters}) and the official pack files of this module. */
public final class FuneralPolicyData extends ModulePolicyData {

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public FuneralPolicyData() {
        super(
                "funeral",
                List.of(FuneralParameters.class),
                "org/minzheng/funeral/policy/national.yaml",
                "org/minzheng/funeral/policy/zhejiang.yaml",
                "org/minzheng/funeral/policy/huzhou.yaml");
    }
}
