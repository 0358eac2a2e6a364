package io.ovnscope.core.model.k8s;

import java.util.List;

/** A subset of an Endpoints object: every address serves every port of the subset. */
public record EndpointSubset(List<EndpointAddress> addresses, List<EndpointPort> ports) {
    public EndpointSubset {
        addresses = List.copyOf(addresses);
        ports = List.copyOf(ports);
    }
}
