package io.ovnscope.core.model.k8s;

import java.util.List;
import java.util.Map;

/**
 * A service.
 *
 * @param type       {@code ClusterIP}, {@code NodePort}, {@code LoadBalancer}, {@code ExternalName}
 * @param clusterIPs the cluster IPs ({@code None} for a headless service, as Kubernetes writes it)
 */
public record Service(int line, String namespace, String name, String type, List<String> clusterIPs,
                      List<String> externalIPs, List<ServicePort> ports, Map<String, String> selector)
        implements KubeObject {
    public Service {
        clusterIPs = List.copyOf(clusterIPs);
        externalIPs = List.copyOf(externalIPs);
        ports = List.copyOf(ports);
        selector = Map.copyOf(selector);
    }
}
