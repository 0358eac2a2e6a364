package io.ovnscope.core.model.k8s;

import java.util.List;
import java.util.Optional;

/**
 * A discovery.k8s.io/v1 EndpointSlice.
 *
 * @param serviceName the {@code kubernetes.io/service-name} label: the service this slice backs
 * @param addressType {@code IPv4}, {@code IPv6} or {@code FQDN}
 */
public record EndpointSlice(int line, String namespace, String name, Optional<String> serviceName,
                            String addressType, List<EndpointAddress> endpoints, List<EndpointPort> ports)
        implements KubeObject {
    public EndpointSlice {
        endpoints = List.copyOf(endpoints);
        ports = List.copyOf(ports);
    }
}
