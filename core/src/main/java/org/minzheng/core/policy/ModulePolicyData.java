package org.minzheng.core.policy;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * A module's {@link PolicyDataProvider} in one constructor call: its name, the classes that
 * declare its parameter keys, and its pack files. The keys are the holders' {@code public static
 * final} fields of type {@link ParameterKey} (and the keys held by their {@code Map} or
 * {@code Iterable} constants, for key families such as a subsidy per age band), so a key is
 * declared once, as a constant, and never listed again.
 *
 * <pre>{@code
 * public final class EldercarePolicyData extends ModulePolicyData {
 *     public EldercarePolicyData() {
 *         super("eldercare", List.of(EldercareParameters.class), "org/minzheng/eldercare/policy/national.yaml");
 *     }
 * }
 * }</pre>
 */
public abstract class ModulePolicyData implements PolicyDataProvider {

    private final String name;
    private final List<ParameterKey<?>> keys;
    private final List<KeyConstraint> constraints;
    private final List<String> resources;

    /**
     * @param name      the provider's name, such as {@code eldercare}, not null
     * @param holders   the classes whose constants are the module's keys, not null
     * @param resources the pack files' resource paths, in load order (found with the subclass's
     *                  class loader)
     */
    protected ModulePolicyData(String name, List<Class<?>> holders, String... resources) {
        this.name = Objects.requireNonNull(name, "name");
        this.keys = keysOf(holders);
        this.constraints = constantsOf(holders, KeyConstraint.class);
        this.resources = List.of(resources);
    }

    /**
     * @param holders classes declaring keys as constants, not null
     * @return their keys, ordered by name
     * @throws IllegalStateException if two constants hold different keys of the same name
     */
    public static List<ParameterKey<?>> keysOf(List<Class<?>> holders) {
        Map<String, ParameterKey<?>> byName = new TreeMap<>();
        for (ParameterKey<?> k : constantsOf(holders, ParameterKey.class)) {
            ParameterKey<?> old = byName.put(k.name(), k);
            if (old != null && old != k) {
                throw new IllegalStateException("two constants declare the key " + k.name());
            }
        }
        return List.copyOf(new ArrayList<>(byName.values()));
    }

    /**
     * @param holders classes declaring constants, not null
     * @param type    the constants' type
     * @param <C>     the type
     * @return the holders' {@code public static final} constants of the type, and those their
     *         {@code Map} or {@code Iterable} constants hold, in declaration order, each instance once
     */
    static <C> List<C> constantsOf(List<Class<?>> holders, Class<C> type) {
        List<C> found = new ArrayList<>();
        // the same constant reached twice (a key held by a constant and by a map) counts once
        Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Class<?> holder : holders) {
            for (Field f : holder.getDeclaredFields()) {
                int m = f.getModifiers();
                if (!Modifier.isStatic(m) || !Modifier.isFinal(m) || !Modifier.isPublic(m)) {
                    continue;
                }
                Object value;
                try {
                    value = f.get(null);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException("cannot read " + holder.getName() + "." + f.getName(), e);
                }
                Iterable<?> values = value instanceof Map<?, ?> map
                        ? map.values()
                        : value instanceof Iterable<?> c ? c : java.util.Collections.singletonList(value);
                for (Object o : values) {
                    if (type.isInstance(o) && seen.add(o)) {
                        found.add(type.cast(o));
                    }
                }
            }
        }
        return List.copyOf(found);
    }

    @Override
    public final Collection<KeyConstraint> constraints() {
        return constraints;
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Collection<ParameterKey<?>> keys() {
        return keys;
    }

    @Override
    public final List<PolicySource> sources() {
        return PolicySource.ofResources(getClass().getClassLoader(), resources);
    }
}
