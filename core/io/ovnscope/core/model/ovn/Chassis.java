package io.ovnscope.core.model.ovn;

import java.util.List;

/**
 * A chassis as {@code ovn-sbctl show} prints it: its name (usually a system-id UUID), hostname, tunnel
 * encapsulations and the logical ports bound to it.
 */
public record Chassis(String name, String hostname, List<Encap> encaps, List<String> portBindings) {
    public Chassis {
        encaps = List.copyOf(encaps);
        portBindings = List.copyOf(portBindings);
    }

    /** One tunnel endpoint of a chassis: {@code Encap geneve} with its {@code ip} and options. */
    public record Encap(String type, String ip, java.util.Map<String, String> options) {
        public Encap {
            options = OrderedMaps.copy(options);
        }
    }
}
