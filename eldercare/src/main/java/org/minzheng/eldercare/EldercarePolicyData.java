package org.minzheng.eldercare;

import java.util.Collection;
import java.util.List;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;

/**
 * The eldercare parameters and the official pack file of this module, found through
 * {@link java.util.ServiceLoader}.
 */
public final class EldercarePolicyData implements PolicyDataProvider {

    /** The pack files, in load order. */
    public static final List<String> RESOURCES = List.of("org/minzheng/eldercare/policy/national.yaml");

    @Override
    public String name() {
        return "eldercare";
    }

    @Override
    public Collection<ParameterKey<?>> keys() {
        return EldercareParameters.all();
    }

    @Override
    public List<PolicySource> sources() {
        ClassLoader loader = EldercarePolicyData.class.getClassLoader();
        return PolicySource.ofResources(loader, RESOURCES);
    }
}
