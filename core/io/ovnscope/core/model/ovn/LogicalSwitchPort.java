package io.ovnscope.core.model.ovn;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A row of Logical_Switch_Port.
 *
 * @param uuid        the row's UUID, empty when the output it came from does not print it ({@code show})
 * @param type        "" for a VIF, else {@code router}, {@code localnet}, {@code patch}, ...
 * @param dynamicAddresses what ovn-northd assigned to a port whose {@code addresses} say {@code dynamic}
 * @param routerPort  the {@code router-port} option of a {@code router} port: the peer router port's name
 * @param up          the {@code up} column, empty when not set (no ovn-northd/ovn-controller has reported)
 */
public record LogicalSwitchPort(String uuid, String name, String type, List<PortAddress> addresses,
                                List<PortAddress> dynamicAddresses, Optional<String> routerPort, Optional<Boolean> up,
                                Map<String, String> options, Map<String, String> externalIds) {
    public LogicalSwitchPort {
        addresses = List.copyOf(addresses);
        dynamicAddresses = List.copyOf(dynamicAddresses);
        options = OrderedMaps.copy(options);
        externalIds = OrderedMaps.copy(externalIds);
    }

    public boolean isRouterPort() {
        return "router".equals(type);
    }
}
