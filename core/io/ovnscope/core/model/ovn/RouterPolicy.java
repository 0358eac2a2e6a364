package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.net.IpAddress;
import java.util.List;
import java.util.Map;

/**
 * A row of Logical_Router_Policy. The match stays text here; {@code OvnMatch.parse} turns it into an
 * expression the trace engine evaluates.
 *
 * @param uuid     the row's UUID, empty when the output does not print it ({@code lr-policy-list})
 * @param nexthops the reroute next hops (OVN's {@code nexthops}, or the older single {@code nexthop})
 */
public record RouterPolicy(String uuid, int priority, String match, PolicyAction action, List<IpAddress> nexthops,
                           Map<String, String> options, Map<String, String> externalIds) {
    public RouterPolicy {
        nexthops = List.copyOf(nexthops);
        options = OrderedMaps.copy(options);
        externalIds = OrderedMaps.copy(externalIds);
    }
}
