package io.ovnscope.core.model.ovn;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpPrefix;
import io.ovnscope.core.model.net.MacAddress;
import java.util.Optional;

/**
 * A row of NAT.
 *
 * @param uuid       the row's UUID, empty when the output does not print it ({@code lr-nat-list})
 * @param logicalIp  the inside address; a network for {@code snat} ({@code 10.42.0.0/16})
 */
public record Nat(String uuid, NatType type, IpAddress externalIp, IpPrefix logicalIp, Optional<String> logicalPort,
                  Optional<MacAddress> externalMac) {
}
