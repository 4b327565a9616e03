package org.minzheng.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class BindTest {

    record Household(int size, String region) {}

    private static final MethodType APPLY = MethodType.methodType(Object.class, Object.class);

    @Test
    void aRecordAccessor_isBoundAsALambda_notAProxy_andBoxesAPrimitive() throws Exception {
        MethodHandles.Lookup lookup = MethodHandles.privateLookupIn(Household.class, MethodHandles.lookup());
        MethodHandle size = lookup.unreflect(Household.class.getDeclaredMethod("size"));

        @SuppressWarnings("unchecked")
        Function<Object, Object> f = Bind.lambda(
                Function.class, "apply", APPLY, lookup, size, size.type().wrap());

        assertThat(f).isNotNull();
        assertThat(Proxy.isProxyClass(f.getClass())).isFalse();
        assertThat(f.apply(new Household(3, "330502"))).isEqualTo(3);
    }

    @Test
    void whereTheLambdaIsRefused_lambdaAnswersNull_andToFallsBackToAProxyMakingTheSameCall() throws Exception {
        MethodHandle region = MethodHandles.lookup().unreflect(Household.class.getDeclaredMethod("region"));
        // a lookup without private access: LambdaMetafactory refuses it as the caller
        MethodHandles.Lookup refused = MethodHandles.publicLookup();

        assertThat(Bind.lambda(Function.class, "apply", APPLY, refused, region, region.type()))
                .isNull();
        @SuppressWarnings("unchecked")
        Function<Object, Object> f = Bind.to(Function.class, "apply", APPLY, refused, region, region.type());

        assertThat(Proxy.isProxyClass(f.getClass())).isTrue();
        assertThat(f.apply(new Household(3, "330502"))).isEqualTo("330502");
    }
}
