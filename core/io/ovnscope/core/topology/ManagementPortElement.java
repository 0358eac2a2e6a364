package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The port that gives the host a leg on its node switch (ovn-k8s-mp0 on the host side). */
public record ManagementPortElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source) implements TopologyElement {
    public ManagementPortElement {
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
        return other instanceof ManagementPortElement element && element.id.equals(id);
    }

    @Override
    public int hashCode() {
        return id.hashCode();
    }

    @Override
    public ElementKind kind() {
        return ElementKind.MANAGEMENT_PORT;
    }
}
