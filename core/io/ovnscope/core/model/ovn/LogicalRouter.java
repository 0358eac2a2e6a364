package io.ovnscope.core.model.ovn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of Logical_Router with what it owns resolved: ports, static routes, policies and NAT rules. Load
 * balancers are shared with switches, so they are held by UUID; {@link NorthboundDatabase} resolves them.
 *
 * @param uuid the row's UUID, empty when the output it came from does not print it
 */
public record LogicalRouter(String uuid, String name, List<LogicalRouterPort> ports, List<StaticRoute> staticRoutes,
                            List<RouterPolicy> policies, List<Nat> nats, List<String> loadBalancerUuids,
                            Map<String, String> options, Map<String, String> externalIds) {
    public LogicalRouter {
        ports = List.copyOf(ports);
        staticRoutes = List.copyOf(staticRoutes);
        policies = List.copyOf(policies);
        nats = List.copyOf(nats);
        loadBalancerUuids = List.copyOf(loadBalancerUuids);
        options = OrderedMaps.copy(options);
        externalIds = OrderedMaps.copy(externalIds);
    }

    public Optional<LogicalRouterPort> port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst();
    }
}
