package org.minzheng.charity;

import java.util.List;
import org.minzheng.core.policy.ModulePolicyData;

/**
 * The charitable-trust parameters ({@link CharityParameters}) and the official pack file of this
 * module, found through {@link java.util.ServiceLoader}.
 */
public final class CharityPolicyData extends ModulePolicyData {

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public CharityPolicyData() {
        super("charity", List.of(CharityParameters.class), "org/minzheng/charity/policy/charity.yaml");
    }
}
