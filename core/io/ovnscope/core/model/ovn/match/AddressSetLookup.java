package io.ovnscope.core.model.ovn.match;

import java.util.List;
import java.util.Optional;

/** Resolves {@code $name} (address sets) and {@code @name} (port groups) in matches. */
@FunctionalInterface
public interface AddressSetLookup {
    AddressSetLookup NONE = (sigil, name) -> Optional.empty();

    /** The set's members as written in the database, or empty when the set is not known here. */
    Optional<List<String>> members(char sigil, String name);
}
