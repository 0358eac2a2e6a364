package io.ovnscope.core.model.openflow;

import java.util.List;

/**
 * What {@code ovs-ofctl show BR} says of a bridge.
 *
 * @param dpid         datapath id, 16 hex digits as printed
 * @param tables       n_tables, or null
 * @param buffers      n_buffers, or null
 * @param capabilities capabilities: words
 * @param actions      actions: words (OpenFlow 1.0 only)
 * @param ports        the ports in printed order
 */
public record BridgeFeatures(String dpid, Integer tables, Integer buffers, List<String> capabilities,
                             List<String> actions, List<OpenFlowPort> ports) {
    public BridgeFeatures {
        capabilities = List.copyOf(capabilities);
        actions = List.copyOf(actions);
        ports = List.copyOf(ports);
    }

    /** The port with that OpenFlow number, or null. */
    public OpenFlowPort port(long number) {
        for (OpenFlowPort port : ports) {
            if (port.port() instanceof PortRef.Numbered n && n.number() == number) {
                return port;
            }
        }
        return null;
    }
}
