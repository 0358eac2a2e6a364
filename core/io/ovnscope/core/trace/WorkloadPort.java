package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.MacAddress;
import io.ovnscope.core.model.ovn.LogicalSwitch;
import io.ovnscope.core.model.ovn.LogicalSwitchPort;

/**
 * A logical switch port that carries a workload: a pod, or the management port when a host device holds its
 * address.
 *
 * @param name        the pod's name as a user says it ({@code pod-1}), or the port's name
 * @param namespace   the pod's namespace, empty when unknown
 * @param hostDevice  for the management port, the host device that holds its address; empty for a pod
 */
record WorkloadPort(String name, String namespace, LogicalSwitch logicalSwitch, LogicalSwitchPort port,
                    IpAddress ip, MacAddress mac, String hostDevice) {

    boolean management() {
        return !hostDevice.isEmpty();
    }

    Hop hop() {
        return new Hop(management() ? HopKind.MANAGEMENT_PORT : HopKind.POD, management() ? hostDevice : name, port.name());
    }
}
