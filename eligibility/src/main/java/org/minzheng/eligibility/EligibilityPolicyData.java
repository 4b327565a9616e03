package org.minzheng.eligibility;

import java.util.List;
import org.minzheng.core.policy.ModulePolicyData;

/**
 * The social-assistance parameters ({@link EligibilityParameters}) and the official pack files of
 * this module, in load order: the national rules, Zhejiang's and Huzhou's. Registered in
 * {@code META-INF/services/org.minzheng.core.policy.PolicyDataProvider}.
 */
public final class EligibilityPolicyData extends ModulePolicyData {

    /** The pack files, in load order. */
    public static final List<String> RESOURCES = List.of(
            "org/minzheng/eligibility/policy/national.yaml",
            "org/minzheng/eligibility/policy/special-national.yaml",
            "org/minzheng/eligibility/policy/special-zhejiang.yaml",
            "org/minzheng/eligibility/policy/huzhou.yaml",
            "org/minzheng/eligibility/policy/special-huzhou.yaml");

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public EligibilityPolicyData() {
        super("eligibility", List.of(EligibilityParameters.class), RESOURCES.toArray(new String[0]));
    }
}
