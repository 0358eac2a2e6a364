package io.ovnscope.core.trace;

import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.k8s.Pod;
import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import io.ovnscope.core.model.ovn.PortAddress;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The workload ports of the northbound database, found by their addresses. A pod is named as Kubernetes names
 * it when the snapshot holds the pod; otherwise from the port's {@code namespace} external id and its name
 * (OVN-Kubernetes names a pod's port {@code <namespace>_<pod>}).
 */
final class Workloads {
    private final List<WorkloadPort> ports = new ArrayList<>();

    Workloads(NorthboundDatabase northbound, HostFacts host, List<KubeObject> kubernetes) {
        for (LogicalSwitch logicalSwitch : northbound.switches()) {
            for (LogicalSwitchPort port : logicalSwitch.ports()) {
                if (ElementRoles.isTransitPort(port)) {
                    continue;
                }
                for (PortAddress address : port.addresses()) {
                    if (address.mac().isEmpty()) {
                        continue;
                    }
                    for (IpAddress ip : address.ips()) {
                        ports.add(workload(logicalSwitch, port, ip, address.mac().get(), host, kubernetes));
                    }
                }
            }
        }
    }

    private static WorkloadPort workload(LogicalSwitch logicalSwitch, LogicalSwitchPort port, IpAddress ip,
                                         MacAddress mac, HostFacts host, List<KubeObject> kubernetes) {
        Optional<String> device = host.deviceHolding(ip);
        if (device.isPresent()) {
            return new WorkloadPort(port.name(), "", logicalSwitch, port, ip, mac, device.get());
        }
        Optional<Pod> pod = kubernetes.stream()
                .filter(Pod.class::isInstance)
                .map(Pod.class::cast)
                .filter(candidate -> !candidate.hostNetwork() && candidate.podIPs().contains(ip.toString()))
                .findFirst();
        if (pod.isPresent()) {
            return new WorkloadPort(pod.get().name(), pod.get().namespace(), logicalSwitch, port, ip, mac, "");
        }
        String namespace = port.externalIds().getOrDefault("namespace", "");
        String name = !namespace.isEmpty() && port.name().startsWith(namespace + "_")
                ? port.name().substring(namespace.length() + 1) : port.name();
        return new WorkloadPort(name, namespace, logicalSwitch, port, ip, mac, "");
    }

    List<WorkloadPort> all() {
        return List.copyOf(ports);
    }

    /** A pod by its name, namespace/name, or port name; several pods of one name are ambiguous. */
    List<WorkloadPort> named(String text) {
        List<WorkloadPort> found = new ArrayList<>();
        for (WorkloadPort port : ports) {
            boolean match = port.name().equals(text) || port.port().name().equals(text)
                    || (port.namespace() + "/" + port.name()).equals(text);
            if (match) {
                found.add(port);
            }
        }
        return found;
    }

    Optional<WorkloadPort> withIp(IpAddress ip) {
        return ports.stream().filter(port -> port.ip().equals(ip)).findFirst();
    }

    Optional<WorkloadPort> onSwitchWithIp(LogicalSwitch logicalSwitch, IpAddress ip) {
        return ports.stream()
                .filter(port -> port.logicalSwitch().uuid().equals(logicalSwitch.uuid()) && port.ip().equals(ip))
                .findFirst();
    }

    Optional<WorkloadPort> onSwitchWithMac(LogicalSwitch logicalSwitch, MacAddress mac) {
        return ports.stream()
                .filter(port -> port.logicalSwitch().uuid().equals(logicalSwitch.uuid()) && port.mac().equals(mac))
                .findFirst();
    }

    Optional<WorkloadPort> managementOn(String device) {
        return ports.stream().filter(port -> port.hostDevice().equals(device)).findFirst();
    }
}
