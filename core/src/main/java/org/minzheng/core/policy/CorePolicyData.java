package org.minzheng.core.policy;

/**
 * The core's own data: the region table (nation, Zhejiang, Huzhou and its districts and
 * counties), the instruments of the identifiers and codes the core implements, and the holiday
 * calendar ({@link CalendarParameters}) that every deadline is counted with.
 */
public final class CorePolicyData extends ModulePolicyData {

    /** The resource path of the core pack. */
    public static final String RESOURCE = "org/minzheng/core/policy/core.yaml";

    /** Creates the provider (ServiceLoader needs a public no-argument constructor). */
    public CorePolicyData() {
        super("core", java.util.List.of(CalendarParameters.class), RESOURCE);
    }
}
