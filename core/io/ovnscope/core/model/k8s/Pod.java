package io.ovnscope.core.model.k8s;

import java.util.List;
import java.util.Optional;

/**
 * A pod: where it runs and its addresses. A host-network pod's IPs are its node's.
 *
 * @param phase {@code Running}, {@code Pending}, ... or empty when the status was not printed
 */
public record Pod(int line, String namespace, String name, Optional<String> nodeName, List<String> podIPs,
                  Optional<String> hostIP, boolean hostNetwork, Optional<String> phase) implements KubeObject {
    public Pod {
        podIPs = List.copyOf(podIPs);
    }
}
