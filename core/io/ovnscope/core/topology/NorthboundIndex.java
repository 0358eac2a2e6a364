package io.ovnscope.core.topology;

import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The port lookups the topology makes for every port, by hash instead of the database's scans, so that a
 * cluster of 10,000 ports builds in linear time. First match wins, as in {@link NorthboundDatabase}.
 */
final class NorthboundIndex {
    private final Map<String, LogicalRouter> routerOfPort = new HashMap<>();
    private final Map<String, LogicalSwitch> switchOfPort = new HashMap<>();
    private final Map<String, LogicalSwitchPort> switchPortPeering = new HashMap<>();

    NorthboundIndex(NorthboundDatabase northbound) {
        for (LogicalRouter router : northbound.routers()) {
            for (LogicalRouterPort port : router.ports()) {
                routerOfPort.putIfAbsent(port.name(), router);
            }
        }
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                switchOfPort.putIfAbsent(port.name(), logicalSwitch);
                port.routerPort().ifPresent(rp -> switchPortPeering.putIfAbsent(rp, port));
            }
        }
    }

    Optional<LogicalRouter> routerOfPort(String portName) {
        return Optional.ofNullable(routerOfPort.get(portName));
    }

    Optional<LogicalSwitch> switchOfPort(String portName) {
        return Optional.ofNullable(switchOfPort.get(portName));
    }

    /** The switch port whose router-port option names this router port. */
    Optional<LogicalSwitchPort> switchPortPeering(String routerPortName) {
        return Optional.ofNullable(switchPortPeering.get(routerPortName));
    }
}
