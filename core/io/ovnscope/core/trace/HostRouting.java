package io.ovnscope.core.trace;

import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.host.RouteType;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import java.util.Optional;

/**
 * The host's routing decision for a destination: table main, longest prefix first, then the lowest metric.
 * Policy routing ({@code ip rule}) beyond table main is not simulated, and the trace says so where it matters.
 */
final class HostRouting {
    private final HostFacts host;
    private final RawOutputs raw;

    HostRouting(HostFacts host, RawOutputs raw) {
        this.host = host;
        this.raw = raw;
    }

    Optional<Route> lookup(IpAddress destination) {
        Route best = null;
        int bestLength = -1;
        for (Route route : host.routes()) {
            if (!"main".equals(route.table()) || route.type() != RouteType.UNICAST
                    || (route.family() == AddressFamily.IPV6) != destination.v6()) {
                continue;
            }
            Optional<IpPrefix> prefix = IpPrefix.parse(route.prefix());
            if (prefix.isEmpty() || !prefix.get().contains(destination)) {
                continue;
            }
            int length = prefix.get().length();
            boolean better = length > bestLength || (length == bestLength
                    && route.metric().orElse(0) < best.metric().orElse(0));
            if (better) {
                best = route;
                bestLength = length;
            }
        }
        return Optional.ofNullable(best);
    }

    /** The next hop's address: the gateway, or the destination itself on a connected route. */
    static IpAddress nextHop(Route route, IpAddress destination) {
        return route.via().flatMap(IpAddress::parse).orElse(destination);
    }

    Evidence evidence(Route route) {
        return raw.line("ip-route", "", route.line(), "ip route", route.destination());
    }
}
