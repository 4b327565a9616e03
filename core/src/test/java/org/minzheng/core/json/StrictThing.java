package org.minzheng.core.json;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An Immutables type in Immutables' default style, whose builder itself refuses to build without
 * its required attributes (minzheng's own style leaves that to validation): for the required
 * properties the tree walk finds.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableStrictThing.class)
@JsonDeserialize(as = ImmutableStrictThing.class)
interface StrictThing {

    String a();

    int b();

    @NotNull
    @Value.Default
    default Integer c() {
        return 1;
    }

    @NotNull
    Optional<String> d();

    @NotEmpty
    List<String> e();

    @NotNull
    List<String> f();
}
