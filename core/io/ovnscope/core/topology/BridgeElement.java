package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** An Open vSwitch bridge that ties a localnet port to the host (br-ex in ovn-kubernetes). */
public record BridgeElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source) implements TopologyElement {
    public BridgeElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        addresses = List.copyOf(addresses);
        details = List.copyOf(details);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public ElementKind kind() {
        return ElementKind.BRIDGE;
    }
}
