package io.ovnscope.core.trace;

import io.ovnscope.core.model.net.IpAddress;
import io.ovnscope.core.model.net.IpEndpoint;
import io.ovnscope.core.model.net.MacAddress;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The packet as an OpenFlow bridge sees it while it walks the tables: header fields, registers and conntrack
 * state, changed in place by the actions of the flows it hits. Lives only inside one bridge's walk.
 */
final class FlowPacket {
    static final long LOCAL_PORT = 0xfffeL;
    static final int CT_NEW = 0x01;
    static final int CT_ESTABLISHED = 0x02;
    static final int CT_RELATED = 0x04;
    static final int CT_REPLY = 0x08;
    static final int CT_INVALID = 0x10;
    static final int CT_TRACKED = 0x20;
    static final int CT_SNAT = 0x40;
    static final int CT_DNAT = 0x80;

    long inPort;
    Long dlSrc;
    Long dlDst;
    IpAddress nwSrc;
    IpAddress nwDst;
    final TraceProtocol protocol;
    Integer tpSrc;
    Integer tpDst;
    final long[] registers = new long[16];
    long metadata;
    long packetMark;
    int ctState;
    long ctZone;
    long ctMark;

    FlowPacket(Packet packet, long inPort) {
        this.inPort = inPort;
        this.nwSrc = packet.src().address();
        this.nwDst = packet.dst().address();
        this.protocol = packet.protocol();
        this.tpSrc = packet.src().port().isPresent() ? packet.src().port().getAsInt() : null;
        this.tpDst = packet.dst().port().isPresent() ? packet.dst().port().getAsInt() : null;
        this.dlDst = packet.ethDst().map(MacAddress::bits).orElse(null);
    }

    Packet toPacket() {
        return new Packet(endpoint(nwSrc, tpSrc), endpoint(nwDst, tpDst), protocol,
                Optional.ofNullable(dlDst).map(MacAddress::new));
    }

    private static IpEndpoint endpoint(IpAddress address, Integer port) {
        return new IpEndpoint(address, port == null ? OptionalInt.empty() : OptionalInt.of(port));
    }
}
