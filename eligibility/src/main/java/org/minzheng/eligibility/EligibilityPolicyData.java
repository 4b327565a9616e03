package org.minzheng.eligibility;

import java.util.Collection;
import java.util.List;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;

/** The social-assistance parameters and the official pack files of this module. */
public final class EligibilityPolicyData implements PolicyDataProvider {

    /** The pack files, in load order. */
    public static final List<String> RESOURCES = List.of(
            "org/minzheng/eligibility/policy/national.yaml",
            "org/minzheng/eligibility/policy/huzhou.yaml");

    @Override
    public String name() {
        return "eligibility";
    }

    @Override
    public Collection<ParameterKey<?>> keys() {
        return EligibilityParameters.all();
    }

    @Override
    public List<PolicySource> sources() {
        ClassLoader loader = EligibilityPolicyData.class.getClassLoader();
        return PolicySource.ofResources(loader, RESOURCES);
    }
}
