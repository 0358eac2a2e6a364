package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.MacAddress;
import java.util.Optional;

/**
 * The packet as it travels: addresses and ports (NATs change them), the protocol, and the Ethernet destination
 * the last hop chose (empty when no one on the segment owns the next hop, so a switch floods it to its
 * localnet port as OVN does).
 */
record Packet(IpEndpoint src, IpEndpoint dst, TraceProtocol protocol, Optional<MacAddress> ethDst) {

    Packet withSrc(IpEndpoint newSrc) {
        return new Packet(newSrc, dst, protocol, ethDst);
    }

    Packet withDst(IpEndpoint newDst) {
        return new Packet(src, newDst, protocol, ethDst);
    }

    Packet toMac(Optional<MacAddress> mac) {
        return new Packet(src, dst, protocol, mac);
    }
}
