package io.ovnscope.core.model.host;

import java.util.Optional;

/**
 * Where DNAT/SNAT send a packet: {@code --to-destination ip[-ip][:port[-port]]}. The address may be absent
 * ({@code :8080} changes only the port); a single address has {@code firstAddress == lastAddress}.
 */
public record NatRange(Optional<String> firstAddress, Optional<String> lastAddress, Optional<PortRange> ports) {
    public static NatRange to(String address, PortRange ports) {
        return new NatRange(Optional.of(address), Optional.of(address), Optional.ofNullable(ports));
    }
}
