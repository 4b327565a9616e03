package org.minzheng.core.json;

import java.lang.invoke.CallSite;
import java.lang.invoke.LambdaMetafactory;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandleProxies;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * A method handle bound to a functional interface once, so that calling it afterwards is a plain
 * interface call (no {@code Method.invoke}): the one place in this package that asks
 * {@link LambdaMetafactory} for it. Used by the readers that fill facts without databind
 * ({@link BoundReaders}) and by the writer of record components ({@link RecordPropertyWriter}).
 */
final class Bind {

    private Bind() {}

    /**
     * @param iface        the functional interface
     * @param method       its single abstract method's name
     * @param erased       that method's erased type
     * @param lookup       a lookup with private access to the handle's class
     * @param handle       what the interface's method calls
     * @param instantiated the interface method's type as the handle takes it
     * @return the interface bound through {@link LambdaMetafactory}, or null where it is refused
     */
    static <T> T lambda(
            Class<T> iface,
            String method,
            MethodType erased,
            MethodHandles.Lookup lookup,
            MethodHandle handle,
            MethodType instantiated) {
        try {
            CallSite site = LambdaMetafactory.metafactory(
                    lookup, method, MethodType.methodType(iface), erased, handle, instantiated);
            return iface.cast(site.getTarget().invoke());
        } catch (Throwable refused) {
            return null;
        }
    }

    /**
     * As {@link #lambda}, falling back to {@link MethodHandleProxies#asInterfaceInstance} (slower, but
     * the same calls) where {@link LambdaMetafactory} refuses the handle.
     */
    static <T> T to(
            Class<T> iface,
            String method,
            MethodType erased,
            MethodHandles.Lookup lookup,
            MethodHandle handle,
            MethodType instantiated) {
        T bound = lambda(iface, method, erased, lookup, handle, instantiated);
        return bound != null ? bound : MethodHandleProxies.asInterfaceInstance(iface, handle.asType(erased));
    }
}
