package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** A logical switch. */
public record SwitchElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source) implements TopologyElement {
    public SwitchElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        addresses = List.copyOf(addresses);
        details = List.copyOf(details);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public ElementKind kind() {
        return ElementKind.SWITCH;
    }
}
