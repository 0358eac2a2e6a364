package io.ovnscope.core.model.k8s;

import java.util.List;

/** A node: its addresses and the pod subnets given to it. */
public record KubeNode(int line, String name, List<String> internalIPs, List<String> externalIPs,
                       List<String> hostnames, List<String> podCIDRs) implements KubeObject {
    public KubeNode {
        internalIPs = List.copyOf(internalIPs);
        externalIPs = List.copyOf(externalIPs);
        hostnames = List.copyOf(hostnames);
        podCIDRs = List.copyOf(podCIDRs);
    }

    @Override
    public String namespace() {
        return "";
    }
}
