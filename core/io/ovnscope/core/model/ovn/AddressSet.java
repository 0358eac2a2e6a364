package io.ovnscope.core.model.ovn;

import java.util.List;
import java.util.Map;

/** A row of Address_Set: a named set of addresses ({@code $name} in matches), kept as written. */
public record AddressSet(String uuid, String name, List<String> addresses, Map<String, String> externalIds) {
    public AddressSet {
        addresses = List.copyOf(addresses);
        externalIds = OrderedMaps.copy(externalIds);
    }
}
