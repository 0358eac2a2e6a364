package io.ovnscope.core.model.k8s;

import java.util.List;

/** The core/v1 Endpoints of a service (same namespace and name as the service). */
public record Endpoints(int line, String namespace, String name, List<EndpointSubset> subsets)
        implements KubeObject {
    public Endpoints {
        subsets = List.copyOf(subsets);
    }
}
