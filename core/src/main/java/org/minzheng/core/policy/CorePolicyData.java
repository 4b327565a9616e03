package org.minzheng.core.policy;

import java.util.Collection;
import java.util.List;

/**
 * The core's own data: the region table (nation, Zhejiang, Huzhou and its districts and
 * counties), the instruments of the identifiers and codes the core implements, and the holiday
 * calendar ({@link CalendarParameters}) that every deadline is counted with.
 */
public final class CorePolicyData implements PolicyDataProvider {

    /** The resource path of the core pack. */
    public static final String RESOURCE = "org/minzheng/core/policy/core.yaml";

    @Override
    public String name() {
        return "core";
    }

    @Override
    public Collection<ParameterKey<?>> keys() {
        return CalendarParameters.all();
    }

    @Override
    public List<PolicySource> sources() {
        return List.of(PolicySource.ofResource(CorePolicyData.class.getClassLoader(), RESOURCE));
    }
}
