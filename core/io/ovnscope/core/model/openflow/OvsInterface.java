package io.ovnscope.core.model.openflow;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An Interface of {@code ovs-vsctl show}.
 *
 * @param name    the name, unquoted
 * @param type    type:, or "" for a system interface (vsctl prints no type then)
 * @param options options: map, in printed order
 * @param other   any other key the interface printed (error:, bfd_status:...), raw values
 */
public record OvsInterface(String name, String type, Map<String, String> options, Map<String, String> other) {
    public OvsInterface {
        options = Collections.unmodifiableMap(new LinkedHashMap<>(options));
        other = Collections.unmodifiableMap(new LinkedHashMap<>(other));
    }
}
