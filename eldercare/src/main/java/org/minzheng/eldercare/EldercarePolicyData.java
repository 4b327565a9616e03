package org.minzheng.eldercare;

import java.util.List;
import org.minzheng.core.policy.ModulePolicyData;

/**
 * The eldercare parameters (the constants of {@link EldercareParameters}) and the official pack
 * file of this module, found through {@link java.util.ServiceLoader}.
 */
public final class EldercarePolicyData extends ModulePolicyData {

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public EldercarePolicyData() {
        super("eldercare", List.of(EldercareParameters.class), "org/minzheng/eldercare/policy/national.yaml");
    }
}
