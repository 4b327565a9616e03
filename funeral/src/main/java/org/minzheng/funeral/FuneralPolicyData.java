package org.minzheng.funeral;

import java.util.Collection;
import java.util.List;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;

/** The funeral and after-death parameters and the official pack files of this module. */
public final class FuneralPolicyData implements PolicyDataProvider {

    /** The pack files, in load order. */
    public static final List<String> RESOURCES = List.of(
            "org/minzheng/funeral/policy/national.yaml",
            "org/minzheng/funeral/policy/zhejiang.yaml",
            "org/minzheng/funeral/policy/huzhou.yaml");

    @Override
    public String name() {
        return "funeral";
    }

    @Override
    public Collection<ParameterKey<?>> keys() {
        return FuneralParameters.all();
    }

    @Override
    public List<PolicySource> sources() {
        ClassLoader loader = FuneralPolicyData.class.getClassLoader();
        return PolicySource.ofResources(loader, RESOURCES);
    }
}
