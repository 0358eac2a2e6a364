package io.ovnscope.core.snapshot;

import io.ovnscope.core.model.host.IptablesTable;
import io.ovnscope.core.model.host.NetInterface;
import io.ovnscope.core.model.host.Route;
import io.ovnscope.core.model.k8s.KubeObject;
import io.ovnscope.core.model.openflow.BridgeFeatures;
import io.ovnscope.core.model.openflow.FlowDump;
import io.ovnscope.core.model.openflow.OvsSwitchConfig;
import io.ovnscope.core.model.ovn.NorthboundDatabase;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the parsers made of a node's outputs, in one place: the model every view and trace reads.
 * Parts that were not collected are empty (and the snapshot's gaps say why), never invented.
 *
 * @param flows         each bridge's OpenFlow flows ({@code ovs-ofctl dump-flows}), by bridge name
 * @param ports         each bridge's OpenFlow ports ({@code ovs-ofctl show}), by bridge name
 * @param datapathFlows flows as {@code ovs-appctl bridge/dump-flows} shows them, by bridge name
 * @param ovs           the switch configuration ({@code ovs-vsctl show})
 * @param northbound    the OVN northbound database (empty when it was not collected)
 */
public record NodeState(Map<String, FlowDump> flows, Map<String, BridgeFeatures> ports,
                        Map<String, FlowDump> datapathFlows, Optional<OvsSwitchConfig> ovs,
                        NorthboundDatabase northbound, List<IptablesTable> iptables, List<Route> routes,
                        List<NetInterface> interfaces, List<KubeObject> kubernetes) {
    public NodeState {
        flows = Map.copyOf(flows);
        ports = Map.copyOf(ports);
        datapathFlows = Map.copyOf(datapathFlows);
        iptables = List.copyOf(iptables);
        routes = List.copyOf(routes);
        interfaces = List.copyOf(interfaces);
        kubernetes = List.copyOf(kubernetes);
    }

    /** The bridges the node has, in name order. */
    public List<String> bridges() {
        return flows.keySet().stream().sorted().toList();
    }
}
