package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalRouterPort;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import java.util.Optional;

/**
 * What is on a logical switch's segment: who owns an IP (for the Ethernet address a sender puts on the
 * packet) and which port owns a MAC (for the switch's forwarding), among workloads and router ports.
 */
final class Segments {
    private final NorthboundDatabase northbound;
    private final Workloads workloads;

    Segments(NorthboundDatabase northbound, Workloads workloads) {
        this.northbound = northbound;
        this.workloads = workloads;
    }

    /** The MAC of whoever answers ARP for {@code ip} on the switch, as a sender would learn it. */
    Optional<MacAddress> macOf(LogicalSwitch logicalSwitch, IpAddress ip) {
        Optional<WorkloadPort> workload = workloads.onSwitchWithIp(logicalSwitch, ip);
        if (workload.isPresent()) {
            return Optional.of(workload.get().mac());
        }
        for (LogicalSwitchPort port : logicalSwitch.ports()) {
            Optional<LogicalRouterPort> routerPort = routerPortOf(port);
            if (routerPort.isPresent() && routerPort.get().networks().stream()
                    .anyMatch(network -> network.address().equals(ip))) {
                return routerPort.get().mac();
            }
        }
        return Optional.empty();
    }

    /** The router-type switch port whose router port has this MAC. */
    Optional<LogicalSwitchPort> routerPortWithMac(LogicalSwitch logicalSwitch, MacAddress mac) {
        for (LogicalSwitchPort port : logicalSwitch.ports()) {
            if (routerPortOf(port).flatMap(LogicalRouterPort::mac).filter(mac::equals).isPresent()) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    /** The router port that {@code port} connects to, when it is a router-type port. */
    Optional<LogicalRouterPort> routerPortOf(LogicalSwitchPort port) {
        return port.isRouterPort() ? port.routerPort().flatMap(northbound::routerPort) : Optional.empty();
    }

    /** The router port on the switch whose network holds {@code ip}: a workload's default gateway. */
    Optional<LogicalSwitchPort> gatewayFor(LogicalSwitch logicalSwitch, IpAddress ip) {
        for (LogicalSwitchPort port : logicalSwitch.ports()) {
            Optional<LogicalRouterPort> routerPort = routerPortOf(port);
            if (routerPort.isPresent() && routerPort.get().networks().stream().anyMatch(n -> n.contains(ip))) {
                return Optional.of(port);
            }
        }
        return Optional.empty();
    }

    Optional<LogicalSwitchPort> localnet(LogicalSwitch logicalSwitch) {
        return logicalSwitch.ports().stream().filter(port -> "localnet".equals(port.type())).findFirst();
    }
}
