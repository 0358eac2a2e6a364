package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A logical switch port that is neither a pod nor the management port: a router, localnet or other typed port. */
public record SwitchPortElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source, String type) implements TopologyElement {
    public SwitchPortElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        addresses = List.copyOf(addresses);
        details = List.copyOf(details);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public ElementKind kind() {
        return ElementKind.SWITCH_PORT;
    }
}
