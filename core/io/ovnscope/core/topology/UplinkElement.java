package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The node's interface to the external network: the port of the external bridge that is neither its own
 * internal port nor a patch, or else the default route's device.
 */
public record UplinkElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source) implements TopologyElement {
    public UplinkElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        addresses = List.copyOf(addresses);
        details = List.copyOf(details);
        Objects.requireNonNull(source, "source");
    }

    /** Equal ids mean the same element of a topology; comparing ids alone keeps graph lookups cheap. */
    @Override
    public boolean equals(Object other) {
        return other instanceof UplinkElement element && element.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public ElementKind kind() {
        return ElementKind.UPLINK;
    }
}
