package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.net.IpEndpoint;
import java.util.List;

/** One entry of a load balancer's {@code vips}: the virtual address and its backends, in the order written. */
public record LoadBalancerVip(IpEndpoint vip, List<IpEndpoint> backends) {
    public LoadBalancerVip {
        backends = List.copyOf(backends);
    }
}
