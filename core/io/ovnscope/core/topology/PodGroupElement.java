package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The pods of one switch folded into one box, because the switch has more than the fold threshold. */
public record PodGroupElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source, String switchId, int count) implements TopologyElement {
    public PodGroupElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        addresses = List.copyOf(addresses);
        details = List.copyOf(details);
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(switchId, "switchId");
    }

    /** Equal ids mean the same element of a topology; comparing ids alone keeps graph lookups cheap. */
    @Override
    public boolean equals(Object other) {
        return other instanceof PodGroupElement element && element.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public ElementKind kind() {
        return ElementKind.POD_GROUP;
    }
}
