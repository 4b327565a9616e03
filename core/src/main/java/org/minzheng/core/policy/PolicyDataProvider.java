package org.minzheng.core.policy;

import java.util.Collection;
import java.util.List;

/**
 * Supplies policy data: the keys a module declares and the pack files it ships. Found through
 * {@link java.util.ServiceLoader} ({@code META-INF/services/org.minzheng.core.policy.PolicyDataProvider}).
 *
 * <p>Integrators do not need a provider for their own files: they pass them to
 * {@link PolicyBook#builder()} as overlays.
 */
public interface PolicyDataProvider {

    /** @return a short name for the provider, such as {@code eligibility} */
    String name();

    /** @return the keys this module declares; a key may be listed by only one provider */
    Collection<ParameterKey<?>> keys();

    /**
     * @return the pack files this module ships, loaded in order; later files may not redefine
     *         a value of an earlier one (the load fails), overlays do that
     */
    List<PolicySource> sources();

    /**
     * @return the cross-key constraints this module declares over its keys (checked over the
     *         merged book when it loads); none by default
     */
    default Collection<KeyConstraint> constraints() {
        return List.of();
    }
}
