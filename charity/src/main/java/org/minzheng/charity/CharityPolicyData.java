package org.minzheng.charity;

import java.util.Collection;
import java.util.List;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;

/**
 * The charitable-trust parameters and the official pack file of this module, found through
 * {@link java.util.ServiceLoader}.
 */
public final class CharityPolicyData implements PolicyDataProvider {

    /** The pack files, in load order. */
    public static final List<String> RESOURCES = List.of("org/minzheng/charity/policy/charity.yaml");

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public CharityPolicyData() {
    }

    @Override
    public String name() {
        return "charity";
    }

    @Override
    public Collection<ParameterKey<?>> keys() {
        return CharityParameters.all();
    }

    @Override
    public List<PolicySource> sources() {
        ClassLoader loader = CharityPolicyData.class.getClassLoader();
        return PolicySource.ofResources(loader, RESOURCES);
    }
}
