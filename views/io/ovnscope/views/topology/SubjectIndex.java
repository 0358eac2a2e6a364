package io.ovnscope.views.topology;

import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.topology.SourceRef;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The snapshot's own objects by the reference a topology element keeps, so a click in the picture shows and
 * selects the very object the navigator holds. Indexed once per snapshot: a cluster's ten thousand pods
 * would make a search per element quadratic.
 */
final class SubjectIndex {
    private final Map<String, Object> byRef = new HashMap<>();

    SubjectIndex(NorthboundDatabase northbound) {
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            put("Logical_Switch", logicalSwitch.uuid(), logicalSwitch.name(), logicalSwitch);
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                put("Logical_Switch_Port", port.uuid(), port.name(), port);
            }
        }
        for (LogicalRouter router : northbound.routers()) {
            put("Logical_Router", router.uuid(), router.name(), router);
            for (LogicalRouterPort port : router.ports()) {
                put("Logical_Router_Port", port.uuid(), port.name(), port);
            }
        }
        for (LoadBalancer loadBalancer : northbound.loadBalancers()) {
            put("Load_Balancer", loadBalancer.uuid(), loadBalancer.name(), loadBalancer);
        }
    }

    Optional<Object> of(SourceRef ref) {
        return Optional.ofNullable(byRef.get(ref.table() + "\u0000" + ref.key()));
    }

    private void put(String table, String uuid, String name, Object subject) {
        if (!uuid.isEmpty()) {
            byRef.putIfAbsent(table + "\u0000" + uuid, subject);
        }
        if (!name.isEmpty()) {
            byRef.putIfAbsent(table + "\u0000" + name, subject);
        }
    }
}
