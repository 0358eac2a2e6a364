package io.ovnscope.core.model.openflow;

import java.util.List;

/**
 * What {@code ovs-vsctl show} prints: the Open_vSwitch record.
 *
 * @param uuid       the Open_vSwitch row's UUID
 * @param managers   its managers
 * @param bridges    its bridges in printed order
 * @param ovsVersion ovs_version:, unquoted, or null
 */
public record OvsSwitchConfig(String uuid, List<OvsTarget> managers, List<OvsBridge> bridges, String ovsVersion) {
    public OvsSwitchConfig {
        managers = List.copyOf(managers);
        bridges = List.copyOf(bridges);
    }

    /** The bridge of that name, or null. */
    public OvsBridge bridge(String name) {
        for (OvsBridge bridge : bridges) {
            if (bridge.name().equals(name)) {
                return bridge;
            }
        }
        return null;
    }
}
