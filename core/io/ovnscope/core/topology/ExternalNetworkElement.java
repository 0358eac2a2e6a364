package io.ovnscope.core.topology;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The network beyond the node's uplink, as far as its default route and the uplink's subnet tell. */
public record ExternalNetworkElement(String id, String name, String node, List<String> addresses, List<Detail> details,
                 Optional<SourceRef> source) implements TopologyElement {
    public ExternalNetworkElement {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(node, "node");
        addresses = List.copyOf(addresses);
        details = List.copyOf(details);
        Objects.requireNonNull(source, "source");
    }

    @Override
    public ElementKind kind() {
        return ElementKind.EXTERNAL_NETWORK;
    }
}
