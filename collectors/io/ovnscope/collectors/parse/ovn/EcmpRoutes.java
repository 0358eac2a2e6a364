package io.ovnscope.collectors.parse.ovn;

import io.ovnscope.core.model.ovn.StaticRoute;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Marks a router's routes that share prefix, policy and route table as ECMP, as lr-route-list prints them. */
final class EcmpRoutes {
    private EcmpRoutes() {
    }

    static List<StaticRoute> marked(List<StaticRoute> routes) {
        Map<String, Integer> counts = new HashMap<>();
        routes.forEach(r -> counts.merge(key(r), 1, Integer::sum));
        return routes.stream().map(r -> counts.get(key(r)) > 1 && !r.ecmp()
                ? new StaticRoute(r.uuid(), r.ipPrefix(), r.nexthop(), r.policy(), r.outputPort(), r.routeTable(),
                true, r.ecmpSymmetricReply(), r.bfd(), r.externalIds())
                : r).toList();
    }

    private static String key(StaticRoute route) {
        return route.ipPrefix().network() + "/" + route.ipPrefix().length() + " " + route.policy() + " "
                + route.routeTable();
    }
}
