package io.ovnscope.core.model.openflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Port of {@code ovs-vsctl show}.
 *
 * @param name       the name, unquoted
 * @param tag        the access VLAN tag, or null
 * @param other      other keys printed under the port (trunks:, bond_mode:...), raw values
 * @param interfaces its interfaces (one unless a bond)
 */
public record OvsPort(String name, Integer tag, Map<String, String> other, List<OvsInterface> interfaces) {
    public OvsPort {
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
        interfaces = List.copyOf(interfaces);
    }
}
