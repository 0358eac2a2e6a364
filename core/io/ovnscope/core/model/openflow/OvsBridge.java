package io.ovnscope.core.model.openflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Bridge of {@code ovs-vsctl show}.
 *
 * @param name         the name, unquoted
 * @param controllers  its controllers
 * @param failMode     fail_mode:, or null
 * @param datapathType datapath_type:, or null
 * @param other        other keys printed under the bridge, raw values
 * @param ports        its ports in printed order
 */
public record OvsBridge(String name, List<OvsTarget> controllers, String failMode, String datapathType,
                        Map<String, String> other, List<OvsPort> ports) {
    public OvsBridge {
        controllers = List.copyOf(controllers);
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
        ports = List.copyOf(ports);
    }
}
