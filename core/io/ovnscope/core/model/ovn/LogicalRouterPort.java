package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import java.util.List;
import java.util.Optional;

/**
 * A row of Logical_Router_Port.
 *
 * @param uuid           the row's UUID, empty when the output it came from does not print it
 * @param networks       the port's addresses with their prefix lengths ({@code 10.42.0.1/24})
 * @param peer           the {@code peer} column (router-to-router ports); switch peers point here instead
 * @param gatewayChassis the gateway chassis names or UUIDs, empty for a port that is not a gateway port
 */
public record LogicalRouterPort(String uuid, String name, Optional<MacAddress> mac, List<IpPrefix> networks,
                                Optional<String> peer, List<String> gatewayChassis) {
    public LogicalRouterPort {
        networks = List.copyOf(networks);
        gatewayChassis = List.copyOf(gatewayChassis);
    }
}
