package io.ovnscope.core.trace;

import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import java.util.Optional;

/**
 * Tells what part an OVN element plays from what it holds, never from its name: a switch with a localnet port
 * is the external switch, one with workload ports is a node switch, one with only router ports is the join
 * switch; a router bound to a chassis is a gateway router, one serving a node switch is the cluster router.
 */
final class ElementRoles {
    private final NorthboundDatabase northbound;

    ElementRoles(NorthboundDatabase northbound) {
        this.northbound = northbound;
    }

    Hop of(LogicalSwitch logicalSwitch) {
        return new Hop(kindOf(logicalSwitch), logicalSwitch.name());
    }

    Hop of(LogicalRouter router) {
        return new Hop(kindOf(router), router.name());
    }

    static boolean isTransitPort(LogicalSwitchPort port) {
        return port.isRouterPort() || "localnet".equals(port.type());
    }

    private static HopKind kindOf(LogicalSwitch logicalSwitch) {
        boolean localnet = logicalSwitch.ports().stream().anyMatch(port -> "localnet".equals(port.type()));
        if (localnet) {
            return HopKind.EXTERNAL_SWITCH;
        }
        boolean workloads = logicalSwitch.ports().stream().anyMatch(port -> !isTransitPort(port));
        if (workloads) {
            return HopKind.NODE_SWITCH;
        }
        long routerPorts = logicalSwitch.ports().stream().filter(LogicalSwitchPort::isRouterPort).count();
        return routerPorts >= 2 ? HopKind.JOIN_SWITCH : HopKind.SWITCH;
    }

    private HopKind kindOf(LogicalRouter router) {
        if (isGateway(router)) {
            return HopKind.GATEWAY_ROUTER;
        }
        boolean servesNodeSwitch = router.ports().stream()
                .map(port -> northbound.switchPortPeering(port.name()))
                .flatMap(Optional::stream)
                .map(port -> northbound.switchOfPort(port.name()))
                .flatMap(Optional::stream)
                .anyMatch(logicalSwitch -> kindOf(logicalSwitch) == HopKind.NODE_SWITCH);
        return servesNodeSwitch ? HopKind.CLUSTER_ROUTER : HopKind.ROUTER;
    }

    /** A router pinned to one chassis (options:chassis) or with a gateway port: where OVN runs its NAT and LBs. */
    static boolean isGateway(LogicalRouter router) {
        return router.options().containsKey("chassis")
                || router.ports().stream().anyMatch(port -> !port.gatewayChassis().isEmpty());
    }
}
