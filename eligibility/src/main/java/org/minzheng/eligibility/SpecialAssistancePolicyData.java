package org.minzheng.eligibility;

import java.util.Collection;
import java.util.List;
import org.minzheng.core.policy.ParameterKey;
import org.minzheng.core.policy.PolicyDataProvider;
import org.minzheng.core.policy.PolicySource;

/**
 * The special-assistance parameters ({@link SpecialAssistanceParameters}) and their official pack
 * files: national rules, Zhejiang's and Huzhou's. Registered in
 * {@code META-INF/services/org.minzheng.core.policy.PolicyDataProvider}.
 */
public final class SpecialAssistancePolicyData implements PolicyDataProvider {

    /** The pack files, in load order. */
    public static final List<String> RESOURCES = List.of(
            "org/minzheng/eligibility/policy/special-national.yaml",
            "org/minzheng/eligibility/policy/special-zhejiang.yaml",
            "org/minzheng/eligibility/policy/special-huzhou.yaml");

    @Override
    public String name() {
        return "eligibility-special";
    }

    @Override
    public Collection<ParameterKey<?>> keys() {
        return SpecialAssistanceParameters.all();
    }

    @Override
    public List<PolicySource> sources() {
        ClassLoader loader = SpecialAssistancePolicyData.class.getClassLoader();
        return PolicySource.ofResources(loader, RESOURCES);
    }
}
