package io.ovnscope.core.model.ovn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of Logical_Switch with its ports resolved. Load balancers are shared between switches and routers,
 * so they are held by UUID; {@link NorthboundDatabase} resolves them.
 *
 * @param uuid the row's UUID, empty when the output it came from does not print it
 */
public record LogicalSwitch(String uuid, String name, List<LogicalSwitchPort> ports, List<String> loadBalancerUuids,
                            Map<String, String> otherConfig, Map<String, String> externalIds) {
    public LogicalSwitch {
        ports = List.copyOf(ports);
        loadBalancerUuids = List.copyOf(loadBalancerUuids);
        otherConfig = OrderedMaps.copy(otherConfig);
        externalIds = OrderedMaps.copy(externalIds);
    }

    public Optional<LogicalSwitchPort> port(String portName) {
        return ports.stream().filter(p -> p.name().equals(portName)).findFirst();
    }
}
