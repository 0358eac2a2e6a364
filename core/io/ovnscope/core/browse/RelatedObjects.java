package io.ovnscope.core.browse;

import io.ovnscope.core.model.ovn.LoadBalancer;
import io.ovnscope.core.model.ovn.LogicalRouter;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import java.util.ArrayList;
import java.util.List;

/**
 * The cross-links of an OVN object: a router port to its peer switch port (or router port) and its router, a
 * switch port to its switch and the router port it peers with, a load balancer to the switches and routers
 * holding it, a switch or router to its load balancers.
 */
public final class RelatedObjects {
    private RelatedObjects() {
    }

    public static List<RelatedObject> of(NorthboundDatabase northbound, Object subject) {
        List<RelatedObject> related = new ArrayList<>();
        if (subject instanceof LogicalRouterPort port) {
            northbound.routerOfPort(port.name()).ifPresent(r -> related.add(new RelatedObject("router", r.name(), r)));
            northbound.switchPortPeering(port.name()).ifPresent(p ->
                    related.add(new RelatedObject("peer switch port", p.name(), p)));
            port.peer().flatMap(northbound::routerPort).ifPresent(p ->
                    related.add(new RelatedObject("peer router port", p.name(), p)));
        } else if (subject instanceof LogicalSwitchPort port) {
            northbound.switchOfPort(port.name()).ifPresent(s -> related.add(new RelatedObject("switch", s.name(), s)));
            port.routerPort().flatMap(northbound::routerPort).ifPresent(p ->
                    related.add(new RelatedObject("peer router port", p.name(), p)));
        } else if (subject instanceof LoadBalancer lb) {
            northbound.switchesHolding(lb).forEach(s -> related.add(new RelatedObject("on switch", s.name(), s)));
            northbound.routersHolding(lb).forEach(r -> related.add(new RelatedObject("on router", r.name(), r)));
        } else if (subject instanceof LogicalSwitch logicalSwitch) {
            northbound.loadBalancersOf(logicalSwitch).forEach(lb ->
                    related.add(new RelatedObject("load balancer", lb.name(), lb)));
        } else if (subject instanceof LogicalRouter router) {
            northbound.loadBalancersOf(router).forEach(lb ->
                    related.add(new RelatedObject("load balancer", lb.name(), lb)));
        }
        return related;
    }
}
