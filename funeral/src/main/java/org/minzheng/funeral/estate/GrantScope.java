package org.minzheng.funeral.estate;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

/**
 * What a grant lets the grantee learn: which institutions and which kinds of asset. A record
 * is within the scope when both its institution and its kind are listed.
 *
 * @param institutions the institutions, in the application's order, each once, not empty
 * @param kinds        the kinds of asset, in {@link AssetKind} order, each once, not empty
 */
@JsonPropertyOrder({"institutions", "kinds"})
public record GrantScope(List<String> institutions, List<AssetKind> kinds) {

    /** Validates and normalises the components (duplicates removed, kinds in enum order). */
    public GrantScope {
        Objects.requireNonNull(institutions, "institutions");
        Objects.requireNonNull(kinds, "kinds");
        institutions = List.copyOf(new LinkedHashSet<>(institutions));
        kinds = kinds.isEmpty() ? List.of() : List.copyOf(EnumSet.copyOf(kinds));
        if (institutions.isEmpty() || kinds.isEmpty()) {
            throw new IllegalArgumentException("a grant scope names at least one institution and one kind");
        }
    }

    /**
     * @param institutions the institutions, not empty
     * @param kinds        the kinds, not empty
     * @return the scope
     */
    public static GrantScope of(Collection<String> institutions, Collection<AssetKind> kinds) {
        return new GrantScope(new ArrayList<>(institutions), new ArrayList<>(kinds));
    }

    /**
     * @param institution an institution, not null
     * @param kind        a kind, not null
     * @return true if both are within the scope
     */
    public boolean covers(String institution, AssetKind kind) {
        return institutions.contains(institution) && kinds.contains(kind);
    }
}
