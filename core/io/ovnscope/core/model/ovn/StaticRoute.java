package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import java.util.Map;
import java.util.Optional;

/**
 * A row of Logical_Router_Static_Route.
 *
 * @param uuid               the row's UUID, empty when the output does not print it ({@code lr-route-list})
 * @param nexthop            the next hop as written: an address, or {@code discard}
 * @param routeTable         the route table, "" for the main table ({@code <main>} in lr-route-list)
 * @param ecmp               true when other routes share this prefix, policy and table (lr-route-list prints
 *                           {@code ecmp}; from the database it is counted)
 * @param ecmpSymmetricReply the {@code ecmp_symmetric_reply} option
 * @param bfd                true when a BFD session watches the next hop
 */
public record StaticRoute(String uuid, IpPrefix ipPrefix, String nexthop, RoutePolicy policy,
                          Optional<String> outputPort, String routeTable, boolean ecmp, boolean ecmpSymmetricReply,
                          boolean bfd, Map<String, String> externalIds) {
    public StaticRoute {
        externalIds = OrderedMaps.copy(externalIds);
    }

    /** The next hop's address, empty for {@code discard}. */
    public Optional<IpAddress> nexthopAddress() {
        return IpAddress.parse(nexthop);
    }

    public boolean mainTable() {
        return routeTable.isEmpty();
    }
}
