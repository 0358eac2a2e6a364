package io.ovnscope.core.trace;

import io.ovnscope.core.model.host.AddressFamily;
import io.ovnscope.core.model.host.InterfaceAddress;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.host.RouteType;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The host's addresses and devices as {@code ip addr} and {@code ip route} collected them: which addresses are
 * its own, which device holds one, and which device the default route leaves by (the uplink).
 */
final class HostFacts {
    private final List<NetInterface> interfaces;
    private final List<Route> routes;

    HostFacts(List<NetInterface> interfaces, List<Route> routes) {
        this.interfaces = List.copyOf(interfaces);
        this.routes = List.copyOf(routes);
    }

    boolean known() {
        return !interfaces.isEmpty() || !routes.isEmpty();
    }

    List<Route> routes() {
        return routes;
    }

    /** Whether the host owns this address: an interface address or a {@code local} route of table local. */
    boolean isLocal(IpAddress address) {
        if (deviceHolding(address).isPresent()) {
            return true;
        }
        for (Route route : routes) {
            if (route.type() == RouteType.LOCAL) {
                Optional<IpPrefix> prefix = IpPrefix.parse(route.prefix());
                if (prefix.isPresent() && prefix.get().contains(address)) {
                    return true;
                }
            }
        }
        return false;
    }

    Optional<String> deviceHolding(IpAddress address) {
        for (NetInterface device : interfaces) {
            for (InterfaceAddress held : device.addresses()) {
                if (IpAddress.parse(held.address()).filter(address::equals).isPresent()) {
                    return Optional.of(device.name());
                }
            }
        }
        return Optional.empty();
    }

    /** The device's first IPv4 (or IPv6, for an IPv6 packet) address: what MASQUERADE takes. */
    Optional<IpAddress> primaryAddress(String device, boolean v6) {
        for (NetInterface candidate : interfaces) {
            if (!candidate.name().equals(device)) {
                continue;
            }
            for (InterfaceAddress held : candidate.addresses()) {
                Optional<IpAddress> address = IpAddress.parse(held.address());
                if (address.isPresent() && address.get().v6() == v6 && !isLinkLocal(address.get())) {
                    return address;
                }
            }
        }
        return Optional.empty();
    }

    /** The device the main table's IPv4 default route leaves by. */
    Optional<String> uplink() {
        return routes.stream()
                .filter(route -> route.isDefault() && "main".equals(route.table()) && route.family() != AddressFamily.IPV6)
                .map(Route::device)
                .flatMap(Optional::stream)
                .findFirst();
    }

    /** The node's own address as the seed uses it: the uplink's IPv4 address. */
    Optional<IpAddress> nodeAddress() {
        return uplink().flatMap(device -> primaryAddress(device, false));
    }

    List<String> deviceNames() {
        List<String> names = new ArrayList<>();
        interfaces.forEach(device -> names.add(device.name()));
        return names;
    }

    private static boolean isLinkLocal(IpAddress address) {
        return address.v6() && IpPrefix.parse("fe80::/10").map(prefix -> prefix.contains(address)).orElse(false);
    }
}
