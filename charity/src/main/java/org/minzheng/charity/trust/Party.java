package org.minzheng.charity.trust;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.util.Optional;
import org.immutables.value.Value;
import org.minzheng.core.id.Masking;
import org.minzheng.core.style.MinzhengStyle;

/**
 * A settlor (委托人) or a trust supervisor (信托监察人): a natural person or an organisation.
 *
 * <p>The name is personal data when the party is a person, and a settlor may refuse its
 * publication (慈善法 Art. 82), so {@link #toString()} masks every name
 * ({@link Masking#maskName(String)}: 张三丰 → 张**) and decisions never carry names. The full name
 * is available only through {@link #name()}.
 */
@Value.Immutable
@MinzhengStyle
@JsonSerialize(as = ImmutableParty.class)
@JsonDeserialize(as = ImmutableParty.class)
public abstract class Party {

    /** @return a natural person or an organisation */
    @NotNull
    public abstract PartyKind kind();

    /** @return the name (姓名 or 名称); masked in {@link #toString()} */
    @NotBlank
    public abstract String name();

    /**
     * @return for an organisation, its unified social credit code as given (checked against
     *         GB 32100-2015 before any decision)
     */
    public abstract Optional<String> creditCode();

    /** @return the kind and the masked name; never the full name */
    @Override
    public String toString() {
        String n = name();
        return "Party{kind=" + kind() + ", name=" + (n == null ? "null" : Masking.maskName(n)) + "}";
    }
}
