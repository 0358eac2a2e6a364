package io.ovnscope.core.model.host;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One interface of {@code ip addr} / {@code ip -d address} / {@code ip -j addr}.
 *
 * @param peer      what follows {@code @} in the name: {@code if16} (a veth peer's index in another
 *                  namespace), {@code NONE}, or a parent device
 * @param state     the operational state ({@code UP}, {@code DOWN}, {@code UNKNOWN})
 * @param linkType  {@code ether}, {@code loopback}, {@code none}, ...
 * @param kind      with {@code -d}: the link kind ({@code bridge}, {@code veth}, {@code vxlan}, {@code tun},
 *                  {@code openvswitch})
 * @param slaveKind with {@code -d}: what it is enslaved as ({@code bridge_slave}, {@code openvswitch_slave})
 * @param details   with {@code -d}: the detail lines as printed
 */
public record NetInterface(int line, int index, String name, Optional<String> peer, List<String> flags,
                           OptionalInt mtu, Optional<String> master, Optional<String> state,
                           Optional<String> linkType, Optional<String> mac, Optional<String> broadcast,
                           List<String> altNames, Optional<String> kind, Optional<String> slaveKind,
                           List<String> details, List<InterfaceAddress> addresses) {
    public NetInterface {
        Objects.requireNonNull(name, "name");
        flags = List.copyOf(flags);
        altNames = List.copyOf(altNames);
        details = List.copyOf(details);
        addresses = List.copyOf(addresses);
    }

    public boolean up() {
        return flags.contains("UP");
    }
}
