package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The node itself: its kernel, its addresses and routes. */
public record HostElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source) implements TopologyElement {
    public HostElement {
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
        return other instanceof HostElement element && element.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public ElementKind kind() {
        return ElementKind.HOST;
    }
}
